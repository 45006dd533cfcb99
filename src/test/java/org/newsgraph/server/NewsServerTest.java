package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/**
 * The endpoint's defaults, over HTTP against a real TDB2 dataset of 60 articles (3,660 triples): read-only,
 * loopback, a time limit that really stops a query, a cap on the rows, error bodies without stack traces;
 * and with updates allowed, writes only with the password.
 */
class NewsServerTest {

    private static final int ARTICLES = 60;
    private static final int EXTRA = 29;
    private static final long TRIPLES = ARTICLES * SyntheticArticles.triplesPerArticle(EXTRA);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static NewsStore store;
    static NewsServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = NewsStore.open(tmp.resolve("db"));
        store.putAll(SyntheticArticles.graphs("article", ARTICLES, EXTRA));
        server = NewsServer.create().dataset(store.dataset()).port(0).timeout(Duration.ofSeconds(1)).maxRows(500)
                .addServlet("/extension/*", new HttpServlet() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.setContentType("text/plain");
                        resp.getWriter().print("extension answered");
                    }
                })
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static String resource(String name) {
        try (InputStream in = NewsServerTest.class.getResourceAsStream("/server/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static HttpResponse<String> query(String url, String sparql) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(post, HttpResponse.BodyHandlers.ofString());
    }

    static int rows(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = JSON.readTree(response.body());
        return json.path("results").path("bindings").size();
    }

    /**
     * Sends on a connection of its own: a server may close the connection after refusing a request whose
     * body it did not read, and a refused write must not make the next request fail.
     */
    static int send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static HttpRequest.Builder update(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesSparqlUpdateAndGraphStoreWritesByDefault() throws Exception {
        String insert = resource("insert.ru");
        for (String url : List.of(server.updateUrl(), server.datasetUrl(), server.sparqlUrl(), server.graphStoreUrl())) {
            int status = send(update(url, insert).build());
            assertTrue(status >= 400 && status < 500, url + " answered " + status + " to an update");
        }
        String turtle = "<urn:newsgraph-test:s> <urn:newsgraph-test:p> \"written\" .";
        for (String url : List.of(server.graphStoreUrl(), server.graphStoreReadUrl(), server.datasetUrl())) {
            String target = url + "?graph=" + URLEncoder.encode("urn:newsgraph-test:g", StandardCharsets.UTF_8);
            for (String method : List.of("PUT", "POST")) {
                int status = send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle)).build());
                assertTrue(status >= 400 && status < 500, method + " " + target + " answered " + status);
            }
            int status = send(HttpRequest.newBuilder(URI.create(url + "?default")).DELETE().build());
            assertTrue(status >= 400 && status < 500, "DELETE " + url + " answered " + status);
        }
        assertEquals(ARTICLES, store.graphNames().size(), "nothing was written or deleted");
        assertEquals(TRIPLES, store.size());
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", server.host());
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        }
        InetAddress other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        assumeTrue(other != null, "this machine has no other IPv4 address to try");
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other, server.port()), 2000);
            }
        }, "not reachable on " + other);
    }

    @Test
    void stopsAPathologicalQueryNearTheTimeLimit() throws Exception {
        String crossProduct = resource("cross-product.rq");
        for (String url : List.of(server.sparqlUrl(), server.sparqlUrl() + "?timeout=3600")) {
            long start = System.nanoTime();
            HttpResponse<String> response = query(url, crossProduct);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, response.statusCode(), "a cancelled query: " + response.body());
            assertTrue(seconds >= 0.9 && seconds < 6, url + ": stopped after " + seconds + " s with a 1 s limit");
        }
        // Stopped, not just answered: no thread is still evaluating it.
        Thread.sleep(300);
        List<String> evaluating = Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine.iterator")))
                .map(e -> e.getKey().getName()).toList();
        assertTrue(evaluating.isEmpty(), "threads still evaluating a query: " + evaluating);
        assertEquals(10, rows(query(server.sparqlUrl(), resource("ten-triples.rq"))), "still answering");
    }

    @Test
    void capsTheNumberOfRowsOfEveryQuery() throws Exception {
        assertEquals(500, rows(query(server.sparqlUrl(), resource("all-triples.rq"))), "no LIMIT: capped");
        assertEquals(500, rows(query(server.sparqlUrl(), resource("all-triples.rq") + " LIMIT 100000")),
                "a larger LIMIT is lowered");
        assertEquals(10, rows(query(server.sparqlUrl(), resource("ten-triples.rq"))), "a smaller LIMIT is kept");
    }

    @Test
    void answersErrorsWithoutStackTraces() throws Exception {
        HttpResponse<String> malformed = query(server.sparqlUrl(), resource("malformed.rq"));
        assertEquals(400, malformed.statusCode());
        HttpResponse<String> timedOut = query(server.sparqlUrl(), resource("cross-product.rq"));
        for (HttpResponse<String> r : List.of(malformed, timedOut)) {
            String body = r.body();
            assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("Exception"),
                    "no stack trace or exception class in a " + r.statusCode() + " body: " + body);
        }
    }

    @Test
    void servesAddedServletsBesideTheEndpoint() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.serverUrl() + "extension/x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("extension answered", r.body());
    }

    @Test
    void leavesNoFusekiWorkAreaInTheWorkingDirectory() {
        assertFalse(Files.exists(Path.of(System.getProperty("user.dir"), "run")), "no ./run");
        assertTrue(System.getProperty("FUSEKI_BASE") != null || System.getenv("FUSEKI_BASE") != null);
    }

    @Test
    void refusesToBuildAWritableServerWithoutCredentials() {
        assertThrows(NewsGraphException.class,
                () -> NewsServer.create().dataset(store.dataset()).port(0).allowUpdate(true).build());
        assertThrows(IllegalArgumentException.class, () -> NewsServer.create().credentials("newsgraph", ""));
    }

    @Test
    void acceptsUpdatesOnlyFromTheUserWithThePassword() throws Exception {
        try (NewsStore writable = NewsStore.open(tmp.resolve("writable"));
             NewsServer s = NewsServer.create().dataset(writable.dataset()).port(0).allowUpdate(true)
                     .credentials("editor", "correct horse battery").build().start()) {
            String insert = resource("insert.ru");
            assertEquals(401, send(update(s.updateUrl(), insert).build()), "no credentials");
            assertEquals(401, send(update(s.updateUrl(), insert).header("Authorization", basic("editor", "guess"))
                    .build()), "wrong password");
            assertEquals(401, send(update(s.updateUrl(), insert).header("Authorization",
                    basic("someone", "correct horse battery")).build()), "wrong user");
            int denied = send(update(s.datasetUrl(), insert).header("Authorization",
                    basic("editor", "correct horse battery")).build());
            assertTrue(denied >= 400 && denied < 500, "updates only at /update, got " + denied);
            assertEquals(0, writable.size(), "nothing written without the password");

            int ok = send(update(s.updateUrl(), insert).header("Authorization", basic("editor", "correct horse battery"))
                    .build());
            assertTrue(ok == 200 || ok == 204, "the user with the password may update: " + ok);
            assertEquals(List.of("urn:newsgraph-test:intruder"), writable.graphNames());

            String target = s.graphStoreUrl() + "?graph=" + URLEncoder.encode("urn:newsgraph-test:g", StandardCharsets.UTF_8);
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:newsgraph-test:a> <urn:newsgraph-test:b> 1 ."));
            assertEquals(401, send(put.build()));
            int putStatus = send(put.header("Authorization", basic("editor", "correct horse battery")).build());
            assertTrue(putStatus == 200 || putStatus == 201 || putStatus == 204, "graph store write: " + putStatus);
            assertEquals(2, writable.graphNames().size());

            assertEquals(2, rows(query(s.sparqlUrl(), resource("all-triples.rq"))), "queries need no password");
        }
    }
}
