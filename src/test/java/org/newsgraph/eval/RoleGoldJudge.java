package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges one role fact at a time against a quality set's gold, with the matching {@link RoleScorer} applies to
 * {@code roles.rq} rows: a fact is right when some role fact of its article, required or optional, accepts its
 * person, role string and organization. For tools that count facts rule by rule (the confidence calibration);
 * the one-to-one matching of the quality figures is {@link RoleScorer}'s. Only development sets may be judged:
 * a sealed set is refused.
 */
public final class RoleGoldJudge {

    private final String set;
    private final Map<String, GoldSet.Article> articles = new LinkedHashMap<>();

    private RoleGoldJudge(String set, GoldSet gold) {
        this.set = set;
        for (GoldSet.Article a : gold.articles()) {
            if (a.annotated().contains(Kind.ROLES)) {
                articles.put(a.id(), a);
            }
        }
    }

    /** The role gold of the development set {@code src/test/resources/eval/<set>.jsonl}. */
    public static RoleGoldJudge of(String set) {
        if (set.startsWith("sealed")) {
            throw new IllegalArgumentException(set + ": a sealed set is scored as a total only, never judged fact by fact");
        }
        return new RoleGoldJudge(set, GoldSet.load(QualitySets.goldFile(set)));
    }

    public String set() {
        return set;
    }

    /** The ids of the set's articles that annotate roles, in the file's order. */
    public Set<String> ids() {
        return articles.keySet();
    }

    /**
     * Whether a role row of the article (person and organization as their entities' labels, the organization
     * empty when none) is accepted by one of the article's role facts.
     */
    public boolean correct(String article, String person, String role, String organization) {
        GoldSet.Article a = articles.get(article);
        if (a == null) {
            return false;
        }
        Predictions.RoleRow row = new Predictions.RoleRow(article, person, role, organization);
        List<GoldSet.Role> facts = a.roles();
        return facts.stream().anyMatch(f -> RoleScorer.matches(f, row));
    }
}
