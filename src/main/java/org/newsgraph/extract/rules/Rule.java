package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One compiled rule: its name ({@code roles/title-before-name#title-name}), pattern, conditions, fact lines,
 * examples and confidence. Immutable.
 *
 * @param confidence the rule's measured precision on the development sets, or the default for a rule not
 *                   yet measured ({@link RuleConfidence})
 */
public record Rule<S extends TokenSequence>(String id, String about, TokenPattern<S> pattern,
                                             List<MatchTest<S>> where, List<FactLine> facts,
                                             List<RuleFile.Example> examples, double confidence) {

    /** A fact line, its condition compiled: the group it needs, and the list one of its words must be in. */
    public record FactLine(String kind, java.util.Map<String, String> args, String ifGroup, Set<String> ifList,
                           boolean negate, boolean orElse) {

        /** An argument's value, or null. */
        public String arg(String key) {
            return args.get(key);
        }
    }

    /** Makes a fact from a match and a fact line; null when the match makes no fact after all. */
    @FunctionalInterface
    public interface Builder<S extends TokenSequence, F> {
        F build(Rule<S> rule, FactLine line, S sequence, Match match);
    }

    /** Whether a match meets the rule's {@code where} conditions. */
    public boolean holds(S sequence, Match match) {
        for (MatchTest<S> t : where) {
            if (!t.test(sequence, match)) {
                return false;
            }
        }
        return true;
    }

    /** The facts a match makes: each fact line whose condition holds, in order. */
    public <F> List<F> facts(S sequence, Match match, Builder<S, F> builder) {
        List<F> out = new ArrayList<>();
        boolean previousHeld = false;
        for (FactLine line : facts) {
            if (line.orElse() && previousHeld) {
                continue;
            }
            boolean holds = holds(line, sequence, match);
            previousHeld = holds || line.orElse() && previousHeld;
            if (holds) {
                F f = builder.build(this, line, sequence, match);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static <S extends TokenSequence> boolean holds(FactLine line, S sequence, Match match) {
        if (line.ifGroup() == null) {
            return true;
        }
        boolean held = match.has(line.ifGroup());
        if (held && line.ifList() != null) {
            held = false;
            for (int i = match.start(line.ifGroup()); i < match.end(line.ifGroup()); i++) {
                held |= line.ifList().contains(sequence.lower(i));
            }
        }
        return held != line.negate();
    }

    /** The rule's name within its family: the part after '#'. */
    public String name() {
        return id.substring(id.indexOf('#') + 1);
    }

    /** The rule's family: the rule file's path under {@code rules/}, without ".rules". */
    public String family() {
        return id.substring(0, id.indexOf('#'));
    }
}
