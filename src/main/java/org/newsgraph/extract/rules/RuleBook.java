package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * The compiled rules of one rule file, indexed by what their anchors match (words, lemmas, tags), so a
 * sentence's token is tried only against the rules that can match there. How the rules apply, as the file's
 * {@code scan} line says:
 * <ul>
 *   <li>{@code all}: every rule at every token; every match makes its facts;</li>
 *   <li>{@code first}: at every token, the first rule (in file order) that matches decides: it makes its facts,
 *       or none, and the other rules are not tried there;</li>
 *   <li>{@code first-skip}: the same, and the scan goes on after that match;</li>
 *   <li>{@code anchored}: the extractor names the tokens ({@link #first}), the rules are tried there in order
 *       and the first that matches decides.</li>
 * </ul>
 * A rule matches when its pattern does and its {@code where} conditions hold.
 * Immutable and thread-safe.
 */
public final class RuleBook<S extends TokenSequence> {

    private final String family;
    private final String scan;
    private final List<Rule<S>> rules;
    private final Map<String, int[]> byWord = new HashMap<>();
    private final Map<String, int[]> byLemma = new HashMap<>();
    private final Map<String, int[]> byTag = new HashMap<>();
    private final int[] always;

    private RuleBook(String family, String scan, List<Rule<S>> rules) {
        this.family = family;
        this.scan = scan;
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> lemmas = new HashMap<>();
        Map<String, List<Integer>> tags = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            PatternParser.Keys k = rules.get(r).pattern().keys();
            if (k == null) {
                any.add(r);
                continue;
            }
            for (String w : k.words()) {
                words.computeIfAbsent(w, x -> new ArrayList<>()).add(r);
            }
            for (String l : k.lemmas()) {
                lemmas.computeIfAbsent(l, x -> new ArrayList<>()).add(r);
            }
            for (String t : k.tags()) {
                tags.computeIfAbsent(t, x -> new ArrayList<>()).add(r);
            }
        }
        words.forEach((w, l) -> byWord.put(w, ints(l)));
        lemmas.forEach((w, l) -> byLemma.put(w, ints(l)));
        tags.forEach((w, l) -> byTag.put(w, ints(l)));
        this.always = ints(any);
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Compiles a rule file against an environment: the file's lists and macros are added to it, the named
     * conditions of {@code where} lines are looked up in {@code conditions}, and each rule's fact lines must be
     * of {@code kind}. Errors name the file and the rule's line.
     */
    public static <S extends TokenSequence> RuleBook<S> compile(RuleFile file, PatternEnv<S> env,
                                                              Map<String, MatchTest<S>> conditions, String kind,
                                                              RuleConfidence confidence) {
        PatternEnv<S> local = env.with(file.lists(), file.macros());
        List<Rule<S>> rules = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (RuleFile.RawRule raw : file.rules()) {
            String where = "rules/" + file.family() + ".rules:" + raw.line() + ": rule " + raw.name() + ": ";
            if (!names.add(raw.name())) {
                throw new ConfigException(where + "the name is used twice");
            }
            TokenPattern<S> pattern;
            try {
                pattern = TokenPattern.compile(raw.match(), local);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + e.getMessage(), e);
            }
            List<MatchTest<S>> tests = new ArrayList<>();
            for (String name : raw.where()) {
                MatchTest<S> t = conditions.get(name.replace("!", ""));
                if (t == null) {
                    throw new ConfigException(where + "no condition '" + name + "'");
                }
                tests.add(name.startsWith("!") ? (s, m) -> !t.test(s, m) : t);
            }
            List<Rule.FactLine> facts = new ArrayList<>();
            for (RuleFile.RawFact f : raw.facts()) {
                if (!f.kind().equals(kind)) {
                    throw new ConfigException(where + "makes '" + f.kind() + "' facts; this family makes " + kind);
                }
                if (f.ifGroup() != null && !pattern.hasGroup(f.ifGroup())) {
                    throw new ConfigException(where + "no group '" + f.ifGroup() + "' in the pattern");
                }
                Set<String> list = null;
                if (f.ifList() != null) {
                    if (!local.hasList(f.ifList())) {
                        throw new ConfigException(where + "no list '" + f.ifList() + "'");
                    }
                    list = local.list(f.ifList());
                }
                facts.add(new Rule.FactLine(f.kind(), Map.copyOf(f.args()), f.ifGroup(), list, f.negate(), f.orElse()));
            }
            String id = file.family() + "#" + raw.name();
            rules.add(new Rule<>(id, raw.about(), pattern, List.copyOf(tests), List.copyOf(facts), raw.examples(),
                    confidence.of(id)));
        }
        return new RuleBook<>(file.family(), file.scan(), rules);
    }

    public String family() {
        return family;
    }

    public List<Rule<S>> rules() {
        return rules;
    }

    /** Applies the rules over the whole sequence, as the file's {@code scan} line says. */
    public <F> List<F> scan(S seq, Rule.Builder<S, F> builder) {
        if (scan.equals("anchored")) {
            throw new IllegalStateException(family + ": its rules are applied at anchors the extractor names");
        }
        List<F> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Matcher<S>[] matchers = new Matcher[rules.size()];
        boolean[] candidate = new boolean[rules.size()];
        int n = seq.size();
        int i = 0;
        while (i < n) {
            int next = i + 1;
            mark(seq, i, candidate);
            for (int r = 0; r < rules.size(); r++) {
                if (!candidate[r]) {
                    continue;
                }
                Made<F> made = tryAt(r, seq, i, matchers, builder);
                if (made == null) {
                    continue;
                }
                out.addAll(made.facts());
                if (!scan.equals("all")) {
                    if (scan.equals("first-skip")) {
                        next = Math.max(next, made.end());
                    }
                    break;
                }
            }
            i = next;
        }
        return out;
    }

    /** The facts of the first rule that matches at token {@code anchor} (perhaps none), or an empty list. */
    public <F> List<F> first(S seq, int anchor, Rule.Builder<S, F> builder) {
        boolean[] candidate = new boolean[rules.size()];
        mark(seq, anchor, candidate);
        @SuppressWarnings("unchecked")
        Matcher<S>[] matchers = new Matcher[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            if (candidate[r]) {
                Made<F> made = tryAt(r, seq, anchor, matchers, builder);
                if (made != null) {
                    return made.facts();
                }
            }
        }
        return List.of();
    }

    /** The facts a match made (perhaps none), and where the match ends. */
    private record Made<F>(List<F> facts, int end) {
    }

    private <F> Made<F> tryAt(int r, S seq, int i, Matcher<S>[] matchers, Rule.Builder<S, F> builder) {
        if (matchers[r] == null) {
            matchers[r] = rules.get(r).pattern().matcher(seq);
        }
        Match m = matchers[r].at(i);
        if (m == null) {
            return null;
        }
        Rule<S> rule = rules.get(r);
        if (!rule.holds(seq, m)) {
            return null;
        }
        return new Made<>(rule.facts(seq, m, builder), m.end());
    }

    /** Marks the rules whose anchors may match token i. */
    private void mark(S seq, int i, boolean[] candidate) {
        java.util.Arrays.fill(candidate, false);
        for (int r : always) {
            candidate[r] = true;
        }
        markAll(byWord.get(seq.lower(i)), candidate);
        markAll(byLemma.get(seq.lemma(i)), candidate);
        markAll(byTag.get(seq.pos(i)), candidate);
    }

    private static void markAll(int[] rules, boolean[] candidate) {
        if (rules != null) {
            for (int r : rules) {
                candidate[r] = true;
            }
        }
    }
}
