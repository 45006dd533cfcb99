package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestReport;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.server.NewsServer;

/**
 * Queries over HTTP while an ingest writes through the same store: every answer comes, and every answer is
 * a snapshot taken between two batches (never half a batch), with counts that never go down.
 */
class ConcurrentIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A state of the dataset: how many article graphs and quads it holds. */
    record State(long articles, long quads) {
    }

    private static String counts() throws IOException {
        try (InputStream in = ConcurrentIngestTest.class.getResourceAsStream("/server/counts.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void queriesSeeWholeBatchesWhileAnIngestWrites() throws Exception {
        String sparql = counts();
        Pipeline pipeline = Pipeline.standard();
        try (NewsStore store = NewsStore.open(tmp.resolve("db"));
             NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).build().start()) {
            // The states a reader may see: the empty store and the store after each batch.
            Set<State> committed = ConcurrentHashMap.newKeySet();
            committed.add(new State(0, 0));
            long[] total = new long[2];
            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            List<State> seen = Collections.synchronizedList(new ArrayList<>());

            HttpClient http = HttpClient.newHttpClient();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Thread t = new Thread(() -> {
                    State last = new State(0, 0);
                    do {
                        try {
                            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/sparql-results+json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (resp.statusCode() != 200) {
                                errors.add("HTTP " + resp.statusCode() + ": " + resp.body());
                                continue;
                            }
                            JsonNode row = JSON.readTree(resp.body()).path("results").path("bindings").get(0);
                            State s = new State(row.path("articles").path("value").asLong(),
                                    row.path("quads").path("value").asLong());
                            if (s.articles() < last.articles() || s.quads() < last.quads()) {
                                errors.add("went back from " + last + " to " + s);
                            }
                            last = s;
                            seen.add(s);
                        } catch (IOException | InterruptedException | RuntimeException e) {
                            errors.add(e.toString());
                        }
                    } while (writing.get());
                });
                t.start();
                readers.add(t);
            }

            IngestReport report;
            try {
                report = pipeline.run(new ArticleReader().read(List.of("data/wikinews.jsonl")), (List<ArticleGraph> batch) -> {
                    for (ArticleGraph g : batch) {
                        total[0]++;
                        total[1] += g.model().size();
                    }
                    committed.add(new State(total[0], total[1]));
                    store.putAll(batch);
                }, 2, 4, Pipeline.Progress.NONE);
            } finally {
                writing.set(false);
            }
            for (Thread t : readers) {
                t.join(60_000);
            }

            assertEquals(62, report.articles());
            assertTrue(errors.isEmpty(), errors.size() + " failures, first: " + (errors.isEmpty() ? "" : errors.get(0)));
            assertTrue(seen.size() >= 20, "queries ran during the ingest: " + seen.size());
            for (State s : seen) {
                assertTrue(committed.contains(s), s + " is not a state between two batches");
            }
            assertTrue(seen.stream().anyMatch(s -> s.articles() > 0 && s.articles() < 62),
                    "some queries ran while the ingest was half done");
            assertEquals(new State(62, total[1]), new State(store.graphNames().size(), store.size()));
        }
    }
}
