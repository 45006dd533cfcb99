package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph serve} as its own process, holding its dataset: a second process that tries to ingest
 * into it fails at once and says how to do it instead; files put into the server's inbox are ingested by
 * the server; updates need the password given in {@code NEWSGRAPH_PASSWORD}.
 */
class ServeProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a password only this test knows";
    private static final String TEXT = "The minister met the delegation in Geneva on Monday.";

    @TempDir
    static Path tmp;

    static Process server;
    static String sparql;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "serve", "--db", tmp.resolve("db").toString(), "--port", "0",
                "--allow-update", "--user", "editor", "--inbox", tmp.resolve("inbox").toString());
        pb.environment().put("NEWSGRAPH_PASSWORD", PASSWORD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        server = pb.start();
        CompletableFuture<String> endpoint = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.strip().startsWith("SPARQL endpoint:")) {
                        return line.strip().substring("SPARQL endpoint:".length()).strip();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        sparql = endpoint.get(60, TimeUnit.SECONDS);
        assertTrue(sparql != null && URI.create(sparql).getHost().equals("127.0.0.1"), "the server started: " + sparql);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private static String line(String id, String text) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("id", id, "text", text));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServeProcessTest.class.getResourceAsStream("/server/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long articles() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query="
                        + URLEncoder.encode(resource("counts.rq"), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings").get(0).path("articles").path("value").asLong();
    }

    @Test
    void anIngestIntoTheServedDatasetFailsAtOnceAndSaysWhatToDo() throws IOException {
        Path file = Files.writeString(tmp.resolve("one.jsonl"), line("one", TEXT) + "\n");
        long start = System.nanoTime();
        CliRun run = CliRun.run("ingest", "--db", tmp.resolve("db").toString(), file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(seconds < 5, "failed after " + seconds + " s");
        assertTrue(run.err().contains("is in use by another process"), run.toString());
        assertTrue(run.err().contains("serve --inbox DIR"), "says how to ingest meanwhile: " + run);
        assertTrue(run.out().isEmpty(), "no summary, nothing was read: " + run);
    }

    @Test
    void ingestsFilesPutIntoTheInboxAndKeepsServing() throws Exception {
        Path inbox = tmp.resolve("inbox");
        long before = articles();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append(line("inbox-" + i, TEXT)).append('\n');
        }
        Path partial = Files.writeString(inbox.resolve(".feed.jsonl"), lines.toString());
        Files.move(partial, inbox.resolve("feed.jsonl"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(inbox.resolve(".bad.jsonl"), line("inbox-ok", TEXT) + "\n{broken\n");
        Files.move(inbox.resolve(".bad.jsonl"), inbox.resolve("bad.jsonl"), StandardCopyOption.ATOMIC_MOVE);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!(Files.exists(inbox.resolve("done/feed.jsonl")) && Files.exists(inbox.resolve("rejected/bad.jsonl.log")))
                && System.nanoTime() < deadline) {
            assertTrue(articles() >= before, "queries keep answering during the ingest");
            Thread.sleep(200);
        }
        assertTrue(Files.exists(inbox.resolve("done/feed.jsonl")), "the good file was ingested and moved");
        assertTrue(Files.exists(inbox.resolve("rejected/bad.jsonl")), "the file with a bad line was moved apart");
        String log = Files.readString(inbox.resolve("rejected/bad.jsonl.log"));
        assertTrue(log.contains("bad.jsonl:2: malformed JSON"), log);
        assertEquals(before + 6, articles(), "5 + 1 articles in");
    }

    @Test
    void setsAsideAFileThatPointsAtASpecialFileAndKeepsIngesting() throws Exception {
        Path inbox = tmp.resolve("inbox");
        long before = articles();
        Files.writeString(inbox.resolve(".bomb.json"), "{\"id\": \"bomb\", \"textFile\": \"/dev/zero\"}\n");
        Files.move(inbox.resolve(".bomb.json"), inbox.resolve("a-bomb.json"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(inbox.resolve(".after.jsonl"), line("after-the-bomb", TEXT) + "\n");
        Files.move(inbox.resolve(".after.jsonl"), inbox.resolve("b-after.jsonl"), StandardCopyOption.ATOMIC_MOVE);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(inbox.resolve("done/b-after.jsonl")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(inbox.resolve("rejected/a-bomb.json")), "the bad file was set aside");
        String log = Files.readString(inbox.resolve("rejected/a-bomb.json.log"));
        assertTrue(log.contains("a-bomb.json: textFile '/dev/zero'"), log);
        assertTrue(Files.exists(inbox.resolve("done/b-after.jsonl")), "the next file was still ingested");
        assertEquals(before + 1, articles());
    }

    @Test
    void acceptsUpdatesOnlyWithThePasswordFromTheEnvironment() throws Exception {
        String update = sparql.replace("/sparql", "/update");
        String insert = resource("insert.ru");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(update))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert));
        assertEquals(401, HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String auth = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        int status = HTTP.send(post.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 200 || status == 204, "with the password: " + status);
    }

    @Test
    void refusesToServeUpdatesWithoutAPassword() throws IOException {
        assumeTrue(System.getenv("NEWSGRAPH_PASSWORD") == null, "NEWSGRAPH_PASSWORD is set in this environment");
        CliRun run = CliRun.run("serve", "--db", tmp.resolve("other-db").toString(), "--port", "0", "--allow-update");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--allow-update needs a password"), run.toString());
        Path empty = Files.writeString(tmp.resolve("empty-password"), "\n");
        CliRun emptyFile = CliRun.run("serve", "--db", tmp.resolve("other-db").toString(), "--port", "0",
                "--allow-update", "--password-file", empty.toString());
        assertEquals(2, emptyFile.exitCode(), emptyFile.toString());
        assertTrue(List.of(run, emptyFile).stream().noneMatch(r -> r.out().contains("serving")), "never started");
    }
}
