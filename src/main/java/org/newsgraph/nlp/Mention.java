package org.newsgraph.nlp;

import java.util.Objects;

/**
 * A name in the article text: its type, its surface text and its character offsets, the sentence it is
 * in, and how sure the finder is of it.
 */
public record Mention(EntityType type, String text, int begin, int end, int sentence, double confidence) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad mention offsets " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
