package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the text of a token pattern into a tree. The language, after TokensRegex and Ruta:
 *
 * <pre>
 * pattern  := seq ('|' seq)*
 * seq      := ('@'? element quantifier?)*          '@' marks the rule's anchor (at most one, at top level)
 * element  := '"' word '"'                         a token whose folded text is the word
 *           | '[' test? ']'                        a token that passes the test; [] is any token
 *           | '&lt;' reader '&gt;'                 a span a reader reads
 *           | '$' macro                            the macro's pattern
 *           | '(' pattern ')' | '(?&lt;' name '&gt;' pattern ')'   a group, a named capture
 *           | '(?=' pattern ')' | '(?!' pattern ')' | '(?&gt;' pattern ')'   look ahead, look for no, atomic
 *           | '^' | '$'                            the sentence's start, its end
 * quantifier := ('?' | '*' | '+' | '{' m (',' n?)? '}') ('?' lazy | '+' possessive)?
 * test     := and ('|' and)* ;  and := not ('&amp;' not)* ;  not := '!' not | '(' test ')' | atom
 * atom     := '"' word '"' | feature '=' value | feature 'in' list | name
 * feature  := word | lower | lemma | pos ;   list := name | '(' value* ')'
 * </pre>
 */
final class PatternParser<S extends TokenSequence> {

    /** A node of the pattern tree. */
    sealed interface Node permits Seq, Alt, Repeat, Group, Look, Atomic, TokenAtom, SpanAtom, Edge {
    }

    record Seq(List<Node> items) implements Node {
    }

    record Alt(List<Node> options) implements Node {
    }

    record Repeat(Node body, int min, int max, boolean lazy, boolean possessive) implements Node {
    }

    /** A group; {@code name} is null for a group that captures nothing. */
    record Group(String name, Node body) implements Node {
    }

    record Look(Node body, boolean negate) implements Node {
    }

    record Atomic(Node body) implements Node {
    }

    /** One token and its test; {@code keys} are what an index may look the token up by, or null. */
    record TokenAtom(TokenTest<?> test, Keys keys, String source) implements Node {
    }

    record SpanAtom(String reader) implements Node {
    }

    /** {@code ^} (start) or {@code $} (end) of the sentence. */
    record Edge(boolean start) implements Node {
    }

    /** Words, lemmas or tags a token must have one of to pass a test; empty sets are not looked up. */
    record Keys(Set<String> words, Set<String> lemmas, Set<String> tags) {
        static Keys union(Keys a, Keys b) {
            if (a == null || b == null) {
                return null;
            }
            return new Keys(join(a.words, b.words), join(a.lemmas, b.lemmas), join(a.tags, b.tags));
        }

        private static Set<String> join(Set<String> a, Set<String> b) {
            Set<String> s = new HashSet<>(a);
            s.addAll(b);
            return Set.copyOf(s);
        }
    }

    /** The parsed pattern: its tree, with the index of the anchor in the top-level sequence, or -1. */
    record Parsed(Seq top, int anchor) {
    }

    private final String text;
    private final PatternEnv<S> env;
    private int pos;
    private int anchor = -1;
    private int depth;
    private final Set<String> expanding;

    private PatternParser(String text, PatternEnv<S> env, Set<String> expanding) {
        this.text = text;
        this.env = env;
        this.expanding = expanding;
    }

