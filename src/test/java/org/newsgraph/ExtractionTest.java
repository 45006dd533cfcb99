package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/**
 * An extraction without a store gives, article for article, the triples an ingest of the same input leaves in
 * a fresh dataset, short names linked across the articles included.
 */
class ExtractionTest {

    @TempDir
    Path tmp;

    /** Articles that link across each other (a surname, an ambiguous surname), the seed, some Wikinews. */
    static List<String> inputs(Path tmp) throws java.io.IOException {
        Path wikinews = tmp.resolve("wikinews-20.jsonl");
        try (Stream<String> lines = java.nio.file.Files.lines(Path.of("data/wikinews.jsonl"))) {
            java.nio.file.Files.write(wikinews, lines.limit(20).toList());
        }
        List<String> in = new ArrayList<>();
        for (String f : List.of("a-jerusalem.txt", "b-riyadh.txt", "c-court.txt", "d-cohen.txt")) {
            in.add(Path.of("src/test/resources/linking", f).toString());
        }
        in.add("data/rubio-2025-03-11.json");
        in.add(wikinews.toString());
        return in;
    }

    /** A reader that may read the seed's text beside the repository. */
    static ArticleReader reader() {
        return new ArticleReader(ArticleReader.DEFAULT_MAX_RECORD_BYTES, List.of(Path.of("../shared/seed")));
    }

    /** Every article graph of a store, as sets of triples by graph name. */
    static Map<String, Set<Triple>> graphs(NewsStore store) {
        Map<String, Set<Triple>> out = new TreeMap<>();
        for (String graph : store.graphNames()) {
            String id = java.net.URLDecoder.decode(graph.substring(NG.ARTICLE.length()),
                    java.nio.charset.StandardCharsets.UTF_8);
            out.put(graph, triples(store.articleGraph(id)));
        }
        return out;
    }

    static Set<Triple> triples(Model m) {
        Set<Triple> out = new HashSet<>();
        m.getGraph().find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void givesTheGraphsAnIngestOfTheSameInputLeaves() throws java.io.IOException {
        List<String> in = inputs(tmp);
        Map<String, Set<Triple>> extracted = new TreeMap<>();
        IngestReport report = Extraction.standard().run(reader().read(in),
                g -> extracted.put(g.graphIri(), triples(g.model())), 2, tmp.resolve("scratch"));
        assertTrue(report.allAccepted(), report.rejected().toString());
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("scratch")), "the scratch log is gone");
        Map<String, Set<Triple>> ingested;
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            new Ingestor(store).ingest(reader().read(in), 2, Pipeline.Progress.NONE);
            ingested = graphs(store);
        }
        assertEquals(ingested.keySet(), extracted.keySet());
        for (String g : ingested.keySet()) {
            assertEquals(ingested.get(g), extracted.get(g), g);
        }
        assertTrue(extracted.get(NG.articleIri("link-b")).stream().anyMatch(t ->
                t.getObject().isURI() && t.getObject().getURI().equals(NG.entityIri("person/marco-rubio"))),
                "link-b's Rubio is linked to the Marco Rubio another article names");
    }

    @Test
    void anArticleReadTwiceKeepsTheLastVersion() {
        List<ArticleGraph> out = new ArrayList<>();
        Stream<ReadResult> input = Stream.of(
                new ReadResult.Accepted(org.newsgraph.ingest.Article.of("twice", "Jane Doe arrived in Paris."),
                        new ReadResult.Origin("x", 1), List.of()),
                new ReadResult.Accepted(org.newsgraph.ingest.Article.of("twice", "John Roe left London."),
                        new ReadResult.Origin("x", 2), List.of()));
        Extraction.standard().run(input, out::add, 1, tmp.resolve("scratch"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).model().toString().contains("John Roe"), "the later version");
    }
}
