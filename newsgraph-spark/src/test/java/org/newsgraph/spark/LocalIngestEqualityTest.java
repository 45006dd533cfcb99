package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * On 502 real articles of every corpus (all 62 Wikinews articles and the first 110 of each other corpus), the
 * job in local mode and one local ingest into a TDB2 dataset give the same triples, graph by graph, and the
 * job's roles table the rows {@code queries/roles.rq} gives over the dataset. In the Maven profile
 * {@code equality} ({@code mvn verify -Pequality}, which CI runs): about a minute and a half on two cores.
 */
class LocalIngestEqualityTest {

    @TempDir
    Path tmp;

    private static final Path CORPUS = Path.of(System.getProperty("newsgraph.shared", "../../shared"), "corpus");

    private Path corpusSample() throws IOException {
        Path file = tmp.resolve("sample.jsonl");
        List<String> lines = new ArrayList<>();
        for (String source : List.of("wikinews", "reuters21578", "bbc-news-2004-2005", "allsides-2012-2020",
                "reuters-financial-2010-2013")) {
            try (Stream<String> in = Files.lines(CORPUS.resolve(source).resolve("articles.jsonl"))) {
                in.limit(source.equals("wikinews") ? 62 : 110).forEach(lines::add);
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theJobAndALocalIngestGiveTheSameTriplesInEveryGraph() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("newsgraph.equality.skip"),
                "runs in the Maven profile 'equality'");
        Path input = corpusSample();
        Map<String, Set<Triple>> ingested = new HashMap<>();
        Set<List<String>> roles = new HashSet<>();
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Ingestor.Result r = new Ingestor(store).ingest(new ArticleReader().read(List.of(input.toString())), 2,
                    Pipeline.Progress.NONE);
            assertEquals(502, r.report().articles());
            assertTrue(r.relinked() > 0, "some articles were linked to names other articles gave");
            for (String graph : store.graphNames()) {
                String id = java.net.URLDecoder.decode(graph.substring(NG.ARTICLE.length()), StandardCharsets.UTF_8);
                Set<Triple> triples = new HashSet<>();
                store.articleGraph(id).getGraph().find().forEachRemaining(triples::add);
                ingested.put(graph, triples);
            }
            store.select(Queries.bundled("roles")).forEachRemaining(row -> roles.add(List.of(
                    row.getLiteral("article").getString(), row.getLiteral("person").getString(),
                    row.getLiteral("role").getString(),
                    row.get("organization") == null ? "" : row.getLiteral("organization").getString())));
        }

        SparkSession spark = Sessions.local(2);
        try {
            Path out = tmp.resolve("out");
            NewsgraphJob.Summary summary = NewsgraphJob.run(spark, "--input", input.toString(), "--output",
                    out.toString(), "--partitions", "7");
            assertEquals(502, summary.articles());
            Map<String, Set<Triple>> distributed = SparkJobTest.graphs(SparkJobTest.nquads(out));
            assertEquals(ingested.keySet(), distributed.keySet());
            List<String> differ = new ArrayList<>();
            for (String g : ingested.keySet()) {
                if (!ingested.get(g).equals(distributed.get(g))) {
                    differ.add(g);
                }
            }
            assertEquals(List.of(), differ, "graphs whose triples differ");
            Set<List<String>> tableRoles = new HashSet<>();
            for (Row r : spark.read().parquet(out.resolve("parquet/roles").toString()).collectAsList()) {
                tableRoles.add(List.of(r.getString(0), r.getString(1), r.getString(2),
                        r.isNullAt(3) ? "" : r.getString(3)));
            }
            assertEquals(roles, tableRoles);
        } finally {
            spark.stop();
        }
    }
}
