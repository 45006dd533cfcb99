package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * One node per person across articles, with the real pipeline and a real store: short names link to the
 * one person they can mean, ambiguous ones stay apart, and the result does not depend on the order the
 * articles came in.
 */
class CrossArticleLinkingTest {

    private static final List<String> ARTICLES = List.of("a-jerusalem.txt", "b-riyadh.txt", "c-court.txt",
            "d-cohen.txt");

    @TempDir
    Path tmp;

    private static String fixture(String name) {
        return Path.of("src/test/resources/linking", name).toString();
    }

    /** Ingests the fixtures one run each, in the given order, and returns a copy of the whole dataset. */
    private Dataset ingestInOrder(Path db, List<String> order) {
        try (NewsStore store = NewsStore.open(db)) {
            Ingestor ingestor = new Ingestor(store);
            for (String name : order) {
                var result = ingestor.ingest(new ArticleReader().read(List.of(fixture(name))), 1,
                        Pipeline.Progress.NONE);
                assertTrue(result.report().allAccepted());
            }
            return copyOf(store);
        }
    }

    /** What one run ingesting the fixtures in the given order on {@code threads} threads reported and stored. */
    private record Run(Ingestor.Result result, Dataset stored) {
    }

    private Run ingestInOneRun(Path db, List<String> order, int threads) {
        try (NewsStore store = NewsStore.open(db)) {
            Ingestor.Result result = new Ingestor(store).ingest(
                    new ArticleReader().read(order.stream().map(CrossArticleLinkingTest::fixture).toList()), threads,
                    Pipeline.Progress.NONE);
            assertTrue(result.report().allAccepted());
            return new Run(result, copyOf(store));
        }
    }

    /** A copy of every article graph in the store. */
    private static Dataset copyOf(NewsStore store) {
        Dataset copy = DatasetFactory.create();
        for (String graph : store.graphNames()) {
            String id = graph.substring(NG.ARTICLE.length());
            copy.addNamedModel(graph, store.articleGraph(java.net.URLDecoder.decode(id,
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        return copy;
    }

    private static String entityOf(NewsStore store, String article, String name) {
        var rows = store.select(Queries.bundled("name-links"), Map.of());
        while (rows.hasNext()) {
            var r = rows.next();
            if (r.getLiteral("article").getString().equals(article) && r.getLiteral("name").getString().equals(name)) {
                return r.getResource("entity").getURI();
            }
        }
        return null;
    }

    @Test
    void linksASurnameToThePersonAnotherArticleNamesInFull() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Ingestor ingestor = new Ingestor(store);
            ingestor.ingest(new ArticleReader().read(List.of(fixture("b-riyadh.txt"))), 1, Pipeline.Progress.NONE);
            assertEquals(NG.entityIri("person/rubio"), entityOf(store, "link-b", "Rubio"),
                    "alone, the short name stands for itself");
            ingestor.ingest(new ArticleReader().read(List.of(fixture("a-jerusalem.txt"))), 1, Pipeline.Progress.NONE);
            assertEquals(NG.entityIri("person/marco-rubio"), entityOf(store, "link-b", "Rubio"),
                    "once another article names him in full, the earlier article links to him");

            ingestor.remove("link-a");
            assertEquals(NG.entityIri("person/rubio"), entityOf(store, "link-b", "Rubio"),
                    "removing that article takes the link away again");
        }
    }

    @Test
    void theSeedArticleAndTwoMoreNamingTheSamePeopleGiveOneNodePerPerson() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            new Ingestor(store).ingest(Fixtures.reader().read(List.of("data/rubio-2025-03-11.json",
                    fixture("a-jerusalem.txt"), fixture("b-riyadh.txt"))), 2, Pipeline.Progress.NONE);
            for (String person : List.of("person/marco-rubio", "person/benjamin-netanyahu", "person/eli-cohen")) {
                List<String> articles = new ArrayList<>();
                store.select(Queries.bundled("profile-articles"),
                        Map.of("entity", ResourceFactory.createResource(NG.entityIri(person))))
                        .forEachRemaining(r -> articles.add(r.getLiteral("article").getString()));
                assertTrue(articles.contains("rubio-2025-03-11") && articles.contains("link-a"),
                        person + " is one node named by the seed and by link-a: " + articles);
            }
            List<String> rubio = new ArrayList<>();
            store.select(Queries.bundled("profile-lookup"), Map.of("name", ResourceFactory.createPlainLiteral("Rubio")))
                    .forEachRemaining(r -> rubio.add(r.getResource("entity").getURI()));
            assertEquals(List.of(NG.entityIri("person/marco-rubio")), rubio.stream().distinct().toList(),
                    "one node answers to Rubio, in all three articles");
        }
    }

