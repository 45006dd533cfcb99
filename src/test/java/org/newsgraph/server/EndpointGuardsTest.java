package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/**
 * What the endpoint answers to the mistakes and attacks it meets, over HTTP against a real dataset: the
 * Graph Store's default graph is SPARQL's (the union); a write to the read-only server and a syntax error are
 * answered with what is wrong and what to do; federated queries are refused unless their endpoint is allowed,
 * and then stay within the time limit; an over-long query is refused before it is read; a query's time limit
 * counts from its arrival, and a full waiting line answers 503 at once; {@code LOAD} never reads a server file.
 */
class EndpointGuardsTest {

    private static final int ARTICLES = 12;
    private static final int EXTRA = 5;

    @TempDir
    static Path tmp;

    static NewsStore store;
    static NewsServer server;
    /** Accepts connections and never answers: a remote endpoint that hangs. */
    static ServerSocket silent;
    static final AtomicInteger silentConnections = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        store = NewsStore.open(tmp.resolve("db"));
        store.putAll(SyntheticArticles.graphs("article", ARTICLES, EXTRA));
        server = NewsServer.create().dataset(store.dataset()).port(0).timeout(Duration.ofSeconds(2)).build().start();
        silent = new ServerSocket();
        silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(() -> {
            List<Socket> held = new ArrayList<>();
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                    silentConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        silent.close();
    }

    static String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
    }

