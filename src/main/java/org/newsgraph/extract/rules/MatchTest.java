package org.newsgraph.extract.rules;

/**
 * A condition a rule's match must meet beyond its pattern, named in the rule's {@code where} line: a test of
 * what the readers read ("the title is determined: 'the', 'a' or a possessive opens it"). Kept in Java only
 * where a pattern cannot say it.
 */
@FunctionalInterface
public interface MatchTest<S extends TokenSequence> {

    boolean test(S sequence, Match match);
}
