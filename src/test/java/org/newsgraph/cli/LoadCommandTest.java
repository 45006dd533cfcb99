package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** {@code extract --output FILE.nq} then {@code load}: a dataset like any other, with bad lines reported and skipped. */
class LoadCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path nquads;

    @BeforeAll
    static void extract() {
        nquads = shared.resolve("articles.nq");
        List<String> args = new ArrayList<>(List.of("extract", "--output", nquads.toString()));
        for (String f : List.of("a-jerusalem.txt", "b-riyadh.txt", "c-court.txt", "d-cohen.txt")) {
            args.add(Path.of("src/test/resources/linking", f).toString());
        }
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void loadsTheExtractedQuadsIntoADatasetThatAnswersQueries() {
        Path db = tmp.resolve("db");
        CliRun run = CliRun.run("load", "--db", db.toString(), nquads.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("0 lines rejected"), run.toString());
        assertFalse(Files.exists(tmp.resolve("db.loading")), "the building folder became the dataset");
        Dataset expected = RDFDataMgr.loadDataset(nquads.toString());
        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(4, store.graphNames().size());
            Dataset copy = org.apache.jena.query.DatasetFactory.create();
            for (String g : store.graphNames()) {
                String id = java.net.URLDecoder.decode(g.substring(org.newsgraph.rdf.NG.ARTICLE.length()),
                        StandardCharsets.UTF_8);
                copy.addNamedModel(g, store.articleGraph(id));
            }
            assertTrue(IsoMatcher.isomorphic(expected.asDatasetGraph(), copy.asDatasetGraph()));
            assertEquals("https://w3id.org/newsgraph/ns#", store.articleGraph("link-a").getNsPrefixURI("ng"),
                    "the dataset has the vocabulary's prefixes, as an ingested one has");
        }
        CliRun roles = CliRun.run("query", "--db", db.toString(), "--format", "csv", "queries/roles.rq");
        assertEquals(0, roles.exitCode(), roles.toString());
        assertTrue(roles.out().lines().count() > 1, roles.toString());
    }

    @Test
    void reportsALineThatIsNotNQuadsWithItsFileAndLineAndLoadsTheRest() throws IOException {
        Path dir = tmp.resolve("parts");
        Files.createDirectories(dir);
        List<String> lines = Files.readAllLines(nquads, StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>(lines);
        broken.add(3, "<http://example.org/a> <http://example.org/b> \"unterminated .");
        Files.write(dir.resolve("part-00000"), broken, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Path db = tmp.resolve("db");
        CliRun run = CliRun.run("load", "--db", db.toString(), dir.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(dir.resolve("part-00000") + ":4"), run.toString());
        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(lines.stream().filter(l -> !l.isBlank()).count(), store.size(), "every other line went in");
        }
    }

    @Test
    void refusesADatasetThatIsNotEmpty() throws IOException {
        Path db = tmp.resolve("db");
        Files.createDirectories(db);
        Files.writeString(db.resolve("something"), "x");
        CliRun run = CliRun.run("load", "--db", db.toString(), nquads.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not empty"), run.toString());
    }
}
