package org.newsgraph.extract;

/**
 * Where a fact was read: the sentence, the character offsets of the evidence in the article text, and the
 * extractor's confidence in [0,1].
 */
public record Evidence(int sentence, int begin, int end, double confidence) {
    public Evidence {
        if (sentence < 0 || begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad evidence " + sentence + " " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
