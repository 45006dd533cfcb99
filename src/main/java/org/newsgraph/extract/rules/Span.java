package org.newsgraph.extract.rules;

/**
 * A run of tokens [from, to) that a {@link SpanReader} read, with what it read there (a name's mention, a
 * role phrase), or null.
 */
public record Span(int from, int to, Object value) {

    public Span {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad span " + from + ".." + to);
        }
    }
}
