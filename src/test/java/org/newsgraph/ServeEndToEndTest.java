package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/** The embedded Fuseki endpoint over a real TDB2 dataset, queried over HTTP on 127.0.0.1. */
class ServeEndToEndTest {

    @TempDir
    static Path tmp;

    static NewsStore store;
    static NewsServer server;

    @BeforeAll
    static void start() {
        store = NewsStore.open(tmp.resolve("db"));
        store.put(Fixtures.pipeline().process(Fixtures.seed()));
        List<org.newsgraph.rdf.ArticleGraph> filler = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            filler.add(Fixtures.pipeline().process(Article.of("filler-" + i,
                    "Officials met in Geneva on Monday. Talks went on for " + i + " hours.")));
        }
        store.putAll(filler);
        server = NewsServer.create().dataset(store.dataset()).port(0).timeout(Duration.ofSeconds(1)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void answersASelectOverHttpWithTheArticle() {
        String q = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?a dct:identifier ?id } ORDER BY ?id";
        List<String> ids = new ArrayList<>();
        try (var qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(QueryFactory.create(q)).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining((QuerySolution row) -> ids.add(row.getLiteral("id").getString()));
        }
        assertTrue(ids.contains("rubio-2025-03-11"), "the seed article is served: " + ids);
        assertEquals(41, ids.size());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:" + server.port() + "/newsgraph/"));
    }

    @Test
    void refusesSparqlUpdate() throws Exception {
        // A server may close a connection after refusing a request whose body it did not read: each request
        // goes on a connection of its own, so one refusal cannot make the next request fail.
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> \"o\" }";
        for (String path : List.of("/update", "", "/sparql")) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            int status = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"o\" .")).build();
        int status = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400 && status < 500, "graph store PUT answered " + status);
        assertEquals(41, store.graphNames().size(), "nothing was written");
    }

    @Test
    void stopsAQueryThatRunsPastTheTimeLimit() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        assertThrows(Exception.class, () -> {
            try (var qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(QueryFactory.create(slow)).build()) {
                qe.execSelect().forEachRemaining(r -> { });
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, "the 1 s limit stopped the query after " + seconds + " s");
    }

    @Test
    void runsTheContractQueries() {
        for (String name : List.of("roles", "meetings", "entities", "dates")) {
            try (var qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(Queries.bundled(name)).build()) {
                ResultSet rs = qe.execSelect();
                assertTrue(rs.getResultVars().size() >= 3, name + " has its contract variables");
                rs.forEachRemaining(r -> { });
            }
        }
    }
}
