package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.rules.PatternParser.Alt;
import org.newsgraph.extract.rules.PatternParser.Atomic;
import org.newsgraph.extract.rules.PatternParser.Edge;
import org.newsgraph.extract.rules.PatternParser.Group;
import org.newsgraph.extract.rules.PatternParser.Keys;
import org.newsgraph.extract.rules.PatternParser.Look;
import org.newsgraph.extract.rules.PatternParser.Node;
import org.newsgraph.extract.rules.PatternParser.Repeat;
import org.newsgraph.extract.rules.PatternParser.Seq;
import org.newsgraph.extract.rules.PatternParser.SpanAtom;
import org.newsgraph.extract.rules.PatternParser.TokenAtom;

/**
 * A regular expression over the tokens of a sentence, compiled once (see {@link PatternParser} for the
 * language). A pattern is matched at an anchor token: the element marked {@code @} (or the first element)
 * matches there, the elements after it are read rightwards and the elements before it leftwards, as a reader
 * of a news sentence finds "said" and then looks for who said it. Alternatives, optional and repeated
 * elements are tried in order of preference (greedy first, then shorter; lazy the other way round), the
 * first match found wins, and named groups capture what they matched.
 *
 * <p>Matching backtracks, and remembers every (instruction, token) pair from which no match can be reached,
 * for all anchors of the same sentence: each pair fails at most once, so the work per sentence is bounded by
 * the pattern's size times the sentence's length (plus the matches found), whatever the pattern.
 * Immutable and thread-safe; a {@link Matcher} is for one sentence on one thread.
 */
public final class TokenPattern<S extends TokenSequence> {

    static final int TOKEN = 0;
    static final int SPAN = 1;
    static final int SPLIT = 2;
    static final int JMP = 3;
    static final int SAVE = 4;
    static final int EDGE = 5;
    static final int ATOMIC = 6;
    static final int LOOK = 7;
    static final int SUBMATCH = 8;
    static final int MATCH = 9;

    private final String source;
    final int[] op;
    final int[] a;
    final int[] b;
    final byte[] dir;
    final Object[] payload;
    final int rightStart;
    final int leftStart;
    private final Map<String, Integer> groups;
    private final Keys keys;

    private TokenPattern(String source, Compiler c, Map<String, Integer> groups, Keys keys) {
        this.source = source;
        int n = c.ops.size();
        this.op = new int[n];
        this.a = new int[n];
        this.b = new int[n];
        this.dir = new byte[n];
        this.payload = c.payloads.toArray();
        for (int i = 0; i < n; i++) {
            int[] ins = c.ops.get(i);
            op[i] = ins[0];
            a[i] = ins[1];
            b[i] = ins[2];
            dir[i] = (byte) ins[3];
        }
        this.rightStart = c.rightStart;
        this.leftStart = c.leftStart;
        this.groups = Map.copyOf(groups);
        this.keys = keys;
    }

    /** Compiles a pattern; a syntax error or an unknown name throws {@link IllegalArgumentException}. */
    public static <S extends TokenSequence> TokenPattern<S> compile(String source, PatternEnv<S> env) {
        PatternParser.Parsed parsed = PatternParser.parse(source, env);
        List<Node> items = parsed.top().items();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        int anchor = Math.max(parsed.anchor(), 0);
        Map<String, Integer> groups = new HashMap<>();
        names(parsed.top(), groups);
        Compiler c = new Compiler(env, groups);
        c.rightStart = c.ops.size();
        for (int i = anchor; i < items.size(); i++) {
            c.compile(items.get(i), 1);
        }
        c.emit(MATCH, 0, 0, 1, null);
        if (anchor > 0) {
            c.leftStart = c.ops.size();
            for (int i = anchor - 1; i >= 0; i--) {
                c.compile(items.get(i), -1);
            }
            c.emit(MATCH, 0, 0, -1, null);
        }
        Node first = items.get(anchor);
        if (parsed.anchor() >= 0 && nullable(first)) {
            throw new IllegalArgumentException("the anchor of a pattern must match a token: " + source);
        }
        return new TokenPattern<>(source, c, groups, keys(first));
    }

