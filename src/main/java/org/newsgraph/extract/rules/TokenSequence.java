package org.newsgraph.extract.rules;

/**
 * The tokens a pattern is matched against: one sentence (or a few joined) of an annotated article. The
 * features every pattern may test are the token's text as written, its folded form (lower case, curly
 * apostrophes straightened), its lemma and its Universal Dependencies part-of-speech tag; a rule family adds
 * its own tests and span readers through the {@link PatternEnv} it compiles its rules with.
 */
public interface TokenSequence {

    int size();

    /** The token's text as written. */
    String word(int i);

    /** The token's text folded for comparison: lower case, curly apostrophes straight. */
    String lower(int i);

    /** The token's lemma, lower case. */
    String lemma(int i);

    /** The token's UPOS tag ("NOUN", "PROPN", "VERB", ...). */
    String pos(int i);
}
