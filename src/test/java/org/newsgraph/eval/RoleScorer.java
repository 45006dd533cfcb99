package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Predictions.RoleRow;

/**
 * Scores {@code roles.rq} rows against an article's role facts. A row matches a fact when its person equals an
 * alias, its role string is accepted by the fact's role strings and its organization by the org strings; a fact
 * with no org accepts any organization or none, a fact with orgs refuses an empty one. Rows equal after
 * normalisation count once. Rows and facts are matched one to one (one fact per person, office and body),
 * required facts first: a row matched to an optional fact is correct, a second row for an already matched fact
 * is wrong.
 */
final class RoleScorer {

    private RoleScorer() {
    }

    static KindResult score(GoldSet.Article gold, List<RoleRow> predicted) {
        List<RoleRow> rows = distinct(predicted);
        List<GoldSet.Role> facts = gold.roles();
        boolean[] required = new boolean[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            required[i] = !facts.get(i).optional();
        }
        int[] match = Matching.match(rows.size(), facts.size(), (r, f) -> matches(facts.get(f), rows.get(r)), required);

        KindResult.Builder out = new KindResult.Builder(Kind.ROLES);
        boolean[] found = new boolean[facts.size()];
        int correct = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (match[r] >= 0) {
                correct++;
                found[match[r]] = true;
            }
        }
        int gold0 = 0;
        int found0 = 0;
        int optional = 0;
        for (int f = 0; f < facts.size(); f++) {
            if (required[f]) {
                gold0++;
                if (found[f]) {
                    found0++;
                } else {
                    out.missed(show(facts.get(f)));
                }
            } else if (found[f]) {
                optional++;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (match[r] < 0) {
                out.wrong(show(rows.get(r)), why(rows.get(r), facts, match));
            }
        }
        return out.score(rows.size(), correct, gold0, found0).count("optional facts matched", optional).build();
    }

    static boolean matches(GoldSet.Role fact, RoleRow row) {
        return Normaliser.nameMatches(fact.person(), row.person())
                && Normaliser.stringMatches(fact.roles(), row.role())
                && orgMatches(fact, row.organization());
    }

    private static boolean orgMatches(GoldSet.Role fact, String organization) {
        if (fact.orgs() == null) {
            return true;
        }
        return !Normaliser.key(organization).isEmpty() && Normaliser.stringMatches(fact.orgs(), organization);
    }

    /** The rows, one per normalised (person, role, organization), in their first order. */
    static List<RoleRow> distinct(List<RoleRow> rows) {
        Map<List<String>, RoleRow> out = new LinkedHashMap<>();
        for (RoleRow r : rows) {
            out.putIfAbsent(List.of(Normaliser.key(r.person()), Normaliser.key(r.role()),
                    Normaliser.key(r.organization())), r);
        }
        return new ArrayList<>(out.values());
    }

    private static String why(RoleRow row, List<GoldSet.Role> facts, int[] match) {
        List<GoldSet.Role> same = facts.stream().filter(f -> Normaliser.nameMatches(f.person(), row.person())).toList();
        if (same.isEmpty()) {
            return "no role fact for this person";
        }
        for (int f = 0; f < facts.size(); f++) {
            if (matches(facts.get(f), row)) {
                return "duplicate: the fact " + show(facts.get(f)) + " is already matched";
            }
        }
        List<GoldSet.Role> roleOk = same.stream().filter(f -> Normaliser.stringMatches(f.roles(), row.role())).toList();
        if (roleOk.isEmpty()) {
            return "role not accepted; gold roles of this person: "
                    + String.join(", ", same.stream().map(f -> f.roles().get(0)).distinct().toList());
        }
        return "organization not accepted; gold: " + String.join(", ", roleOk.stream()
                .map(f -> f.orgs() == null ? "no org" : f.orgs().get(0)).distinct().toList());
    }

    static String show(GoldSet.Role f) {
        return f.person().get(0) + " · " + f.roles().get(0) + " · " + (f.orgs() == null ? "(no org)" : f.orgs().get(0))
                + (f.optional() ? " [optional]" : "");
    }

    static String show(RoleRow r) {
        return r.person() + " · " + r.role() + " · " + (r.organization().isEmpty() ? "(none)" : r.organization());
    }
}
