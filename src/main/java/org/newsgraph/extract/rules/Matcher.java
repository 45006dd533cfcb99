package org.newsgraph.extract.rules;

import java.util.Arrays;
import java.util.List;

/**
 * Matches one {@link TokenPattern} at anchors of one sentence. What fails from one anchor is remembered for
 * the others: a pair of instruction and token that once led to no match is not tried again. Not thread-safe.
 */
public final class Matcher<S extends TokenSequence> {

    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[4096]);
    private static final ThreadLocal<int[]> GENERATION = ThreadLocal.withInitial(() -> new int[1]);

    private final TokenPattern<S> p;
    private final S seq;
    private final int n;
    private int[] failed;
    private int gen;
    private final int[] caps;
    private final Object[] values;
    private int subEnd;
    private int matchPos;
    private long steps;

    Matcher(TokenPattern<S> pattern, S sequence) {
        this.p = pattern;
        this.seq = sequence;
        this.n = sequence.size();
        this.caps = new int[2 * (pattern.groupCount() + 1)];
        this.values = new Object[pattern.groupCount() + 1];
    }

    /** The match with its anchor at token {@code anchor}, or null. */
    public Match at(int anchor) {
        if (anchor < 0 || anchor >= n) {
            return null;
        }
        if (failed == null) {
            claimScratch();
        }
        Arrays.fill(caps, -1);
        Arrays.fill(values, null);
        if (!run(p.rightStart, anchor)) {
            return null;
        }
        int end = matchPos;
        int start = anchor;
        if (p.leftStart >= 0) {
            if (!run(p.leftStart, anchor)) {
                return null;
            }
            start = matchPos;
        }
        return new Match(p, anchor, start, end, caps.clone(), values.clone());
    }

    /** How many (instruction, token) steps the matches so far took. */
    long steps() {
        return steps;
    }

    /** A table of failed (instruction, token) pairs, marked with a generation of its own so none is cleared. */
    private void claimScratch() {
        int size = p.op.length * (n + 1);
        int[] table = SCRATCH.get();
        if (table.length < size) {
            table = new int[Math.max(size, 2 * table.length)];
            SCRATCH.set(table);
        }
        int[] g = GENERATION.get();
        if (g[0] == Integer.MAX_VALUE) {
            Arrays.fill(table, 0);
            g[0] = 0;
        }
        gen = ++g[0];
        failed = table;
    }

    private boolean run(int pc, int pos) {
        int key = pc * (n + 1) + pos;
        if (failed[key] == gen) {
            return false;
        }
        steps++;
        if (step(pc, pos)) {
            return true;
        }
        failed[key] = gen;
        return false;
    }

    @SuppressWarnings("unchecked")
    private boolean step(int pc, int pos) {
        int d = p.dir[pc];
        switch (p.op[pc]) {
            case TokenPattern.TOKEN -> {
                TokenTest<S> t = (TokenTest<S>) p.payload[pc];
                int at = d > 0 ? pos : pos - 1;
                return at >= 0 && at < n && t.test(seq, at) && run(pc + 1, at + (d > 0 ? 1 : 0));
            }
            case TokenPattern.SPAN -> {
                if (d > 0 ? pos >= n : pos <= 0) {
                    return false; // no token left to read a span over: readers are only asked inside the sentence
                }
                SpanReader<S> reader = (SpanReader<S>) p.payload[pc];
                List<Span> spans = d > 0 ? reader.from(seq, pos) : reader.to(seq, pos);
                int g = p.a[pc];
                for (Span s : spans) {
                    if (s.from() == s.to() || (d > 0 ? s.from() != pos : s.to() != pos) || s.to() > n) {
                        continue;
                    }
                    Object old = g >= 0 ? values[g] : null;
                    if (g >= 0) {
                        values[g] = s.value();
                    }
                    if (run(pc + 1, d > 0 ? s.to() : s.from())) {
                        return true;
                    }
                    if (g >= 0) {
                        values[g] = old;
                    }
                }
                return false;
            }
            case TokenPattern.SPLIT -> {
                return run(p.a[pc], pos) || run(p.b[pc], pos);
            }
            case TokenPattern.JMP -> {
                return run(p.a[pc], pos);
            }
            case TokenPattern.SAVE -> {
                int slot = p.a[pc];
                int old = caps[slot];
                caps[slot] = pos;
                if (run(pc + 1, pos)) {
                    return true;
                }
                caps[slot] = old;
                return false;
            }
            case TokenPattern.EDGE -> {
                return (p.a[pc] == 0 ? pos == 0 : pos == n) && run(pc + 1, pos);
            }
            case TokenPattern.ATOMIC, TokenPattern.LOOK -> {
                int[] savedCaps = caps.clone();
                Object[] savedValues = values.clone();
                int savedSub = subEnd;
                boolean found = run(p.a[pc], pos);
                int end = subEnd;
                subEnd = savedSub;
                boolean look = p.op[pc] == TokenPattern.LOOK;
                boolean negate = look && (Boolean) p.payload[pc];
                if (found != negate && run(p.b[pc], look ? pos : end)) {
                    return true;
                }
                System.arraycopy(savedCaps, 0, caps, 0, caps.length);
                System.arraycopy(savedValues, 0, values, 0, values.length);
                return false;
            }
            case TokenPattern.SUBMATCH -> {
                subEnd = pos;
                return true;
            }
            case TokenPattern.MATCH -> {
                matchPos = pos;
                return true;
            }
            default -> throw new IllegalStateException("bad instruction " + p.op[pc]);
        }
    }
}