    /**
     * Numbers the named groups. A name may stand on groups in different alternatives ("the speaker before
     * the verb, or before the statement that says it"): they are one group, of which one takes part.
     */
    private static void names(Node n, Map<String, Integer> groups) {
        names(n, groups, new java.util.HashSet<>());
    }

    private static void names(Node n, Map<String, Integer> groups, java.util.Set<String> onPath) {
        if (n instanceof Alt alt) {
            for (Node option : alt.options()) {
                names(option, groups, new java.util.HashSet<>(onPath));
            }
            return;
        }
        if (n instanceof Group g && g.name() != null) {
            if (!onPath.add(g.name())) {
                throw new IllegalArgumentException("group '" + g.name() + "' is named twice in one sequence");
            }
            groups.putIfAbsent(g.name(), groups.size() + 1);
        }
        if (n instanceof Seq s) {
            for (Node item : s.items()) {
                names(item, groups, onPath);
            }
            return;
        }
        children(n).forEach(c -> names(c, groups, onPath));
    }

    private static List<Node> children(Node n) {
        if (n instanceof Seq s) {
            return s.items();
        } else if (n instanceof Alt alt) {
            return alt.options();
        } else if (n instanceof Repeat r) {
            return List.of(r.body());
        } else if (n instanceof Group g) {
            return List.of(g.body());
        } else if (n instanceof Atomic at) {
            return List.of(at.body());
        } else if (n instanceof Look l) {
            return List.of(l.body());
        }
        return List.of();
    }

    static boolean nullable(Node n) {
        if (n instanceof Seq s) {
            return s.items().stream().allMatch(TokenPattern::nullable);
        } else if (n instanceof Alt alt) {
            return alt.options().stream().anyMatch(TokenPattern::nullable);
        } else if (n instanceof Repeat r) {
            return r.min() == 0 || nullable(r.body());
        } else if (n instanceof Group g) {
            return nullable(g.body());
        } else if (n instanceof Atomic at) {
            return nullable(at.body());
        }
        return n instanceof Look || n instanceof Edge;
    }

    /** The words, lemmas or tags the anchor's token must have one of, or null when any token may do. */
    private static Keys keys(Node n) {
        if (n instanceof TokenAtom t) {
            return t.keys();
        } else if (n instanceof Group g) {
            return keys(g.body());
        } else if (n instanceof Atomic at) {
            return keys(at.body());
        } else if (n instanceof Repeat r) {
            return r.min() > 0 ? keys(r.body()) : null;
        } else if (n instanceof Alt alt) {
            // an option with no keys (any token) makes the whole alternation match any token; Stream.reduce
            // cannot carry that null, so the options are joined by hand
            Keys all = null;
            for (Node option : alt.options()) {
                Keys k = keys(option);
                if (k == null) {
                    return null;
                }
                all = all == null ? k : Keys.union(all, k);
            }
            return all;
        } else if (n instanceof Seq s) {
            return s.items().isEmpty() || nullable(s.items().get(0)) ? null : keys(s.items().get(0));
        }
        return null;
    }

    Keys keys() {
        return keys;
    }

    /** The number of a named group, or -1. */
    int group(String name) {
        return groups.getOrDefault(name, -1);
    }

    public boolean hasGroup(String name) {
        return groups.containsKey(name);
    }

    int groupCount() {
        return groups.size();
    }

    Map<String, Integer> groups() {
        return groups;
    }

    /** A matcher for one sentence: anchors of the same sentence share what failed. */
    public Matcher<S> matcher(S sequence) {
        return new Matcher<>(this, sequence);
    }

    @Override
    public String toString() {
        return source;
    }

    /** Emits the instructions of a tree. */
    private static final class Compiler {
        final List<int[]> ops = new ArrayList<>();
        final List<Object> payloads = new ArrayList<>();
        final PatternEnv<?> env;
        final Map<String, Integer> groups;
        int rightStart;
        int leftStart = -1;

        Compiler(PatternEnv<?> env, Map<String, Integer> groups) {
            this.env = env;
            this.groups = groups;
        }

        int emit(int code, int x, int y, int direction, Object payload) {
            ops.add(new int[] {code, x, y, direction});
            payloads.add(payload);
            return ops.size() - 1;
        }

