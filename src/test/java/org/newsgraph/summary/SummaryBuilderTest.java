package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * Summaries over a real store built by the real pipeline from short articles written for the test
 * ({@code src/test/resources/summary/articles.jsonl}): four outlets report that Norway's prime minister Jonas
 * Lind met Sweden's foreign minister Anna Berg, one of them in Bergen instead of Oslo and one on Sunday instead
 * of Monday; two others name Erik Dahl prime minister the same days; a month later Lind is "former". Denmark's
 * prime minister Karl Moss holds the same office of another country, and a Prime Minister Ole Sand that of a country
 * the text does not name: neither is a conflict with Lind or Dahl.
 */
class SummaryBuilderTest {

    private static final Path ARTICLES = Path.of("src/test/resources/summary/articles.jsonl");
    private static final String LIND = NG.entityIri("person/jonas-lind");

    @TempDir
    Path tmp;

    private static List<ReadResult> read(String... ids) {
        Set<String> wanted = Set.of(ids);
        return new ArticleReader().read(List.of(ARTICLES.toString()))
                .filter(r -> ids.length == 0 || wanted.contains(((ReadResult.Accepted) r).article().id())).toList();
    }

    private static void ingest(NewsStore store, List<ReadResult> input) {
        var result = new Ingestor(store).ingest(input.stream(), 2, Pipeline.Progress.NONE);
        assertTrue(result.report().allAccepted(), result.report().toString());
    }

    private static List<Map<String, String>> rows(NewsStore store, String query, Map<String, RDFNode> bind) {
        List<Map<String, String>> out = new ArrayList<>();
        store.select(Queries.bundled(query), bind).forEachRemaining(r -> out.add(row(r)));
        return out;
    }

