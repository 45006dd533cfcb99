package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * Scores the meetings of the standard pipeline on two hand-annotated sets of articles of the shared corpus,
 * read back from a real TDB2 store through {@code queries/meetings.rq}: the development set
 * ({@code src/test/resources/meetings/devset.tsv}, 22 articles, which the rules were tuned on) and a second
 * set ({@code dev-b.tsv}, 8 articles drawn at random and annotated before the extractor's output on them was
 * seen; its first run was blind, and the rules have been tuned on it since).
 * The sets predate ANNOTATION.md; the quality figures of record are {@code org.newsgraph.eval}'s.
 *
 * <p>Two scores are printed: over rows, one (participant, location, date) triple per participant of a meeting,
 * as {@code meetings.rq} returns them; and over items, the participants, locations and dates of an article's
 * meetings taken one by one. Names compare without case; the annotation lists accepted spellings. Run with
 * {@code mvn -B -o test -Dtest=MeetingDevSetTest} (add {@code -Dnewsgraph.devset.verbose=true} for every row).
 * The thresholds are the scores reached, so a change that makes extraction worse fails.
 */
class MeetingDevSetTest {

    // Lowered 2026-12-07 (from 0.62, 0.83, 0.40 and 0.68): these sets predate ANNOTATION.md and count what it
    // does not (one party's trip or talks with no other named; a list of people met one by one as one meeting).
    // The same articles annotated to the standard (old-meetings, DevQualityTest) rose from row F1 0.365 to 0.445
    // with the change that lowered these. Row F1 lowered again from 0.60 (measured 0.594) when a visit to a capital
    // came to meet its country and a trip to several countries a visit to each (ANNOTATION.md 4.2); old-meetings
    // rose from row F1 0.492 to 0.551 with that change.
    // Raised again to 0.61 and 0.78 (measured 0.641 and 0.805) when the set's gold was brought in line with
    // ANNOTATION.md for two articles (see devset.tsv's header).
    static final double MIN_ROW_F1 = 0.61;
    static final double MIN_ITEM_F1 = 0.78;
    /** The second set's scores, less a margin. */
    static final double MIN_B_ROW_F1 = 0.37;
    static final double MIN_B_ITEM_F1 = 0.62;

    record GoldRow(String article, Set<String> participant, Set<String> location, String date) {
    }

    record Row(String article, String participant, String location, String date) {
    }

    /** One annotated set: what the annotation expects and what the pipeline returned. */
    record Scored(String name, List<GoldRow> gold, List<Row> predicted) {
    }

    @TempDir
    static Path db;

    static Scored dev;
    static Scored second;

    @BeforeAll
    static void runPipeline() throws IOException {
        dev = score("dev set", "/meetings/devset.tsv", db.resolve("dev"));
        second = score("second set", "/meetings/dev-b.tsv", db.resolve("dev-b"));
    }