        void patchA(int pc, int target) {
            ops.get(pc)[1] = target;
        }

        void patchB(int pc, int target) {
            ops.get(pc)[2] = target;
        }

        int here() {
            return ops.size();
        }

        void compile(Node n, int d) {
            if (n instanceof TokenAtom t) {
                emit(TOKEN, 0, 0, d, t.test());
            } else if (n instanceof SpanAtom s) {
                span(s, -1, d);
            } else if (n instanceof Edge e) {
                emit(EDGE, e.start() ? 0 : 1, 0, d, null);
            } else if (n instanceof Seq s) {
                List<Node> items = s.items();
                for (int i = 0; i < items.size(); i++) {
                    compile(items.get(d > 0 ? i : items.size() - 1 - i), d);
                }
            } else if (n instanceof Alt alt) {
                List<Integer> jumps = new ArrayList<>();
                List<Node> options = alt.options();
                for (int i = 0; i < options.size(); i++) {
                    if (i < options.size() - 1) {
                        int split = emit(SPLIT, here() + 1, 0, d, null);
                        compile(options.get(i), d);
                        jumps.add(emit(JMP, 0, 0, d, null));
                        patchB(split, here());
                    } else {
                        compile(options.get(i), d);
                    }
                }
                jumps.forEach(j -> patchA(j, here()));
            } else if (n instanceof Group g) {
                group(g, d);
            } else if (n instanceof Atomic at) {
                sub(ATOMIC, at.body(), d, false);
            } else if (n instanceof Look l) {
                sub(LOOK, l.body(), d, l.negate());
            } else if (n instanceof Repeat r) {
                repeat(r, d);
            }
        }

        private void group(Group g, int d) {
            if (g.name() == null) {
                compile(g.body(), d);
                return;
            }
            int index = groups.get(g.name());
            emit(SAVE, d > 0 ? 2 * index : 2 * index + 1, 0, d, null);
            if (g.body() instanceof SpanAtom s) {
                span(s, index, d);
            } else {
                compile(g.body(), d);
            }
            emit(SAVE, d > 0 ? 2 * index + 1 : 2 * index, 0, d, null);
        }

        private void span(SpanAtom s, int valueGroup, int d) {
            @SuppressWarnings("unchecked")
            SpanReader<TokenSequence> reader = (SpanReader<TokenSequence>) ((PatternEnv<TokenSequence>) env).reader(s.reader());
            if (d < 0 && !reader.readsLeftwards()) {
                throw new IllegalArgumentException("<" + s.reader() + "> reads only rightwards: it cannot stand "
                        + "before the anchor");
            }
            emit(SPAN, valueGroup, 0, d, reader);
        }

        private void sub(int code, Node body, int d, boolean negate) {
            int at = emit(code, 0, 0, d, negate);
            patchA(at, here());
            compile(body, d);
            emit(SUBMATCH, 0, 0, d, null);
            patchB(at, here());
        }

        private void repeat(Repeat r, int d) {
            if (r.max() < 0 && nullable(r.body())) {
                throw new IllegalArgumentException("an element repeated without bound must match at least one token");
            }
            if (r.possessive()) {
                sub(ATOMIC, new Repeat(r.body(), r.min(), r.max(), false, false), d, false);
                return;
            }
            for (int i = 0; i < r.min(); i++) {
                compile(r.body(), d);
            }
            if (r.max() < 0) {
                int loop = emit(SPLIT, 0, 0, d, null);
                int body = here();
                compile(r.body(), d);
                emit(JMP, loop, 0, d, null);
                int out = here();
                patchA(loop, r.lazy() ? out : body);
                patchB(loop, r.lazy() ? body : out);
                return;
            }
            List<Integer> splits = new ArrayList<>();
            for (int i = r.min(); i < r.max(); i++) {
                int split = emit(SPLIT, 0, 0, d, null);
                splits.add(split);
                int body = here();
                compile(r.body(), d);
                patchA(split, body);
            }
            int out = here();
            for (int split : splits) {
                int body = ops.get(split)[1];
                patchA(split, r.lazy() ? out : body);
                patchB(split, r.lazy() ? body : out);
            }
        }
    }
}
