package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.NewsStore;

/** The whole path from input files to the TDB2 store, with the real models and a real dataset on disk. */
class IngestEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void readsTheSeedArticleFromEveryInputFormat() throws Exception {
        Article seed = Fixtures.seed();
        ObjectNode node = JSON.createObjectNode()
                .put("id", seed.id()).put("title", seed.title()).put("published", seed.published())
                .put("source", seed.source()).put("text", seed.text());
        Path txt = tmp.resolve("seed.txt");
        Files.writeString(txt, "Title: " + seed.title() + "\nPublished: " + seed.published() + "\nSource: JNS\nId: "
                + seed.id() + "\n\n" + seed.text() + "\n");
        Path json = tmp.resolve("seed.json");
        Files.writeString(json, JSON.writeValueAsString(node));
        Path array = tmp.resolve("array.json");
        Files.writeString(array, "[" + JSON.writeValueAsString(node) + "]");
        Path jsonl = tmp.resolve("seed.jsonl");
        Files.writeString(jsonl, JSON.writeValueAsString(node) + "\n");

        for (Path input : List.of(txt, json, array, jsonl)) {
            List<ReadResult> results = new ArticleReader().read(List.of(input.toString())).toList();
            assertEquals(1, results.size(), input.toString());
            Article read = ((ReadResult.Accepted) results.get(0)).article();
            assertEquals(seed, read, "article read from " + input.getFileName());
        }

        System.setIn(new ByteArrayInputStream((JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8)));
        List<ReadResult> fromStdin = new ArticleReader().read(List.of("-")).toList();
        assertEquals(seed, ((ReadResult.Accepted) fromStdin.get(0)).article());
    }

    @Test
    void storedArticleGraphConformsToTheShapes() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.put(Fixtures.pipeline().process(Fixtures.seed()));
            Model graph = store.articleGraph(Fixtures.seed().id());
            assertTrue(graph.contains(null, org.apache.jena.vocabulary.RDF.type, SchemaDO.NewsArticle), "the article graph holds the article");
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the seed article's graph conforms to ontology/shapes.ttl");
        }
    }

    @Test
    void reingestingAnArticleKeepsTheTripleCount() {
        ArticleGraph graph = Fixtures.pipeline().process(Fixtures.seed());
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.put(graph);
            long once = store.size();
            store.put(Fixtures.pipeline().process(Fixtures.seed()));
            assertEquals(once, store.size(), "ingesting the same article twice doubles nothing");
            assertEquals(1, store.graphNames().size());
        }
    }

    @Test
    void reingestingAnEditedArticleLeavesNothingStale() {
        Article seed = Fixtures.seed();
        Article edited = new Article(seed.id(), "A different headline", "2025-03-12", null, "JNS", List.of(),
                "Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Tuesday.");
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.put(Fixtures.pipeline().process(seed));
            store.put(Fixtures.pipeline().process(edited));
            Model now = store.articleGraph(seed.id());
            Model expected = Fixtures.pipeline().process(edited).model();
            if (!now.isIsomorphicWith(expected)) {
                System.out.println("ONLY STORED:\n" + now.difference(expected).listStatements().toList());
                System.out.println("ONLY EXPECTED:\n" + expected.difference(now).listStatements().toList());
            }
            assertTrue(now.isIsomorphicWith(expected), "the stored graph is exactly the edited article's graph");
            assertFalse(now.listObjectsOfProperty(SchemaDO.headline).toList().stream()
                    .anyMatch(o -> o.toString().contains("One-Off")), "the old headline is gone");
        }
    }

    @Test
    void exportedTurtleAndTrigParseBackToTheSameGraphs() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.put(Fixtures.pipeline().process(Fixtures.seed()));
            store.put(Fixtures.pipeline().process(Article.of("short-1",
                    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.")));

            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            store.export(RDFFormat.TRIG_BLOCKS, null, trig);
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, new ByteArrayInputStream(trig.toByteArray()), Lang.TRIG);
            assertEquals(2, back.asDatasetGraph().size(), "two article graphs");
            for (String id : List.of(Fixtures.seed().id(), "short-1")) {
                Model stored = store.articleGraph(id);
                Model parsed = back.getNamedModel(org.newsgraph.rdf.NG.articleIri(id));
                assertTrue(IsoMatcher.isomorphic(stored.getGraph(), parsed.getGraph()), "TriG round trip of " + id);
            }

            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            store.export(RDFFormat.TURTLE_BLOCKS, null, ttl);
            Model union = ModelFactory.createDefaultModel();
            RDFDataMgr.read(union, new ByteArrayInputStream(ttl.toByteArray()), Lang.TURTLE);
            Model expected = ModelFactory.createDefaultModel();
            for (String id : List.of(Fixtures.seed().id(), "short-1")) {
                expected.add(store.articleGraph(id));
            }
            assertTrue(union.isIsomorphicWith(expected), "Turtle export is the union of the article graphs");
        }
    }
}
