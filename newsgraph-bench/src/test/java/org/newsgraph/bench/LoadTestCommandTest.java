package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/** A short run of {@code newsgraph loadtest}: 2 clients for 2 seconds against its own loopback server. */
class LoadTestCommandTest {

    @TempDir
    Path tmp;

    @Test
    void runsTheContractQueriesConcurrentlyAndReportsNoErrors() {
        Path db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            store.putAll(graphs(20, 10));
        }
        ToolRun run = ToolRun.run("loadtest", "--db", db.toString(), "--clients", "2", "--seconds", "2", "--warmup", "0");
        assertEquals(0, run.exitCode(), run.toString());
        Matcher m = Pattern.compile("throughput ([0-9.]+) queries/s over [0-9.]+ s, (\\d+) queries, (\\d+) errors")
                .matcher(run.out());
        assertTrue(m.find(), run.toString());
        assertTrue(Double.parseDouble(m.group(1)) > 0 && Long.parseLong(m.group(2)) >= 4, run.toString());
        assertEquals("0", m.group(3));
        for (String q : LoadTestCommand.CONTRACT_QUERIES) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(q + " ")), q + " was sent: " + run);
        }
    }

    @Test
    void refusesAnEndpointOffThisMachine() {
        ToolRun run = ToolRun.run("loadtest", "--endpoint", "http://192.0.2.1:3030/newsgraph/sparql", "--seconds", "1");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("must be on this machine"), run.toString());
    }

    @Test
    void computesNearestRankPercentiles() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        assertEquals(50.0, LoadTestCommand.percentile(ms, 50));
        assertEquals(99.0, LoadTestCommand.percentile(ms, 99));
        assertEquals(0.0, LoadTestCommand.percentile(new long[0], 99));
    }

    /** Article graphs of a known size: each article node with its identifier and body, and labelled nodes. */
    private static List<ArticleGraph> graphs(int count, int extra) {
        List<ArticleGraph> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "load-" + i;
            String iri = NG.articleIri(id);
            Model m = ModelFactory.createDefaultModel();
            Resource a = m.createResource(iri, SchemaDO.NewsArticle);
            a.addProperty(DCTerms.identifier, id);
            a.addProperty(SchemaDO.articleBody, "Body of " + id + ".");
            for (int j = 0; j < extra; j++) {
                Resource node = m.createResource(iri + "#node-" + j);
                node.addProperty(RDFS.label, "node " + j + " of " + id);
                node.addProperty(NG.inArticle, a);
            }
            result.add(new ArticleGraph(id, iri, m));
        }
        return result;
    }
}