    private static Map<String, String> row(QuerySolution r) {
        Map<String, String> m = new HashMap<>();
        r.varNames().forEachRemaining(v -> {
            RDFNode n = r.get(v);
            m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return m;
    }

    private static Map<String, String> roleRow(List<Map<String, String>> rows, String person, String role,
                                               String organization) {
        return rows.stream().filter(r -> r.get("person").equals(person) && r.get("role").equals(role)
                && organization.equals(r.getOrDefault("organization", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no summary of " + person + ", " + role + ", " + organization
                        + " in " + rows));
    }

    private static Model summaries(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () ->
                ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(NG.SUMMARIES)));
    }

    @Test
    void summarisesARoleOnceWhateverItsSpellingWithItsArticlesOutletsAndDates() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            List<Map<String, String>> rows = rows(store, "role-summary", Map.of());
            // "Norwegian Prime Minister", "Norway's prime minister", in four articles of four outlets
            Map<String, String> lind = roleRow(rows, "Jonas Lind", "Prime Minister", "Norway");
            assertEquals("4", lind.get("articles"));
            assertEquals("4", lind.get("outlets"));
            assertEquals("2024-05-06", lind.get("first"));
            assertEquals("2024-05-07", lind.get("last"));
            Map<String, String> dahl = roleRow(rows, "Erik Dahl", "Prime Minister", "Norway");
            assertEquals("2", dahl.get("articles"));
            Map<String, String> former = roleRow(rows, "Jonas Lind", "former Prime Minister", "Norway");
            assertTrue(Double.parseDouble(lind.get("confidence")) > Double.parseDouble(former.get("confidence")),
                    "four outlets make a role surer than one: " + lind + " " + former);
            assertEquals(rows.size(), new TreeSet<>(rows.stream().map(r -> r.get("person") + "|" + r.get("role")
                    + "|" + r.getOrDefault("organization", "")).toList()).size(), "one row per summary: " + rows);
        }
    }

    @Test
    void keepsFormerApartAndLetsItCloseTheRoleInTheTimeline() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            Map<String, String> former = roleRow(rows(store, "role-summary", Map.of()), "Jonas Lind",
                    "former Prime Minister", "Norway");
            assertEquals("1", former.get("articles"));
            assertEquals("2024-06-10", former.get("first"));

            List<Map<String, String>> timeline = rows(store, "timeline",
                    Map.of("person", ResourceFactory.createResource(LIND)));
            List<String> order = timeline.stream().map(r -> r.get("role") + "@" + r.getOrDefault("organization", "")
                    + " " + r.get("first")).toList();
            assertEquals(List.of("Prime Minister@Norway 2024-05-06", "Prime Minister@ 2024-05-08",
                    "former Prime Minister@Norway 2024-06-10"), order);

            List<Map<String, String>> holders = rows(store, "office-holders", Map.of(
                    "role", ResourceFactory.createResource(NG.entityIri("role/prime-minister")),
                    "organization", ResourceFactory.createResource(NG.entityIri("place/norway"))));
            Map<String, Map<String, String>> byName = new HashMap<>();
            holders.forEach(h -> byName.put(h.get("name"), h));
            assertEquals(Set.of("Jonas Lind", "Erik Dahl"), byName.keySet());
            assertEquals("2024-06-10", byName.get("Jonas Lind").get("endedBefore"),
                    "'former' a month later closes the role");
            assertFalse(byName.get("Erik Dahl").containsKey("endedBefore"));
        }
    }

    @Test
    void findsTwoPeopleInOneOfficeAndOneMeetingReportedAtTwoPlacesAndOnTwoDays() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            List<Map<String, String>> conflicts = rows(store, "conflicts", Map.of());
            Map<String, Map<String, String>> byKind = new HashMap<>();
            conflicts.forEach(c -> byKind.put(c.get("kind").substring(NG.NS.length()), c));
            assertEquals(Set.of("OfficeConflict", "MeetingPlaceConflict", "MeetingDateConflict"), byKind.keySet(),
                    conflicts.toString());

            Map<String, String> office = byKind.get("OfficeConflict");
            assertEquals("Prime Minister, Norway", office.get("subject"));
            assertEquals(Set.of("Jonas Lind", "Erik Dahl"), Set.of(office.get("a"), office.get("b")));
            String evidence = office.get("evidenceA") + " | " + office.get("evidenceB");
            assertTrue(evidence.contains("Erik Dahl said on") && evidence.contains("Jonas Lind"), office.toString());

            Map<String, String> place = byKind.get("MeetingPlaceConflict");
            assertEquals(Set.of("Oslo", "Bergen"), Set.of(place.get("a"), place.get("b")));
            assertTrue(place.get("subject").contains("Anna Berg") && place.get("subject").contains("Jonas Lind"));
            assertTrue(Set.of(place.get("evidenceA"), place.get("evidenceB")).stream()
                    .anyMatch(s -> s.contains("in Bergen on Monday")), place.toString());

            Map<String, String> date = byKind.get("MeetingDateConflict");
            assertEquals(Set.of("2024-05-06", "2024-05-05"), Set.of(date.get("a"), date.get("b")));
            assertTrue(Set.of(date.get("evidenceA"), date.get("evidenceB")).stream()
                    .anyMatch(s -> s.contains("in Oslo on Sunday")), date.toString());
        }
    }

    @Test
    void summariesAreTheSameWhateverTheOrderArticlesCameInAndTheSameAsARebuild() {
        Model inOneRun;
        try (NewsStore store = NewsStore.open(tmp.resolve("one"))) {
            ingest(store, read());
            inOneRun = summaries(store);
        }
        assertFalse(inOneRun.isEmpty());
        List<ReadResult> reversed = new ArrayList<>(read());
        java.util.Collections.reverse(reversed);
        try (NewsStore store = NewsStore.open(tmp.resolve("many"))) {
            Ingestor ingestor = new Ingestor(store);
            for (ReadResult r : reversed) {
                ingestor.ingest(java.util.stream.Stream.of(r), 1, Pipeline.Progress.NONE);
            }
            // taking an article out and putting it back changes nothing either
            assertTrue(ingestor.remove("lind-2"));
            ingestor.ingest(read("lind-2").stream(), 1, Pipeline.Progress.NONE);
            assertIsomorphic(inOneRun, summaries(store), "articles one by one in reverse order");

            new SummaryBuilder(store).rebuild();
            assertIsomorphic(inOneRun, summaries(store), "a rebuild from the whole store");
        }
    }

    @Test
    void removingArticlesUpdatesTheSummariesAndConflictsTheySupported() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            Ingestor ingestor = new Ingestor(store);
            assertTrue(ingestor.remove("dahl-1"));
            assertTrue(ingestor.remove("dahl-2"));
            assertTrue(ingestor.remove("bergen-1"));
            List<Map<String, String>> rows = rows(store, "role-summary", Map.of());
            assertEquals("3", roleRow(rows, "Jonas Lind", "Prime Minister", "Norway").get("articles"));
            assertTrue(rows.stream().noneMatch(r -> r.get("person").equals("Erik Dahl")), rows.toString());
            List<String> kinds = rows(store, "conflicts", Map.of()).stream().map(c -> c.get("kind")).toList();
            assertEquals(List.of(NG.MeetingDateConflict.getURI()), kinds);

            for (String id : List.of("lind-1", "lind-2", "lind-3", "lind-4", "sunday-1", "moss-1", "sand-1")) {
                assertTrue(ingestor.remove(id));
            }
            assertTrue(summaries(store).isEmpty(), "no article, no summary");
        }
    }

    @Test
    void anUpdateRedoesOnlyTheSummariesItsArticlesTouch() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read("lind-1", "lind-2", "lind-3", "lind-4", "bergen-1", "sunday-1"));
            Model before = summaries(store);
            ingest(store, read("dahl-1", "dahl-2"));
            SummaryBuilder.Result again = new SummaryBuilder(store).update(List.of(NG.articleIri("dahl-1"),
                    NG.articleIri("dahl-2")));
            assertFalse(again.rebuilt());
            assertEquals(1, again.roles(), "Erik Dahl's one role");
            assertEquals(0, again.meetings());
            assertEquals(1, again.conflicts(), "his office is Lind's");
            Model after = summaries(store);
            Model gone = before.difference(after);
            assertTrue(gone.isEmpty(), "nothing about the other summaries changed: " + gone);
        }
    }

    @Test
    void namesEachEntityByTheWellFormedLabelMostArticlesGiveIt() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            // one more article shouts the name and the title in capitals: "NORWEGIAN PRIME MINISTER JONAS LIND"
            List<ReadResult> input = new ArrayList<>(read());
            input.addAll(new ArticleReader().read(List.of("src/test/resources/summary/shouted.jsonl")).toList());
            ingest(store, input);
            Model summaries = summaries(store);
            List<String> preferred = summaries.listObjectsOfProperty(summaries.createResource(LIND), SKOS.prefLabel)
                    .mapWith(n -> n.asLiteral().getLexicalForm()).toList();
            assertEquals(List.of("Jonas Lind"), preferred, "one preferred label, not the shouted one");
            assertEquals(List.of("Prime Minister"), summaries.listObjectsOfProperty(
                    summaries.createResource(NG.entityIri("role/prime-minister")), SKOS.prefLabel)
                    .mapWith(n -> n.asLiteral().getLexicalForm()).toList());

            List<Map<String, String>> rows = rows(store, "role-summary", Map.of());
            assertEquals("5", roleRow(rows, "Jonas Lind", "Prime Minister", "Norway").get("articles"),
                    "the shouted article supports the same summary");
            assertTrue(rows.stream().noneMatch(r -> r.get("person").equals("JONAS LIND")
                    || r.get("role").contains("PRIME MINISTER")), rows.toString());

            new SummaryBuilder(store).rebuild();
            assertIsomorphic(summaries, summaries(store), "a rebuild chooses the same labels");
        }
    }

    @Test
    void theSummariesGraphConformsToTheShapes() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
            ValidationReport report = ShaclValidator.get().validate(shapes, summaries(store).getGraph());
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the summaries graph conforms to ontology/shapes.ttl");
        }
    }

    @Test
    void everyTermTheSummariesUseIsDeclaredInTheOntology() {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            ingest(store, read());
            Set<String> missing = new TreeSet<>();
            summaries(store).listStatements().forEachRemaining(s -> {
                if (!ontology.contains(s.getPredicate(), org.apache.jena.vocabulary.RDF.type)
                        && !s.getPredicate().equals(org.apache.jena.vocabulary.RDF.type)) {
                    missing.add(s.getPredicate().getURI());
                }
                if (s.getPredicate().equals(org.apache.jena.vocabulary.RDF.type)
                        && !ontology.contains(s.getResource(), org.apache.jena.vocabulary.RDF.type)) {
                    missing.add(s.getResource().getURI());
                }
            });
            assertTrue(missing.isEmpty(), "written but not declared in ontology/newsgraph.ttl: " + missing);
        }
    }

    private static void assertIsomorphic(Model expected, Model actual, String what) {
        if (!expected.isIsomorphicWith(actual)) {
            System.out.println("ONLY EXPECTED:\n" + expected.difference(actual).listStatements().toList());
            System.out.println("ONLY ACTUAL:\n" + actual.difference(expected).listStatements().toList());
        }
        assertTrue(expected.isIsomorphicWith(actual), what + " gives the same summaries");
    }
}
