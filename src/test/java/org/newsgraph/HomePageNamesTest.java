package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * The home page's "named most" lists ({@code queries/web-home-top-entities.rq}) over all the bundled articles
 * in {@code data/}, through the real pipeline and a TDB2 store: the people named most are people, not the
 * outlets, companies, products and buildings a name finder trained on 1996 newswire takes for people.
 */
class HomePageNamesTest {

    private static final String SCHEMA = "https://schema.org/";

    @TempDir
    static Path tmp;

    static NewsStore store;

    @BeforeAll
    static void load() throws IOException {
        store = NewsStore.open(tmp.resolve("db"));
        new Ingestor(store).ingest(new ArticleReader().read(List.of("data")), 2, Pipeline.Progress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> namedMost(String type) {
        ResultSetRewindable rows = store.select(Queries.bundled("web-home-top-entities"),
                Map.of("type", ResourceFactory.createResource(SCHEMA + type)));
        List<String> names = new ArrayList<>();
        rows.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        return names;
    }

    @Test
    void thePeopleNamedMostAreNoOutletsCompaniesProductsOrBuildings() {
        List<String> people = namedMost("Person");
        assertEquals(10, people.size(), () -> "people: " + people);
        for (String notAPerson : List.of("Wikinews", "Microsoft", "Mozilla", "Firefox", "Planetarium", "Google")) {
            assertTrue(people.stream().noneMatch(p -> p.contains(notAPerson)), () -> "people: " + people);
        }
    }

    @Test
    void noNameIsAmongTheMostNamedOfTwoTypes() {
        Set<String> seen = new HashSet<>();
        for (String type : List.of("Person", "Organization", "Place")) {
            for (String name : namedMost(type)) {
                assertTrue(seen.add(name), () -> name + " is named most as " + type + " and as another type");
            }
        }
    }

    @Test
    void productsAreNamedMostAsNothing() {
        for (String type : List.of("Person", "Organization", "Place")) {
            List<String> names = namedMost(type);
            assertTrue(names.stream().noneMatch(n -> n.contains("Firefox") || n.contains("Internet Explorer")),
                    () -> type + ": " + names);
        }
    }
}
