package org.newsgraph.extract;

import java.util.Objects;

/**
 * Where a fact was read: the sentence, the character offsets of the evidence in the article text, the
 * confidence in [0,1] and the rule that read it ({@code roles/title-before-name#title-name}), whose measured
 * precision the confidence is.
 */
public record Evidence(int sentence, int begin, int end, double confidence, String rule) {
    public Evidence {
        if (sentence < 0 || begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad evidence " + sentence + " " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("blank rule");
        }
    }

    /** The same evidence with another confidence. */
    public Evidence withConfidence(double c) {
        return new Evidence(sentence, begin, end, c, rule);
    }
}
