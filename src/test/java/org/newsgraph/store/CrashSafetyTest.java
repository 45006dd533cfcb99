package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;
import org.newsgraph.rdf.NG;

/**
 * Kills a real {@code newsgraph ingest} process with SIGKILL in the middle of its work, twice, and checks
 * that the dataset it leaves holds every article either whole or not at all; then runs the same ingest to
 * the end and checks that everything is in once, with the graphs written before the crash identical to
 * those of the clean run.
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The 62 Wikinews articles of data/ and the first Reuters articles of the shared corpus. */
    private Path input(int reuters) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data/wikinews.jsonl")));
        Path corpus = Path.of(System.getProperty("newsgraph.shared", "../shared"), "corpus/reuters21578/articles.jsonl");
        try (var in = Files.lines(corpus)) {
            in.limit(reuters).forEach(lines::add);
        }
        return Files.write(tmp.resolve("articles.jsonl"), lines);
    }

    private static Set<String> ids(Path jsonl) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode node = JSON.readTree(line);
            ids.add(node.get("id").asText());
        }
        return ids;
    }

    /** Starts {@code newsgraph -v ingest} in a new JVM and kills it after {@code batches} batches were written. */
    private static void ingestAndKill(Path db, Path input, int batches, long extraMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "-v", "ingest", "--db", db.toString(), "--batch-size", "8",
                "--threads", "2", "--no-progress", input.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        AtomicInteger written = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    if (line.contains("articles written")) {
                        written.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (written.get() < batches && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the ingest was still running when killed (" + written.get() + " batches)");
        Thread.sleep(extraMillis);
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    /** Every article graph in the store is whole: its article node, its id and its body; returns the graphs. */
    private static Map<String, Model> checkEveryGraphIsWhole(Path db) {
        Map<String, Model> graphs = new HashMap<>();
        try (NewsStore store = NewsStore.open(db)) {
            for (String name : store.graphNames()) {
                String id = java.net.URLDecoder.decode(name.substring(NG.ARTICLE.length()), StandardCharsets.UTF_8);
                Model m = store.articleGraph(id);
                Resource article = m.getResource(name);
                assertTrue(m.contains(article, RDF.type, SchemaDO.NewsArticle), name + " has its article node");
                assertEquals(1, m.listSubjectsWithProperty(RDF.type, SchemaDO.NewsArticle).toList().size(), name);
                assertEquals(1, m.listObjectsOfProperty(article, SchemaDO.articleBody).toList().size(), name);
                assertEquals(id, m.getRequiredProperty(article, DCTerms.identifier).getString(), name);
                graphs.put(id, m);
            }
        }
        return graphs;
    }

    @Test
    void anIngestKilledMidwayLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
        Path input = input(10);
        Set<String> ids = ids(input);
        Path db = tmp.resolve("db");
        Random random = new Random();

        ingestAndKill(db, input, 2, random.nextInt(150));
        Map<String, Model> afterFirstCrash = checkEveryGraphIsWhole(db);
        assertTrue(afterFirstCrash.size() >= 16 && afterFirstCrash.size() < ids.size(),
                "killed midway: " + afterFirstCrash.size() + " of " + ids.size() + " articles in");
        assertEquals(0, afterFirstCrash.size() % 8, "whole batches only: " + afterFirstCrash.size());

        ingestAndKill(db, input, 3, random.nextInt(150));
        Map<String, Model> afterSecondCrash = checkEveryGraphIsWhole(db);
        assertTrue(afterSecondCrash.keySet().containsAll(afterFirstCrash.keySet()), "nothing lost by the second crash");

        CliRun rerun = CliRun.run("ingest", "--db", db.toString(), "--no-progress", input.toString());
        assertEquals(0, rerun.exitCode(), rerun.toString());
        Map<String, Model> complete = checkEveryGraphIsWhole(db);
        assertEquals(ids, new LinkedHashSet<>(ids.stream().filter(complete::containsKey).toList()),
                "every article is in");
        assertEquals(ids.size(), complete.size(), "and nothing twice");
        afterSecondCrash.forEach((id, crashed) -> assertTrue(crashed.isIsomorphicWith(complete.get(id)),
                id + ": the graph written before the crash is the full graph"));
        try (NewsStore store = NewsStore.open(db)) {
            long quads = complete.values().stream().mapToLong(Model::size).sum();
            long[] summaries = new long[1];
            store.select(org.apache.jena.query.QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <"
                    + NG.SUMMARIES + "> { ?s ?p ?o } }")).forEachRemaining(r -> summaries[0] = r.getLiteral("n").getLong());
            assertEquals(quads, store.size() - summaries[0],
                    "no stray quads outside the article graphs and the summaries graph");
        }
    }
}
