package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * The seed article ({@code data/rubio-2025-03-11.json}, whose text is {@code ../shared/seed}) ingested into
 * a TDB2 store on disk: the contract query {@code queries/roles.rq} and {@code queries/quotes.rq} give its
 * roles and quotations, and the article's authors come from its byline.
 */
class SeedArticleStoreTest {

    @TempDir
    static Path dir;

    private static List<List<String>> roles;
    private static List<List<String>> quotes;

    @BeforeAll
    static void ingestTheSeedArticle() {
        Article seed;
        try (Stream<ReadResult> read = Fixtures.reader().readFile(Path.of("data/rubio-2025-03-11.json"))) {
            seed = read.map(r -> ((ReadResult.Accepted) r).article()).findFirst().orElseThrow();
        }
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            store.put(DevCorpus.pipeline().process(seed));
            roles = rows(store.select(Queries.bundled("roles")), "article", "person", "role", "organization");
            quotes = rows(store.select(Queries.bundled("quotes")), "article", "speaker", "quote", "verb",
                    "addressee");
        }
    }

    private static List<List<String>> rows(ResultSetRewindable rs, String... vars) {
        List<List<String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                row.add(s.contains(v) ? s.get(v).asLiteral().getString() : "");
            }
            out.add(row);
        }
        return out;
    }

    private static boolean hasRole(String person, String role, String organization) {
        return roles.contains(List.of("rubio-2025-03-11", person, role, organization));
    }

    @Test
    void rolesQueryGivesTheTitledPeopleWithTheirCountries() {
        assertTrue(hasRole("Marco Rubio", "Secretary of State", "United States"), roles.toString());
        assertTrue(hasRole("Donald Trump", "President", "United States"), roles.toString());
        assertTrue(hasRole("Mike Waltz", "National Security Advisor", "United States"), roles.toString());
        assertTrue(hasRole("Mohammed bin Salman", "Crown Prince", "Saudi Arabia"), roles.toString());
        assertTrue(hasRole("Benjamin Netanyahu", "Prime Minister", "Israel"), roles.toString());
        assertTrue(hasRole("Eli Cohen", "Energy and Infrastructure Minister", ""), roles.toString());
    }

    @Test
    void rolesQueryGivesEnvoysTheCountryOfTheirPrincipal() {
        assertTrue(hasRole("Adam Boehler", "hostage envoy", "United States"), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.get(1).equals("Steve Witkoff") && r.get(2).contains("envoy")
                && r.get(3).equals("United States")), roles.toString());
    }

    @Test
    void rolesQueryGivesAppositionsAndBracketedParties() {
        assertTrue(hasRole("Ariel Kallner", "parliamentarian", "Likud Party"), roles.toString());
        assertTrue(hasRole("Ohad Tal", "lawmaker", "Israel"), roles.toString());
        assertTrue(hasRole("Ohad Tal", "member", "Religious Zionism"), roles.toString());
        assertTrue(hasRole("Naor Shiri", "member", "Yesh Atid"), roles.toString());
    }

    @Test
    void rolesQueryStatesEachPersonAndRoleOnce() {
        assertEquals(roles.size(), Set.copyOf(roles).size(), roles.toString());
        assertTrue(roles.stream().noneMatch(r -> r.get(1).equals("Benjamin Netanyahu") && r.get(3).isEmpty()),
                roles.toString());
    }

    @Test
    void quotesQueryGivesSpeakersVerbsAndAddressees() {
        Map<String, String> firstWordsBySpeaker = Map.of(
                "That was a one-off situation", "Marco Rubio",
                "The reason that I met Hamas", "Adam Boehler",
                "There are a few options", "Ariel Kallner",
                "At this point, we believe", "Ohad Tal",
                "I have signed an order", "Eli Cohen",
                "It could have been done earlier", "Naor Shiri");
        firstWordsBySpeaker.forEach((words, speaker) -> assertTrue(quotes.stream()
                .anyMatch(q -> q.get(2).startsWith(words) && q.get(1).equals(speaker)), words + " " + quotes));
        assertTrue(quotes.stream().anyMatch(q -> q.get(1).equals("Naor Shiri") && q.get(3).equals("told")
                && q.get(4).equals("JNS")), quotes.toString());
        assertTrue(quotes.stream().noneMatch(q -> q.get(2).startsWith("\u201C") || q.get(2).endsWith("\u201D")),
                quotes.toString());
    }

    @Test
    void bylineMakesTheAuthorsWithoutMetadata() {
        Article seed;
        try (Stream<ReadResult> read = Fixtures.reader().readFile(Path.of("data/rubio-2025-03-11.json"))) {
            seed = read.map(r -> ((ReadResult.Accepted) r).article()).findFirst().orElseThrow();
        }
        Article bare = new Article(seed.id(), seed.title(), seed.published(), null, null, List.of(), seed.text());
        var doc = DevCorpus.pipeline().analyse(bare);
        assertEquals(List.of("Joshua Marks", "Amelie Botbol"),
                doc.authors().stream().map(org.newsgraph.resolve.Entity::label).toList());
        assertEquals("JNS", doc.publisher().label());
    }
}
