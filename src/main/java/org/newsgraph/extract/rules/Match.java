package org.newsgraph.extract.rules;

/**
 * What a pattern matched: the tokens [start, end) of the whole match and of each named group, and the value
 * read by the reader that a group holds alone ({@code (?<person> <name>)}).
 */
public final class Match {

    private final TokenPattern<?> pattern;
    private final int anchor;
    private final int start;
    private final int end;
    private final int[] caps;
    private final Object[] values;

    Match(TokenPattern<?> pattern, int anchor, int start, int end, int[] caps, Object[] values) {
        this.pattern = pattern;
        this.anchor = anchor;
        this.start = start;
        this.end = end;
        this.caps = caps;
        this.values = values;
    }

    /** The token the pattern's anchor matched. */
    public int anchor() {
        return anchor;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Whether the pattern has a group of this name. */
    public boolean names(String group) {
        return pattern.group(group) > 0;
    }

    /** Whether the named group took part in the match. */
    public boolean has(String group) {
        int g = index(group);
        return g > 0 && caps[2 * g] >= 0 && caps[2 * g + 1] >= 0;
    }

    /** The group's first token, or -1 when it took no part. */
    public int start(String group) {
        int g = index(group);
        return g > 0 && has(group) ? caps[2 * g] : -1;
    }

    /** The group's end (exclusive), or -1 when it took no part. */
    public int end(String group) {
        int g = index(group);
        return g > 0 && has(group) ? caps[2 * g + 1] : -1;
    }

    /** What the group's reader read, or null. */
    public Object value(String group) {
        int g = index(group);
        return g > 0 ? values[g] : null;
    }

    private int index(String group) {
        int g = pattern.group(group);
        if (g < 0) {
            throw new IllegalArgumentException("the pattern has no group '" + group + "': " + pattern);
        }
        return g;
    }

    @Override
    public String toString() {
        return "Match[" + start + ".." + end + "]";
    }
}
