package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedDocument;

/**
 * Precision and recall of quotation attribution on the hand-annotated development set
 * ({@code src/test/resources/quotes/dev.tsv}), through the standard pipeline.
 *
 * <p>Matching rule: an extracted quotation is correct when an annotated one of the same article starts
 * within three characters of it (the annotation gives the offset of the first character inside the opening
 * mark; the extractor may trim white space) and its speaker's resolved name matches the annotated speaker
 * case-insensitively as an entity slug. A quotation whose speaker the article does not name is not
 * annotated, so attributing it to anyone counts against precision.
 */
class QuoteDevSetTest {

    /** The figures the rules reach on this set when this was written; a drop below them fails the build. */
    static final double MIN_PRECISION = 0.92;
    static final double MIN_RECALL = 0.80;

    /**
     * Figures on the second set (dev-b). Its first, blind run gave precision 0.750 (6/8) and recall 0.500 (6/12);
     * general fixes found on it since (BBC multi-sentence quotations, the sentence before a bare quotation)
     * make these figures no longer blind.
     */
    static final double MIN_B_PRECISION = 0.95;
    static final double MIN_B_RECALL = 0.85;

    @Test
    void quotationsAreAttributedWithMeasuredPrecisionAndRecallOnTheDevSet() {
        score("quotes/dev.tsv", MIN_PRECISION, MIN_RECALL);
    }

    @Test
    void quotationsAreAttributedWithMeasuredPrecisionAndRecallOnTheSecondDevSet() {
        score("quotes/dev-b.tsv", MIN_B_PRECISION, MIN_B_RECALL);
    }

    private static void score(String annotations, double minPrecision, double minRecall) {
        List<String[]> rows = DevCorpus.rows(annotations);
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r[0]));
        List<String[]> expected = rows.stream().filter(r -> !r[1].equals("-")).toList();
        Map<String, Article> articles = DevCorpus.articles(ids);

        List<String[]> returned = new ArrayList<>();
        for (Article a : articles.values()) {
            ResolvedDocument doc = DevCorpus.pipeline().analyse(a);
            for (Fact.Quote q : doc.extracted().facts(Fact.Quote.class)) {
                Entity speaker = doc.entityOf(q.speaker());
                returned.add(new String[] {a.id(), speaker == null ? q.speaker().text() : speaker.label(),
                        Integer.toString(q.begin()), q.text()});
            }
        }
        DevCorpus.score(annotations, articles.size(), expected, returned, QuoteDevSetTest::same,
                r -> r[0] + " · " + r[1] + " · " + r[2] + " · " + abbreviate(r[3]), minPrecision, minRecall);
    }

    private static boolean same(String[] e, String[] r) {
        return e[0].equals(r[0]) && Math.abs(Integer.parseInt(e[2]) - Integer.parseInt(r[2])) <= 3
                && DevCorpus.matches(e[1], r[1]);
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "...";
    }
}
