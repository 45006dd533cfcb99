package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares strings the way ANNOTATION.md §1 "Comparison" says: accents, case, punctuation, ’ against ', a
 * possessive 's and the words the, a, an, of, for are ignored; "U.S.", "US", "USA", "America", "American" read
 * as United States and "U.K.", "UK", "Britain", "British" as United Kingdom.
 *
 * <p>Names (persons, entities, participants, locations) must equal an alias. Role and organization strings
 * also accept a longer string that contains a listed one as whole words ("U.S. Secretary of State" for
 * "Secretary of State") and a shorter one made of listed words in order that keeps the last word ("envoy" for
 * "hostage envoy", "Prime Minister" for "former Prime Minister", but not "secretary" for "Secretary of State").
 */
final class Normaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern DROPPED = Pattern.compile("['.]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> IGNORED = Set.of("the", "a", "an", "of", "for");
    private static final List<String> US = List.of("united", "states");
    private static final List<String> UK = List.of("united", "kingdom");
    private static final Map<String, List<String>> COUNTRIES = Map.of("us", US, "usa", US, "america", US,
            "american", US, "uk", UK, "britain", UK, "british", UK);

    private Normaliser() {
    }

    /** The words of a string after normalisation: "the U.S. Secretary of State's" gives [united, states, secretary, state]. */
    static List<String> words(String s) {
        if (s == null) {
            return List.of();
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .toLowerCase(Locale.ROOT);
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = DROPPED.matcher(t).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.matcher(t).replaceAll(" ").strip().split(" ")) {
            if (w.isEmpty() || IGNORED.contains(w)) {
                continue;
            }
            out.addAll(COUNTRIES.getOrDefault(w, List.of(w)));
        }
        return out;
    }

    /** The normalised form of a string, its words joined by single spaces; equal forms are the same string. */
    static String key(String s) {
        return String.join(" ", words(s));
    }

    /** Whether a name equals one of the aliases after normalisation. An empty name equals nothing. */
    static boolean nameMatches(List<String> aliases, String name) {
        String k = key(name);
        return !k.isEmpty() && aliases.stream().anyMatch(a -> key(a).equals(k));
    }

    /**
     * Whether a role or organization string is accepted by a list: equal to a listed string, longer and holding
     * one as whole words, or shorter, made of one's words in order and ending in its last word.
     */
    static boolean stringMatches(List<String> listed, String value) {
        List<String> v = words(value);
        if (v.isEmpty()) {
            return false;
        }
        for (String l : listed) {
            List<String> w = words(l);
            if (!w.isEmpty() && (contains(v, w) || endsSubsequence(v, w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} occurs in {@code whole} as a run of whole words. */
    static boolean contains(List<String> whole, List<String> part) {
        return java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /** Whether {@code shorter} is a sub-sequence of {@code listed} that ends in the same last word. */
    static boolean endsSubsequence(List<String> shorter, List<String> listed) {
        if (shorter.isEmpty() || shorter.size() > listed.size()
                || !shorter.get(shorter.size() - 1).equals(listed.get(listed.size() - 1))) {
            return false;
        }
        int i = 0;
        for (String w : listed) {
            if (i < shorter.size() && shorter.get(i).equals(w)) {
                i++;
            }
        }
        return i == shorter.size();
    }
}
