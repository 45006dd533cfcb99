package org.newsgraph.extract.rules;

/** A test of one token of a sequence: "is capitalised", "is inside a date", "is a reporting verb". */
@FunctionalInterface
public interface TokenTest<S extends TokenSequence> {

    boolean test(S sequence, int i);
}
