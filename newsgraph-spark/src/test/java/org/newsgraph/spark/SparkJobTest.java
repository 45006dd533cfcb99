package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;

/**
 * The job in local mode over a few dozen articles: the same graphs as a local run over the same input, short
 * names linked across partitions; the fact tables as the contract queries give them; bad records reported with
 * their file and line, the rest kept.
 */
class SparkJobTest {

    static SparkSession spark;

    @TempDir
    static Path tmp;

    static Path input;

    @BeforeAll
    static void start() throws IOException {
        spark = Sessions.local(2);
        input = tmp.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        // articles that link across each other: "Rubio" in link-b is the Marco Rubio link-a names in full
        // the seed's text is kept in ../shared, beside the repository
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_RECORD_BYTES,
                List.of(Path.of("../../shared/seed")));
        try (Stream<ReadResult> read = reader.read(List.of(
                "../src/test/resources/linking/a-jerusalem.txt", "../src/test/resources/linking/b-riyadh.txt",
                "../src/test/resources/linking/c-court.txt", "../src/test/resources/linking/d-cohen.txt",
                "../data/rubio-2025-03-11.json"))) {
            read.forEach(r -> lines.add(toJson(json, ((ReadResult.Accepted) r).article())));
        }
        try (Stream<String> wikinews = Files.lines(Path.of("../data/wikinews.jsonl"))) {
            wikinews.limit(24).forEach(lines::add);
        }
        lines.add(3, "{\"id\": \"broken\", \"text\": ");                     // line 4: malformed JSON
        lines.add(7, "{\"id\": \"no-text\"}");                              // line 8: no text
        String again = lines.get(lines.size() - 1);                          // an id read twice: the later wins
        lines.add(lines.size() - 3, again.replace("\"text\": \"", "\"text\": \"An earlier version. "));
        Files.write(input, lines, StandardCharsets.UTF_8);
    }

    private static String toJson(ObjectMapper json, Article a) {
        ObjectNode n = json.createObjectNode().put("id", a.id()).put("text", a.text());
        if (a.title() != null) {
            n.put("title", a.title());
        }
        if (a.published() != null) {
            n.put("published", a.published());
        }
        if (a.source() != null) {
            n.put("source", a.source());
        }
        return n.toString();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Quads of every graph of an N-Quads dataset, as sets of triples by graph name. */
    static Map<String, Set<Triple>> graphs(Dataset ds) {
        Map<String, Set<Triple>> out = new HashMap<>();
        ds.listNames().forEachRemaining(g -> {
            Set<Triple> triples = new HashSet<>();
            ds.getNamedModel(g).getGraph().find().forEachRemaining(triples::add);
            out.put(g, triples);
        });
        return out;
    }

    /** Every part file of the job's N-Quads output, read into one dataset. */
    static Dataset nquads(Path dir) throws IOException {
        Dataset ds = org.apache.jena.query.DatasetFactory.create();
        try (Stream<Path> parts = Files.list(dir.resolve("nquads"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                RDFDataMgr.read(ds, p.toString(), org.apache.jena.riot.Lang.NQUADS);
            }
        }
        return ds;
    }

    @Test
    void givesTheGraphsOfALocalRunWithShortNamesLinkedAcrossPartitionsAndReportsBadRecords() throws IOException {
        Path out = tmp.resolve("out");
        NewsgraphJob.Summary summary = NewsgraphJob.run(spark, "--input", input.toString(), "--output",
                out.toString(), "--partitions", "5");
        assertEquals(2, summary.rejected(), summary.toString());
        assertEquals(1, summary.duplicates(), summary.toString());

        Map<String, Set<Triple>> local = new HashMap<>();
        Extraction.standard().run(new ArticleReader().read(List.of(input.toString())), g -> {
            Set<Triple> triples = new HashSet<>();
            g.model().getGraph().find().forEachRemaining(triples::add);
            local.put(g.graphIri(), triples);
        }, 2, tmp.resolve("scratch"));
        Map<String, Set<Triple>> distributed = graphs(nquads(out));
        assertEquals(local.keySet(), distributed.keySet());
        for (String g : local.keySet()) {
            assertEquals(local.get(g), distributed.get(g), g);
        }
        assertEquals(summary.articles(), local.size());

        List<String> rejects = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("rejects"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                rejects.addAll(Files.readAllLines(p));
            }
        }
        assertEquals(2, rejects.size(), rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.contains("\"line\":4") && r.contains("malformed JSON")), rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.contains("\"line\":8") && r.contains("'text'")), rejects.toString());
    }

    @Test
    void writesAFactTableOfEachKindWithTheContractQueriesColumns() {
        Path out = tmp.resolve("tables");
        NewsgraphJob.run(spark, "--input", input.toString(), "--output", out.toString(), "--no-compress");
        List<Row> roles = spark.read().parquet(out.resolve("parquet/roles").toString()).collectAsList();
        assertEquals(List.of("article", "person", "role", "organization"),
                List.of(spark.read().parquet(out.resolve("parquet/roles").toString()).columns()));
        assertTrue(roles.stream().anyMatch(r -> r.getString(0).equals("rubio-2025-03-11")
                && r.getString(1).equals("Marco Rubio") && r.getString(2).equals("Secretary of State")
                && "United States".equals(r.getString(3))), roles.toString());
        List<Row> meetings = spark.read().parquet(out.resolve("parquet/meetings").toString())
                .filter("article = 'rubio-2025-03-11' and location = 'Jeddah'").collectAsList();
        assertTrue(meetings.stream().anyMatch(r -> "2025-03-10".equals(r.getString(4))), meetings.toString());
        var dates = spark.read().parquet(out.resolve("parquet/dates").toString());
        assertEquals("LongType", dates.schema().apply("begin").dataType().toString());
        for (String kind : List.of("entities", "quotes")) {
            assertTrue(spark.read().parquet(out.resolve("parquet/" + kind).toString()).count() > 0, kind);
        }
    }
}
