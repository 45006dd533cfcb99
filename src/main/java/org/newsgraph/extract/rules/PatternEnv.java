package org.newsgraph.extract.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a pattern may use besides the built-in token features: tests ({@code [cap]}), word lists
 * ({@code [lower in reporting-verb]}), span readers ({@code <name>}) and macros ({@code $copula}, pattern text
 * pasted where it is named, as TokensRegex's {@code $NAME} definitions). A rule family builds one with its own
 * tests and readers; a rule file adds its own lists and macros with {@link #with}. Immutable.
 */
public final class PatternEnv<S extends TokenSequence> {

    private final Map<String, TokenTest<S>> tests;
    private final Map<String, Set<String>> lists;
    private final Map<String, SpanReader<S>> readers;
    private final Map<String, String> macros;

    private PatternEnv(Map<String, TokenTest<S>> tests, Map<String, Set<String>> lists,
                       Map<String, SpanReader<S>> readers, Map<String, String> macros) {
        this.tests = Map.copyOf(tests);
        this.lists = Map.copyOf(lists);
        this.readers = Map.copyOf(readers);
        this.macros = Map.copyOf(macros);
    }

    public static <S extends TokenSequence> PatternEnv<S> empty() {
        return new PatternEnv<>(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public PatternEnv<S> test(String name, TokenTest<S> test) {
        Map<String, TokenTest<S>> t = new HashMap<>(tests);
        put(t, name, test);
        return new PatternEnv<>(t, lists, readers, macros);
    }

    /** A word list; its words are folded as token features are (lower case, curly apostrophes straight). */
    public PatternEnv<S> list(String name, Set<String> words) {
        Map<String, Set<String>> l = new HashMap<>(lists);
        put(l, name, words.stream().map(PatternEnv::fold).collect(Collectors.toUnmodifiableSet()));
        return new PatternEnv<>(tests, l, readers, macros);
    }

    public PatternEnv<S> reader(String name, SpanReader<S> reader) {
        Map<String, SpanReader<S>> r = new HashMap<>(readers);
        put(r, name, reader);
        return new PatternEnv<>(tests, lists, r, macros);
    }

    public PatternEnv<S> macro(String name, String pattern) {
        Map<String, String> m = new HashMap<>(macros);
        put(m, name, pattern);
        return new PatternEnv<>(tests, lists, readers, m);
    }

    /** This environment with more lists and macros. */
    public PatternEnv<S> with(Map<String, Set<String>> moreLists, Map<String, String> moreMacros) {
        PatternEnv<S> env = this;
        for (Map.Entry<String, Set<String>> e : moreLists.entrySet()) {
            env = env.list(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : moreMacros.entrySet()) {
            env = env.macro(e.getKey(), e.getValue());
        }
        return env;
    }

    private static <V> void put(Map<String, V> map, String name, V value) {
        if (map.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("'" + name + "' is defined twice");
        }
    }

    TokenTest<S> test(String name) {
        return tests.get(name);
    }

    Set<String> list(String name) {
        return lists.get(name);
    }

    SpanReader<S> reader(String name) {
        return readers.get(name);
    }

    String macro(String name) {
        return macros.get(name);
    }

    public boolean hasList(String name) {
        return lists.containsKey(name);
    }

    /** Words as the patterns compare them: lower case, curly apostrophes straight. */
    public static String fold(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