    static <S extends TokenSequence> Parsed parse(String text, PatternEnv<S> env) {
        PatternParser<S> p = new PatternParser<>(text, env, new HashSet<>());
        Node n = p.alternation();
        p.space();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        Seq top = n instanceof Seq s ? s : new Seq(List.of(n));
        if (p.anchor >= 0 && n instanceof Alt) {
            throw p.error("the anchor '@' must stand in the pattern's main sequence, not in an alternative");
        }
        return new Parsed(top, p.anchor);
    }

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (true) {
            space();
            if (pos >= text.length() || peek('|') || peek(')')) {
                break;
            }
            boolean anchored = false;
            if (peek('@')) {
                if (depth > 0 || anchor >= 0) {
                    throw error(anchor >= 0 ? "a pattern has one anchor '@'" : "the anchor '@' must stand at top level");
                }
                pos++;
                anchored = true;
            }
            Node e = quantified(element());
            if (anchored) {
                anchor = items.size();
            }
            items.add(e);
        }
        return items.size() == 1 && depth > 0 ? items.get(0) : new Seq(items);
    }

    private Node element() {
        space();
        if (pos >= text.length()) {
            throw error("pattern ends too soon");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '"' -> {
                String w = PatternEnv.fold(quoted());
                return new TokenAtom((TokenTest<S>) (s, i) -> s.lower(i).equals(w),
                        new Keys(Set.of(w), Set.of(), Set.of()), "\"" + w + "\"");
            }
            case '[' -> {
                int start = pos;
                pos++;
                space();
                if (peek(']')) {
                    pos++;
                    return new TokenAtom((TokenTest<S>) (s, i) -> true, null, "[]");
                }
                Test<S> t = testOr();
                space();
                expect(']');
                return new TokenAtom(t.test(), t.keys(), text.substring(start, pos));
            }
            case '<' -> {
                pos++;
                String name = name();
                expect('>');
                if (env.reader(name) == null) {
                    throw error("no reader <" + name + ">");
                }
                return new SpanAtom(name);
            }
            case '^' -> {
                pos++;
                return new Edge(true);
            }
            case '$' -> {
                pos++;
                if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                    return macro(name());
                }
                return new Edge(false);
            }
            case '(' -> {
                pos++;
                depth++;
                Node n;
                if (text.startsWith("?<", pos)) {
                    pos += 2;
                    String name = name();
                    expect('>');
                    n = new Group(name, alternation());
                } else if (text.startsWith("?=", pos) || text.startsWith("?!", pos)) {
                    boolean negate = text.charAt(pos + 1) == '!';
                    pos += 2;
                    n = new Look(alternation(), negate);
                } else if (text.startsWith("?>", pos)) {
                    pos += 2;
                    n = new Atomic(alternation());
                } else {
                    n = new Group(null, alternation());
                }
                space();
                expect(')');
                depth--;
                return n;
            }
            default -> throw error("unexpected '" + c + "'");
        }
    }

    private Node macro(String name) {
        String body = env.macro(name);
        if (body == null) {
            throw error("no macro $" + name);
        }
        if (!expanding.add(name)) {
            throw error("macro $" + name + " uses itself");
        }
        PatternParser<S> inner = new PatternParser<>(body, env, expanding);
        inner.depth = 1;
        Node n;
        try {
            n = inner.alternation();
            inner.space();
            if (inner.pos < body.length()) {
                throw inner.error("unexpected '" + body.charAt(inner.pos) + "'");
            }
        } catch (IllegalArgumentException e) {
            throw error("in macro $" + name + ": " + e.getMessage());
        } finally {
            expanding.remove(name);
        }
        return new Group(null, n);
    }

    private Node quantified(Node e) {
        if (pos >= text.length()) {
            return e;
        }
        int min;
        int max;
        char c = text.charAt(pos);
        if (c == '?') {
            min = 0;
            max = 1;
        } else if (c == '*') {
            min = 0;
            max = -1;
        } else if (c == '+') {
            min = 1;
            max = -1;
        } else if (c == '{') {
            int close = text.indexOf('}', pos);
            if (close < 0) {
                throw error("'{' without '}'");
            }
            String[] f = text.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(f[0].strip());
                max = f.length == 1 ? min : f[1].isBlank() ? -1 : Integer.parseInt(f[1].strip());
            } catch (NumberFormatException ex) {
                throw error("bad repetition {" + text.substring(pos + 1, close) + "}");
            }
            if (min < 0 || f.length > 2 || max >= 0 && max < min) {
                throw error("bad repetition {" + text.substring(pos + 1, close) + "}");
            }
            pos = close;
        } else {
            return e;
        }
        pos++;
        boolean lazy = false;
        boolean possessive = false;
        if (peekHere('?')) {
            lazy = true;
            pos++;
        } else if (peekHere('+')) {
            possessive = true;
            pos++;
        }
        if (e instanceof Edge || e instanceof Look) {
            throw error("nothing to repeat");
        }
        return new Repeat(e, min, max, lazy, possessive);
    }

    /** A token test being parsed: the test and the keys an index may use for it. */
    private record Test<S extends TokenSequence>(TokenTest<S> test, Keys keys) {
    }

    private Test<S> testOr() {
        Test<S> left = testAnd();
        while (true) {
            space();
            if (!peek('|')) {
                return left;
            }
            pos++;
            Test<S> right = testAnd();
            TokenTest<S> a = left.test();
            TokenTest<S> b = right.test();
            left = new Test<>((s, i) -> a.test(s, i) || b.test(s, i), Keys.union(left.keys(), right.keys()));
        }
    }

    private Test<S> testAnd() {
        Test<S> left = testNot();
        while (true) {
            space();
            if (!peek('&')) {
                return left;
            }
            pos++;
            Test<S> right = testNot();
            TokenTest<S> a = left.test();
            TokenTest<S> b = right.test();
            left = new Test<>((s, i) -> a.test(s, i) && b.test(s, i), narrower(left.keys(), right.keys()));
        }
    }

    /** Of two conjuncts' keys, the ones an index does best with: words, then lemmas, then tags. */
    private static Keys narrower(Keys a, Keys b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int ra = rank(a);
        int rb = rank(b);
        return ra <= rb ? a : b;
    }

    private static int rank(Keys k) {
        return !k.words().isEmpty() && k.lemmas().isEmpty() && k.tags().isEmpty() ? 0
                : k.tags().isEmpty() ? 1 : 2;
    }

    private Test<S> testNot() {
        space();
        if (peek('!')) {
            pos++;
            TokenTest<S> t = testNot().test();
            return new Test<>((s, i) -> !t.test(s, i), null);
        }
        if (peek('(')) {
            pos++;
            Test<S> t = testOr();
            space();
            expect(')');
            return t;
        }
        if (peek('"')) {
            String w = PatternEnv.fold(quoted());
            return new Test<>((s, i) -> s.lower(i).equals(w), new Keys(Set.of(w), Set.of(), Set.of()));
        }
        String name = name();
        space();
        if (peek('=')) {
            pos++;
            space();
            String value = peek('"') ? quoted() : word();
            return feature(name, Set.of(value));
        }
        if (text.startsWith("in", pos) && pos + 2 < text.length() && !isNameChar(text.charAt(pos + 2))) {
            pos += 2;
            space();
            return feature(name, listRef());
        }
        TokenTest<S> t = env.test(name);
        if (t == null) {
            throw error("no test '" + name + "'");
        }
        return new Test<>(t, null);
    }

    private Set<String> listRef() {
        if (peek('(')) {
            pos++;
            Set<String> words = new HashSet<>();
            while (true) {
                space();
                if (peek(')')) {
                    pos++;
                    return words;
                }
                if (pos >= text.length()) {
                    throw error("list without ')'");
                }
                words.add(peek('"') ? quoted() : word());
            }
        }
        String name = name();
        Set<String> list = env.list(name);
        if (list == null) {
            throw error("no list '" + name + "'");
        }
        return list;
    }

    private Test<S> feature(String feature, Set<String> raw) {
        switch (feature) {
            case "lower" -> {
                Set<String> v = fold(raw);
                return new Test<>((s, i) -> v.contains(s.lower(i)), new Keys(v, Set.of(), Set.of()));
            }
            case "word" -> {
                Set<String> v = Set.copyOf(raw);
                return new Test<>((s, i) -> v.contains(s.word(i)), new Keys(fold(raw), Set.of(), Set.of()));
            }
            case "lemma" -> {
                Set<String> v = fold(raw);
                return new Test<>((s, i) -> v.contains(s.lemma(i)), new Keys(Set.of(), v, Set.of()));
            }
            case "pos" -> {
                Set<String> v = Set.copyOf(raw);
                return new Test<>((s, i) -> v.contains(s.pos(i)), new Keys(Set.of(), Set.of(), v));
            }
            default -> throw error("no feature '" + feature + "' (word, lower, lemma, pos)");
        }
    }

    private static Set<String> fold(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(PatternEnv.fold(w));
        }
        return Set.copyOf(out);
    }

    private String quoted() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            sb.append(c);
        }
        expect('"');
        return sb.toString();
    }

    /** A list item or value: anything up to white space or a bracket. */
    private String word() {
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && ")]&|".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw error("a word expected");
        }
        return text.substring(start, pos);
    }

    private String name() {
        space();
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("a name expected");
        }
        return text.substring(start, pos);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        space();
        return peekHere(c);
    }

    private boolean peekHere(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peekHere(c)) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at column " + (pos + 1) + " of: " + text);
    }
}