    @Test
    void keepsAnAmbiguousSurnameApartFromEveryCandidate() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Ingestor ingestor = new Ingestor(store);
            List<String> all = ARTICLES.stream().map(CrossArticleLinkingTest::fixture).toList();
            ingestor.ingest(new ArticleReader().read(all), 2, Pipeline.Progress.NONE);
            String cohen = entityOf(store, "link-d", "Cohen");
            assertEquals(NG.entityIri("person/cohen/in/link-d"), cohen, "a node of the article's own");
            List<String> candidates = new ArrayList<>();
            store.select(Queries.bundled("profile-links"),
                    Map.of("entity", ResourceFactory.createResource(cohen)))
                    .forEachRemaining(r -> candidates.add(r.getLiteral("name").getString()));
            assertEquals(List.of("Dan Cohen", "Eli Cohen"), candidates.stream().sorted().toList());
            assertTrue(store.select(Queries.bundled("people-across-articles"), Map.of()).hasNext());
        }
    }

    @Test
    void theGraphDoesNotDependOnTheOrderArticlesCameIn() {
        Dataset forward = ingestInOrder(tmp.resolve("forward"), ARTICLES);
        List<String> reversed = new ArrayList<>(ARTICLES);
        java.util.Collections.reverse(reversed);
        Dataset backward = ingestInOrder(tmp.resolve("backward"), reversed);
        assertTrue(IsoMatcher.isomorphic(forward.asDatasetGraph(), backward.asDatasetGraph()),
                "ingesting A..D and D..A gives the same graphs");
    }

    @Test
    void oneRunGivesTheSameGraphsAndReportWhateverTheOrderAndTheThreads() {
        // link-b's "Rubio" is named in full only by link-a: how far the articles of one run are read before the
        // others must not show, neither in the graphs nor in what the run reports
        Run forward = ingestInOneRun(tmp.resolve("forward"), ARTICLES, 1);
        List<String> reversed = new ArrayList<>(ARTICLES);
        java.util.Collections.reverse(reversed);
        Run backward = ingestInOneRun(tmp.resolve("backward"), reversed, 2);
        assertTrue(IsoMatcher.isomorphic(forward.stored().asDatasetGraph(), backward.stored().asDatasetGraph()),
                "A..D on one thread and D..A on two give the same graphs");
        assertEquals(forward.result().report().triples(), backward.result().report().triples(),
                "the graphs first made do not depend on which article was made first");
        assertEquals(forward.result().relinked(), backward.result().relinked());
        assertTrue(forward.result().relinked() > 0, "link-b is re-linked to the Marco Rubio of link-a");
        assertTrue(IsoMatcher.isomorphic(ingestInOrder(tmp.resolve("one-by-one"), ARTICLES).asDatasetGraph(),
                forward.stored().asDatasetGraph()), "one run gives what one run per article gives");
    }

    @Test
    void relinksFromWhatWasReadBeforeWithoutAnalysingTheTextAgain() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Ingestor ingestor = new Ingestor(store);
            ingestor.ingest(new ArticleReader().read(List.of(fixture("b-riyadh.txt"))), 1, Pipeline.Progress.NONE);
            Ingestor.Result r = ingestor.ingest(new ArticleReader().read(List.of(fixture("a-jerusalem.txt"))), 1,
                    Pipeline.Progress.NONE);
            assertEquals(1, r.relinked(), "link-b is re-linked to Marco Rubio");
            assertEquals(0, r.reanalysed(), "from what its first reading kept");
            assertEquals(NG.entityIri("person/marco-rubio"), entityOf(store, "link-b", "Rubio"));
        }
    }

    @Test
    void anArticleWithNothingKeptIsAnalysedAgainAndLinkedTheSameWay() throws java.io.IOException {
        Path db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            new Ingestor(store).ingest(new ArticleReader().read(List.of(fixture("b-riyadh.txt"))), 1,
                    Pipeline.Progress.NONE);
        }
        // as after a bulk load, or with a dataset written before analyses were kept
        try (var files = java.nio.file.Files.walk(db.resolve("analyses"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
        try (NewsStore store = NewsStore.open(db)) {
            Ingestor.Result r = new Ingestor(store).ingest(new ArticleReader().read(List.of(fixture("a-jerusalem.txt"))),
                    1, Pipeline.Progress.NONE);
            assertEquals(1, r.relinked());
            assertEquals(1, r.reanalysed(), "link-b had nothing kept: its text is analysed again");
            assertEquals(NG.entityIri("person/marco-rubio"), entityOf(store, "link-b", "Rubio"));
        }
        Dataset fromScratch = ingestInOrder(tmp.resolve("both"), List.of("a-jerusalem.txt", "b-riyadh.txt"));
        try (NewsStore store = NewsStore.open(db)) {
            for (String graph : store.graphNames()) {
                String id = java.net.URLDecoder.decode(graph.substring(NG.ARTICLE.length()),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(store.articleGraph(id).isIsomorphicWith(fromScratch.getNamedModel(graph)), graph);
            }
        }
    }

    @Test
    void theKnownPeopleQueryCountsWhatEachArticleNamesInFull() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            List<String> all = new ArrayList<>(ARTICLES.stream().map(CrossArticleLinkingTest::fixture).toList());
            all.add("data/rubio-2025-03-11.json");
            all.add("data/wikinews.jsonl");
            new Ingestor(store).ingest(new ArticleReader().read(all), 2, Pipeline.Progress.NONE);
            Map<String, Integer> byQuery = new java.util.TreeMap<>();
            store.select(Queries.bundled("known-people")).forEachRemaining(row ->
                    byQuery.put(row.getLiteral("name").getString(), row.getLiteral("articles").getInt()));
            Map<String, Integer> byArticle = new java.util.TreeMap<>();
            for (String graph : store.graphNames()) {
                String id = java.net.URLDecoder.decode(graph.substring(NG.ARTICLE.length()),
                        java.nio.charset.StandardCharsets.UTF_8);
                var g = new org.newsgraph.rdf.ArticleGraph(id, graph, store.articleGraph(id));
                CrossArticleLinker.introduced(g).forEach(name -> byArticle.merge(name, 1, Integer::sum));
            }
            assertEquals(byArticle, byQuery);
            assertTrue(byQuery.containsKey("Marco Rubio"));
            assertTrue(byQuery.keySet().stream().noneMatch(n -> n.equals("Rubio")), "one word is no full name");
        }
    }
}