    private static Scored score(String name, String resource, Path dir) throws IOException {
        List<GoldRow> gold = new ArrayList<>();
        List<Row> predicted = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try (InputStream in = MeetingDevSetTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ids.add(f[0]);
                Set<String> location = alternatives(f[2]);
                for (String p : f[1].split("\\|")) {
                    gold.add(new GoldRow(f[0], alternatives(p), location, f[3].strip()));
                }
            }
        }
        List<Article> articles = corpusArticles(ids);
        Pipeline pipeline = Pipeline.standard();
        List<ArticleGraph> graphs = articles.stream().map(pipeline::process).toList();
        try (NewsStore store = NewsStore.open(dir.resolve("tdb"))) {
            store.putAll(graphs);
            ResultSetRewindable rs = store.select(Queries.bundled("meetings"));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                predicted.add(new Row(s.getLiteral("article").getString(), norm(s.getLiteral("participant").getString()),
                        s.contains("location") ? norm(s.getLiteral("location").getString()) : "",
                        s.contains("date") ? s.getLiteral("date").getLexicalForm() : ""));
            }
        }
        return new Scored(name, gold, predicted);
    }

    static List<Article> corpusArticles(Set<String> ids) throws IOException {
        Path corpus = Path.of(System.getProperty("newsgraph.shared", "../shared"), "corpus");
        ObjectMapper json = new ObjectMapper();
        Map<String, Article> found = new LinkedHashMap<>();
        for (String part : List.of("wikinews", "reuters21578")) {
            try (Stream<String> lines = Files.lines(corpus.resolve(part).resolve("articles.jsonl"))) {
                lines.forEach(line -> {
                    try {
                        JsonNode n = json.readTree(line);
                        String id = n.get("id").asText();
                        if (ids.contains(id)) {
                            found.put(id, new Article(id, n.path("title").asText(null), n.get("published").asText(),
                                    null, n.path("source").asText(null), List.of(), n.get("text").asText()));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        assertTrue(found.keySet().containsAll(ids), "dev-set articles missing from the corpus");
        return new ArrayList<>(found.values());
    }

    static Set<String> alternatives(String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : field.split(";")) {
            if (!a.isBlank()) {
                out.add(norm(a));
            }
        }
        return out;
    }

    static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean matches(GoldRow g, Row r) {
        return g.article().equals(r.article()) && g.participant().contains(r.participant())
                && (g.location().isEmpty() ? r.location().isEmpty() : g.location().contains(r.location()))
                && g.date().equals(r.date());
    }

    /** Precision, recall, F1 of predicted against gold rows; each row matches at most once. */
    static double[] scoreRows(List<GoldRow> gold, List<Row> predicted) {
        List<Row> rows = new ArrayList<>(new LinkedHashSet<>(predicted));
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (Row r : rows) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && matches(gold.get(i), r)) {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }
        return prf(tp, rows.size(), gold.size());
    }

    /** The same over items: participants, locations and dates of each article, one by one. */
    static double[] scoreItems(List<GoldRow> gold, List<Row> predicted) {
        Map<String, List<Set<String>>> goldItems = new LinkedHashMap<>();
        for (GoldRow g : gold) {
            List<Set<String>> items = goldItems.computeIfAbsent(g.article(), k -> new ArrayList<>());
            addOnce(items, prefixed("P:", g.participant()));
            if (!g.location().isEmpty()) {
                addOnce(items, prefixed("L:", g.location()));
            }
            if (!g.date().isEmpty()) {
                addOnce(items, Set.of("D:" + g.date()));
            }
        }
        Map<String, Set<String>> predictedItems = new LinkedHashMap<>();
        for (Row r : predicted) {
            Set<String> items = predictedItems.computeIfAbsent(r.article(), k -> new LinkedHashSet<>());
            items.add("P:" + r.participant());
            if (!r.location().isEmpty()) {
                items.add("L:" + r.location());
            }
            if (!r.date().isEmpty()) {
                items.add("D:" + r.date());
            }
        }
        int tp = 0;
        int predictedCount = 0;
        int goldCount = 0;
        for (String article : goldItems.keySet()) {
            List<Set<String>> g = goldItems.get(article);
            Set<String> p = predictedItems.getOrDefault(article, Set.of());
            goldCount += g.size();
            predictedCount += p.size();
            boolean[] used = new boolean[g.size()];
            for (String item : p) {
                for (int i = 0; i < g.size(); i++) {
                    if (!used[i] && g.get(i).contains(item)) {
                        used[i] = true;
                        tp++;
                        break;
                    }
                }
            }
        }
        for (String article : predictedItems.keySet()) {
            if (!goldItems.containsKey(article)) {
                predictedCount += predictedItems.get(article).size();
            }
        }
        return prf(tp, predictedCount, goldCount);
    }

    private static void addOnce(List<Set<String>> items, Set<String> item) {
        if (items.stream().noneMatch(i -> !java.util.Collections.disjoint(i, item))) {
            items.add(item);
        }
    }

    private static Set<String> prefixed(String prefix, Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(prefix + n));
        return out;
    }

    static double[] prf(int tp, int predictedCount, int goldCount) {
        double p = predictedCount == 0 ? 0 : (double) tp / predictedCount;
        double r = goldCount == 0 ? 0 : (double) tp / goldCount;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    @Test
    void meetingRowsReachTheDevSetScore() {
        assertTrue(rows(dev) >= MIN_ROW_F1, "row F1 below " + MIN_ROW_F1);
    }

    @Test
    void meetingItemsReachTheDevSetScore() {
        assertTrue(items(dev) >= MIN_ITEM_F1, "item F1 below " + MIN_ITEM_F1);
    }

    @Test
    void meetingRowsReachTheSecondSetScore() {
        assertTrue(rows(second) >= MIN_B_ROW_F1, "row F1 below " + MIN_B_ROW_F1);
    }

    @Test
    void meetingItemsReachTheSecondSetScore() {
        assertTrue(items(second) >= MIN_B_ITEM_F1, "item F1 below " + MIN_B_ITEM_F1);
    }

    /** Prints and returns the row F1 of a set; with {@code newsgraph.devset.verbose}, every row too. */
    private static double rows(Scored set) {
        double[] s = scoreRows(set.gold(), set.predicted());
        System.out.printf(Locale.ROOT, "meetings %s, rows (participant, location, date): P=%.3f R=%.3f F1=%.3f"
                + " (%d predicted, %d expected)%n", set.name(), s[0], s[1], s[2],
                new LinkedHashSet<>(set.predicted()).size(), set.gold().size());
        if (Boolean.getBoolean("newsgraph.devset.verbose")) {
            set.predicted().stream().distinct().forEach(r -> System.out.println("  predicted " + r
                    + (set.gold().stream().anyMatch(g -> matches(g, r)) ? "" : "   <-- wrong")));
            set.gold().stream().filter(g -> set.predicted().stream().noneMatch(r -> matches(g, r)))
                    .forEach(g -> System.out.println("  missed " + g));
        }
        return s[2];
    }

    private static double items(Scored set) {
        double[] s = scoreItems(set.gold(), set.predicted());
        System.out.printf(Locale.ROOT, "meetings %s, items (participants, locations, dates): P=%.3f R=%.3f"
                + " F1=%.3f%n", set.name(), s[0], s[1], s[2]);
        return s[2];
    }
}
