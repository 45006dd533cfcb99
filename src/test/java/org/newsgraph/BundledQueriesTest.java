package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * Every query in {@code queries/} parses and runs over a real store built from real articles, and the ones a
 * researcher starts from answer with rows; the contract queries answer with exactly their contract variables.
 */
class BundledQueriesTest {

    @TempDir
    static Path tmp;

    static NewsStore store;

    @BeforeAll
    static void load() throws IOException {
        store = NewsStore.open(tmp.resolve("db"));
        Path wikinews = tmp.resolve("some-wikinews.jsonl");
        try (Stream<String> lines = Files.lines(Path.of("data/wikinews.jsonl"))) {
            Files.write(wikinews, lines.limit(8).toList());
        }
        new Ingestor(store).ingest(Fixtures.reader().read(List.of("data/rubio-2025-03-11.json", wikinews.toString())),
                2, Pipeline.Progress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    /** Values for the variables parameterised queries expect to be bound. */
    private static Map<String, RDFNode> parameters(Query query) {
        Map<String, RDFNode> values = new java.util.HashMap<>();
        String text = query.toString();
        if (text.contains("?article") && !query.getResultVars().contains("article")) {
            values.put("article", ResourceFactory.createPlainLiteral("rubio-2025-03-11"));
        }
        if (text.contains("?entity") && !query.getResultVars().contains("entity")) {
            values.put("entity", ResourceFactory.createResource(NG.entityIri("person/marco-rubio")));
        }
        if (text.contains("?name") && !query.getResultVars().contains("name")) {
            values.put("name", ResourceFactory.createPlainLiteral("Rubio"));
        }
        if (text.contains("?person") && !query.getResultVars().contains("person")) {
            values.put("person", ResourceFactory.createResource(NG.entityIri("person/marco-rubio")));
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void parsesAndRuns(String name) {
        Query query = Queries.bundled(name);
        if (query.isSelectType()) {
            store.select(query, parameters(query)).forEachRemaining(row -> { });
        } else {
            store.read(query, parameters(query), qe -> qe.execConstruct().size());
        }
    }

    @ParameterizedTest
    @MethodSource("startingPoints")
    void answersWithRowsOverRealArticles(String name) {
        Query query = Queries.bundled(name);
        assertTrue(store.select(query, parameters(query)).hasNext(), name + " answers with rows");
    }

    static List<String> startingPoints() {
        return List.of("roles", "meetings", "entities", "dates", "quotes", "articles-by-date", "article-facts",
                "people-across-articles", "stats", "profile-lookup", "profile-roles", "profile-meetings",
                "profile-quotes", "profile-articles", "meetings-detail", "known-people", "name-links",
                "article-record", "role-summary", "timeline");
    }

    @Test
    void listsEveryQueryOfTheQueriesFolderAndTheParametersItsCommentsAskFor() throws IOException {
        assertEquals(queryNames(), Queries.bundledNames());
        assertEquals(List.of("entity"), Queries.parameters("entity-roles"));
        assertEquals(List.of("article"), Queries.parameters("article-record"));
        assertEquals(List.of(), Queries.parameters("roles"));
        assertEquals(List.of("person"), Queries.parameters("timeline"));
    }

    @Test
    void contractQueriesAnswerWithTheirContractVariables() {
        Map<String, List<String>> contract = Map.of(
                "roles", List.of("article", "person", "role", "organization"),
                "meetings", List.of("article", "meeting", "participant", "location", "date"),
                "entities", List.of("article", "name", "type"),
                "dates", List.of("article", "text", "begin", "end", "value"),
                "role-summary", List.of("person", "role", "organization", "articles", "outlets", "first", "last",
                        "confidence"),
                "timeline", List.of("role", "organization", "first", "last", "articles"),
                "conflicts", List.of("kind", "subject", "a", "b", "evidenceA", "evidenceB"));
        contract.forEach((name, vars) -> assertEquals(vars, Queries.bundled(name).getResultVars(), name));
        List<String> types = new ArrayList<>();
        store.select(Queries.bundled("entities")).forEachRemaining(r -> types.add(r.getResource("type").getURI()));
        assertFalse(types.isEmpty());
        assertTrue(types.stream().allMatch(t -> t.endsWith("Person") || t.endsWith("Organization") || t.endsWith("Place")),
                "?type ends in Person, Organization or Place");
    }
}