    static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String url, String sparql) throws Exception {
        return post(url, "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void graphStoreDefaultGraphIsTheUnionOfTheArticlesAsInSparql() throws Exception {
        HttpResponse<String> union = get(server.graphStoreReadUrl() + "?default", "application/n-triples");
        assertEquals(200, union.statusCode(), union.body());
        Model graphStore = ModelFactory.createDefaultModel();
        RDFParser.fromString(union.body(), Lang.NTRIPLES).parse(graphStore);
        assertEquals(ARTICLES * SyntheticArticles.triplesPerArticle(EXTRA), graphStore.size());

        HttpResponse<String> construct = get(server.sparqlUrl() + "?query="
                + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8), "application/n-triples");
        Model sparql = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.body(), Lang.NTRIPLES).parse(sparql);
        assertTrue(sparql.isIsomorphicWith(graphStore), "the same default graph through both protocols");

        String one = NG.articleIri("article-3");
        HttpResponse<String> named = get(server.graphStoreReadUrl() + "?graph="
                + URLEncoder.encode(one, StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, named.statusCode());
        assertEquals(SyntheticArticles.triplesPerArticle(EXTRA), named.body().lines().count(), "one article's graph");

        HttpResponse<String> quads = get(server.graphStoreReadUrl(), "application/n-quads");
        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.fromString(quads.body(), Lang.NQUADS).parse(all);
        assertEquals(ARTICLES, all.stream().map(q -> q.getGraph()).distinct().count());
        assertEquals(0, all.getDefaultGraph().size(), "the dataset as quads: each triple once, in its article");
    }

    @Test
    void refusesWritesOnTheReadOnlyServerSayingWhatToDo() throws Exception {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> 1 }";
        List<HttpResponse<String>> refused = List.of(
                post(server.sparqlUrl(), "application/sparql-update", insert),
                post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                post(server.datasetUrl(), "application/sparql-update", insert),
                post(server.updateUrl(), "application/sparql-update", insert),
                post(server.graphStoreReadUrl() + "?default", "text/turtle", "<urn:x:s> <urn:x:p> 1 ."),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?default"))
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))
                        .header("Content-Type", "text/turtle").build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> r : refused) {
            assertEquals(403, r.statusCode(), r.request().uri() + ": " + r.body());
            assertTrue(r.body().contains("this endpoint is read-only"), r.body());
            assertTrue(r.body().contains("--allow-update"), "says how to allow updates: " + r.body());
        }
        assertEquals(ARTICLES, store.graphNames().size(), "nothing written");
    }

    @Test
    void answersASyntaxErrorWithLineColumnAndTokenInWords() throws Exception {
        HttpResponse<String> r = query(server.sparqlUrl(), "SELECT ?s\nWHERE { ?s ?p ?o } }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("syntax error at line 2, column 20: unexpected '}'"), r.body());
        assertFalse(r.body().contains("Encountered"), "no parser jargon: " + r.body());
    }

    @Test
    void refusesFederatedQueriesByDefaultWithoutFetchingAnything() throws Exception {
        int before = silentConnections.get();
        for (String q : List.of(
                "SELECT * { SERVICE <" + silentUrl() + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + silentUrl() + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + silentUrl() + "> } SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + silentUrl() + "> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <" + silentUrl() + "> { ?s ?p ?o } } } }")) {
            long start = System.nanoTime();
            HttpResponse<String> r = query(server.sparqlUrl(), q);
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertTrue(r.body().contains("federated queries (SERVICE) are off"), r.body());
            assertTrue((System.nanoTime() - start) / 1e9 < 5, "answered at once");
        }
        Thread.sleep(200);
        assertEquals(before, silentConnections.get(), "the server fetched nothing");
    }

    @Test
    void callsOnlyAllowedEndpointsAndWithinTheTimeLimit() throws Exception {
        try (NewsStore local = NewsStore.open(tmp.resolve("federating"));
             NewsServer federating = NewsServer.create().dataset(local.dataset()).port(0)
                     .timeout(Duration.ofSeconds(30)).allowServices(List.of(server.sparqlUrl(), silentUrl())).build()
                     .start()) {
            HttpResponse<String> ok = query(federating.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { SERVICE <"
                    + server.sparqlUrl() + "> { ?s ?p ?o } }");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains(">" + ARTICLES * SyntheticArticles.triplesPerArticle(EXTRA) + "<"), ok.body());

            HttpResponse<String> other = query(federating.sparqlUrl(), "SELECT * { SERVICE <http://127.0.0.1:9/x> "
                    + "{ ?s ?p ?o } }");
            assertEquals(400, other.statusCode(), other.body());
            assertTrue(other.body().contains("not one of the endpoints this server may call"), other.body());

            int before = silentConnections.get();
            HttpResponse<String> bound = query(federating.sparqlUrl(), "SELECT * { VALUES ?e { <http://127.0.0.1:"
                    + silent.getLocalPort() + "/other> } SERVICE SILENT ?e { ?s ?p ?o } }");
            assertTrue(bound.statusCode() >= 400 && bound.statusCode() < 500, "refused, SILENT or not: " + bound.body());
            assertTrue(bound.body().contains("is not allowed on this server"), bound.body());
            assertEquals(before, silentConnections.get(), "an endpoint bound at run time is checked too");
        }
        try (NewsStore local = NewsStore.open(tmp.resolve("federating-briefly"));
             NewsServer federating = NewsServer.create().dataset(local.dataset()).port(0)
                     .timeout(Duration.ofSeconds(2)).allowServices(List.of(silentUrl())).build().start()) {
            long start = System.nanoTime();
            HttpResponse<String> hanging = query(federating.sparqlUrl(), "SELECT * { SERVICE <" + silentUrl()
                    + "> { ?s ?p ?o } }");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(hanging.statusCode() >= 400, "a remote that never answers fails the query: " + hanging.statusCode());
            assertTrue(seconds < 8, "within the 2 s limit, not held: " + seconds + " s");
        }
    }

    @Test
    void refusesAnOverlongQueryBeforeReadingIt() throws Exception {
        StringBuilder values = new StringBuilder("SELECT * { ?s ?p ?o FILTER(?o IN (");
        while (values.length() < NewsServer.DEFAULT_MAX_QUERY_BYTES + 10) {
            values.append("123456, ");
        }
        values.append("1)) }");
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
            String body = type.endsWith("urlencoded") ? "query=" + URLEncoder.encode(values.toString(),
                    StandardCharsets.UTF_8) : values.toString();
            long start = System.nanoTime();
            HttpResponse<String> r = post(server.sparqlUrl(), type, body);
            assertEquals(413, r.statusCode(), type + ": " + r.body());
            assertTrue(r.body().contains("longer than this server accepts"), r.body());
            assertTrue((System.nanoTime() - start) / 1e9 < 5, "refused before parsing");
        }
        String huge = "x".repeat(8 << 20);
        try {
            HttpResponse<String> r = post(server.sparqlUrl(), "application/sparql-query", huge);
            assertEquals(413, r.statusCode(), "an 8 MB body is refused by its length");
        } catch (java.io.IOException closed) {
            // The server answered by the length alone and closed the connection while the body was still going up.
        }
        assertEquals(200, query(server.sparqlUrl(), "ASK { ?s ?p ?o }").statusCode(), "and goes on answering");
    }

    @Test
    void countsTheTimeLimitFromArrivalAndTurnsAwayWhatCannotWait() throws Exception {
        String slow = NewsServerTest.resource("cross-product.rq");
        try (NewsServer narrow = NewsServer.create().dataset(store.dataset()).port(0).timeout(Duration.ofSeconds(2))
                .concurrency(1, 1).build().start()) {
            List<CompletableFuture<Run>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = query(narrow.sparqlUrl(), slow);
                        return new Run(r.statusCode(), (System.nanoTime() - start) / 1e9, r.body());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                Thread.sleep(150);
            }
            List<Run> results = runs.stream().map(CompletableFuture::join).toList();
            for (Run r : results) {
                assertEquals(503, r.status(), "every slow query is stopped or turned away; this one answered after "
                        + r.seconds() + " s: " + r.body());
                assertTrue(r.seconds() < 4.5, "answered within the 2 s limit from its arrival (plus slack), not "
                        + "after waiting for the one before it: " + r.seconds() + " s");
            }
            assertTrue(results.stream().anyMatch(r -> r.seconds() < 1.0), "the one that found the line full was "
                    + "answered at once: " + results.stream().map(Run::seconds).toList());
        }
    }

    /** One request's answer: its status, the seconds it took, its body. */
    private record Run(int status, double seconds, String body) {
    }

    @Test
    void neverLoadsAFileOfTheServerMachine() throws Exception {
        try (NewsStore writable = NewsStore.open(tmp.resolve("writable"));
             NewsServer s = NewsServer.create().dataset(writable.dataset()).port(0).allowUpdate(true)
                     .credentials("editor", "a long password").build().start()) {
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    "editor:a long password".getBytes(StandardCharsets.UTF_8));
            for (String load : List.of("LOAD <file:///etc/passwd>", "LOAD <file:///etc/hostname> INTO GRAPH <urn:g>",
                    "LOAD <jar:file:///x.jar!/a.ttl>")) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.updateUrl()))
                        .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(load)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), load + ": " + r.body());
                assertTrue(r.body().contains("refused"), r.body());
            }
            assertEquals(0, writable.size(), "nothing read into the store");
        }
    }
}
