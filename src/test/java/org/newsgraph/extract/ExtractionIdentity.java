package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * A tool for developers, not part of the build: runs the standard pipeline over a fixed development sample,
 * writes the rows of the contract queries to {@code target/identity/current/} and, given a baseline folder
 * written the same way by an earlier version of the code, lists every row that differs and fails if any does.
 *
 * <pre>
 * mvn -o -q test -Dtest=ExtractionIdentity                                   # writes target/identity/current
 * cp -r target/identity/current /tmp/baseline                                # keep it as the baseline
 * mvn -o -q test -Dtest=ExtractionIdentity -Didentity.baseline=/tmp/baseline # later: compare
 * </pre>
 *
 * <p>The sample: every BBC politics article, the 62 Wikinews articles, the first 600 Reuters-21578 records,
 * the last 300 records of the AllSides and Reuters financial files (all from {@code ../shared/corpus}) and
 * the bundled {@code data/}, less the articles of the annotated quality sets
 * ({@code src/test/resources/identity/excluded-ids.txt}). The queries: roles, meetings, quotes, entities,
 * dates. Meeting rows are grouped into one line per meeting (its participants sorted, its place and date),
 * since a meeting's node IRI numbers the article's facts and is no part of its content.
 */
class ExtractionIdentity {

    static final List<String> QUERIES = List.of("roles", "meetings", "quotes", "entities", "dates");

    @Test
    void writesTheContractQueryRowsOfTheSampleAndComparesThemWithTheBaseline(@TempDir Path db) throws IOException {
        Path out = Path.of(System.getProperty("identity.out", "target/identity/current"));
        Files.createDirectories(out);
        List<ReadResult> sample = sample();
        System.out.printf("identity: %d articles in the sample%n", sample.size());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (NewsStore store = NewsStore.open(db)) {
            Pipeline.standard().run(sample.stream(), store::putAll, Runtime.getRuntime().availableProcessors(),
                    Ingestor.BATCH, Pipeline.Progress.NONE);
            for (String q : QUERIES) {
                rows.put(q, q.equals("meetings") ? meetings(store) : rows(store, q));
                Files.write(out.resolve(q + ".tsv"), rows.get(q), StandardCharsets.UTF_8);
            }
        }
        String baseline = System.getProperty("identity.baseline");
        if (baseline == null || baseline.isBlank()) {
            rows.forEach((q, r) -> System.out.printf("identity: %s %d rows%n", q, r.size()));
            return;
        }
        int differences = 0;
        for (String q : QUERIES) {
            List<String> before = Files.readAllLines(Path.of(baseline).resolve(q + ".tsv"), StandardCharsets.UTF_8);
            List<String> diff = diff(before, rows.get(q));
            Files.write(out.resolve(q + ".diff"), diff, StandardCharsets.UTF_8);
            System.out.printf("identity: %s %d rows before, %d now, %d lines differ%n", q, before.size(),
                    rows.get(q).size(), diff.size());
            diff.stream().limit(200).forEach(l -> System.out.println("  " + q + " " + l));
            differences += diff.size();
        }
        assertTrue(differences == 0, differences + " rows differ from " + baseline + "; see " + out + "/*.diff");
    }

    /** The sample's records, in a fixed order, each article once. */
    static List<ReadResult> sample() {
        Path corpus = DevCorpus.shared().resolve("corpus");
        Set<String> excluded = new HashSet<>(DevCorpus.lines("identity/excluded-ids.txt"));
        List<ReadResult> all = new ArrayList<>();
        all.addAll(read(corpus.resolve("bbc-news-2004-2005/articles.jsonl"), id -> id.startsWith("bbc-politics-"),
                0, Integer.MAX_VALUE));
        all.addAll(read(corpus.resolve("wikinews/articles.jsonl"), id -> true, 0, Integer.MAX_VALUE));
        all.addAll(read(corpus.resolve("reuters21578/articles.jsonl"), id -> true, 0, 600));
        all.addAll(last(corpus.resolve("allsides-2012-2020/articles.jsonl"), 300));
        all.addAll(last(corpus.resolve("reuters-financial-2010-2013/articles.jsonl"), 300));
        all.addAll(read(Path.of("data/rubio-2025-03-11.json"), id -> true, 0, Integer.MAX_VALUE));
        all.addAll(read(Path.of("data/wikinews.jsonl"), id -> true, 0, Integer.MAX_VALUE));
        Map<String, ReadResult> byId = new LinkedHashMap<>();
        for (ReadResult r : all) {
            if (r instanceof ReadResult.Accepted a && !excluded.contains(a.article().id())) {
                byId.putIfAbsent(a.article().id(), r);
            }
        }
        return List.copyOf(byId.values());
    }

    /** Records {@code from} (inclusive) to {@code to} (exclusive) of a file whose ids pass {@code keep}. */
    private static List<ReadResult> read(Path file, java.util.function.Predicate<String> keep, int from, int to) {
        try (Stream<ReadResult> read = new ArticleReader().readFile(file)) {
            return read.skip(from).limit(to - (long) from)
                    .filter(r -> r instanceof ReadResult.Accepted a && keep.test(a.article().id())).toList();
        }
    }

    private static List<ReadResult> last(Path file, int n) {
        long lines;
        try (Stream<String> s = Files.lines(file, StandardCharsets.UTF_8)) {
            lines = s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(file, id -> true, (int) Math.max(0, lines - n), Integer.MAX_VALUE);
    }

    private static List<String> rows(NewsStore store, String query) {
        ResultSetRewindable rs = store.select(Queries.bundled(query));
        List<String> vars = rs.getResultVars();
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                cells.add(show(s.get(v)));
            }
            out.add(String.join("\t", cells));
        }
        out.sort(null);
        return out;
    }

    /** One line per meeting: article, participants sorted and joined, place, date. */
    private static List<String> meetings(NewsStore store) {
        ResultSetRewindable rs = store.select(Queries.bundled("meetings"));
        Map<String, List<String>> participants = new TreeMap<>();
        Map<String, String> rest = new TreeMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String meeting = s.getResource("meeting").getURI();
            participants.computeIfAbsent(meeting, k -> new ArrayList<>()).add(show(s.get("participant")));
            rest.put(meeting, show(s.get("article")) + "\t" + show(s.get("location")) + "\t" + show(s.get("date")));
        }
        List<String> out = new ArrayList<>();
        participants.forEach((meeting, people) -> {
            people.sort(null);
            String[] r = rest.get(meeting).split("\t", -1);
            out.add(r[0] + "\t" + String.join(" + ", people) + "\t" + r[1] + "\t" + r[2]);
        });
        out.sort(null);
        return out;
    }

    private static String show(RDFNode n) {
        if (n == null) {
            return "";
        }
        String s = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** Lines only in {@code before} ("- ") and only in {@code after} ("+ "), as multisets, in sorted order. */
    static List<String> diff(List<String> before, List<String> after) {
        Map<String, Integer> count = new TreeMap<>();
        before.forEach(l -> count.merge(l, -1, Integer::sum));
        after.forEach(l -> count.merge(l, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        count.forEach((line, c) -> {
            for (int i = 0; i < Math.abs(c); i++) {
                out.add((c < 0 ? "- " : "+ ") + line);
            }
        });
        return out;
    }
}
