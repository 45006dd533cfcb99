package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One token: its surface text as it stands in the article, its character offsets into the article text,
 * its Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ...) and its lemma.
 */
public record Token(String text, int begin, int end, String pos, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
