package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SchemaDO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Queries;

/** The pages over HTTP, read as HTML: what they show must be what the graph (and the contract queries) hold. */
class WebPagesTest {

    @TempDir
    static Path dir;
    static PageServer pages;

    @BeforeAll
    static void start() {
        pages = new PageServer(dir, List.of(WebFixtures.talks(), WebFixtures.followUp(), WebFixtures.injection(),
                WebFixtures.oddId()));
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    private static Document page(String path) {
        HttpResponse<String> r = pages.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(r.body(), pages.base + path);
    }

    private static String bodyOf(String articleId) {
        return pages.store.articleGraph(articleId).listObjectsOfProperty(SchemaDO.articleBody).next().asLiteral()
                .getLexicalForm();
    }

    @Test
    void homeShowsTheCorpusAtAGlance() {
        Document home = page("/");
        assertEquals("4", home.getElementById("article-count").text());
        assertEquals("2020-01-01 – 2025-05-01", home.getElementById("date-range").text());
        List<String> people = home.select("#top-person a").eachText();
        assertEquals("Elena Varga", people.get(0), "named in all three articles");
        assertTrue(people.contains("Tomas Berg"));
        assertEquals(List.of("Norland Foreign Office"), home.select("#top-organization a").eachText());
        assertTrue(home.select("#top-place a").eachText().containsAll(List.of("Estoria", "Norland", "Geneva")));
        assertEquals(WebFixtures.INJECTION, home.select("#latest a").first().attr("href").replace("/article/", ""),
                "newest first");
    }

    @Test
    void searchFindsNamesAndAliasesByPrefixWhateverTheCase() {
        assertEquals(List.of("Elena Varga"), page("/search?q=eLEn").select("#results a").eachText());
        assertEquals(List.of("Elena Varga"), page("/search?q=varg").select("#results a").eachText(),
                "a word of the name");
        assertTrue(page("/search?q=BERG").select("#results a").eachText().contains("Tomas Berg"));
        List<String> nor = page("/search?q=norland").select("#results a").eachText();
        assertEquals(Set.of("Norland", "Norland Foreign Office"), new HashSet<>(nor));
        assertEquals(0, page("/search?q=rland").select("#results a").size(), "prefixes only, not infixes");
        assertNotNull(page("/search?q=zzz").getElementById("no-results"));
        Element link = page("/search?q=elena").selectFirst("#results a");
        assertEquals("/entity/" + WebFixtures.VARGA, link.attr("href"));
    }

    @Test
    void entityPageShowsTheRolesTheContractQueryReturns() {
        Document doc = page("/entity/" + WebFixtures.VARGA);
        assertEquals("Elena Varga", doc.getElementById("entity-name").text());
        assertTrue(doc.getElementById("entity-types").text().contains("person"));
        assertEquals("Varga", doc.getElementById("entity-aliases").text());

        List<String> shown = new ArrayList<>();
        for (Element row : doc.select("#roles tr.role")) {
            shown.add(row.selectFirst(".person").text() + " | " + row.selectFirst(".role-name").text() + " | "
                    + row.selectFirst(".organization").text());
        }
        List<String> contract = new ArrayList<>();
        ResultSetRewindable rs = pages.store.select(Queries.bundled("roles"));
        rs.forEachRemaining(s -> {
            if (s.getLiteral("person").getString().equals("Elena Varga")) {
                contract.add("Elena Varga | " + s.getLiteral("role").getString() + " | "
                        + (s.contains("organization") ? s.getLiteral("organization").getString() : ""));
            }
        });
        assertEquals(2, contract.size());
        assertEquals(new TreeSet<>(contract), new TreeSet<>(shown));
        assertEquals(List.of("", "former"), doc.select("#roles .qualifier").stream().map(Element::text).toList());
    }

    @Test
    void entityPageShowsTheMeetingsTheContractQueryReturns() {
        Document doc = page("/entity/" + WebFixtures.VARGA);
        Set<String> shown = new HashSet<>();
        for (Element row : doc.select("#meetings tr.meeting")) {
            shown.add(new TreeSet<>(row.select(".participant").eachText()) + " @ " + row.selectFirst(".location").text());
        }
        Set<String> contract = pages.contractMeetingsOf("Elena Varga");
        assertEquals(4, contract.size());
        assertEquals(contract, shown);
        List<String> dates = doc.select("#meetings tr.meeting td:first-child").eachText();
        assertTrue(dates.containsAll(List.of("2025-03-10", "2025-04", "2025-04-02")), dates.toString());
        assertEquals(1, doc.select("#meetings .badge").size(), "one planned meeting");
    }

    @Test
    void everyFactOnTheEntityPageLinksToItsEvidenceInTheArticle() {
        Document doc = page("/entity/" + WebFixtures.VARGA);
        List<Element> links = doc.select("a.evidence");
        assertTrue(links.size() >= 7, "roles, meetings, quotation and timeline: " + links.size());
        for (Element a : links) {
            String href = a.attr("href");
            String path = href.substring(0, href.indexOf('#'));
            String anchor = href.substring(href.indexOf('#') + 1);
            String[] offsets = anchor.split("-");
            int begin = Integer.parseInt(offsets[1]);
            int end = Integer.parseInt(offsets[2]);
            Document article = page(path);
            assertNotNull(article.getElementById(anchor), href);
            StringBuilder covered = new StringBuilder();
            for (Element piece : article.select(".ev[data-ev]")) {
                if (List.of(piece.attr("data-ev").split(" ")).contains(anchor)) {
                    covered.append(piece.wholeText());
                }
            }
            String id = java.net.URLDecoder.decode(path.substring("/article/".length()), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(bodyOf(id).substring(begin, end), covered.toString(), href);
        }
        assertEquals(1, doc.select("#quotes blockquote").size());
        assertEquals("We agreed on a road map for the border.", doc.selectFirst("#quotes blockquote").text());
    }

    @Test
    void entityPageCarriesItsNeighbourhoodForThePicture() throws Exception {
        Document doc = page("/entity/" + WebFixtures.VARGA);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.getElementById("graph-data").data());
        Set<String> labels = new HashSet<>();
        json.get("nodes").forEach(n -> labels.add(n.get("label").asText()));
        assertTrue(labels.containsAll(Set.of("Elena Varga", "Estoria", "Tomas Berg", "Ines Moreau", "Lisbon", "Oslo")),
                labels.toString());
        assertTrue(json.get("edges").size() >= 8);
        assertFalse(doc.getElementById("graph-data").data().contains("<"), "no markup inside the script element");
    }

    @Test
    void articlePageMarksNamesAtTheirOffsets() {
        Document doc = page("/article/" + WebFixtures.TALKS);
        String text = bodyOf(WebFixtures.TALKS);
        assertEquals(text.replaceAll("\\s+", " "), doc.getElementById("article-text").text().replaceAll("\\s+", " "));
        List<Element> marks = doc.select("#article-text .mention");
        assertEquals(9 + 2, marks.size(), "nine names and two dates");
        for (Element m : marks) {
            int b = Integer.parseInt(m.attr("data-begin"));
            int e = Integer.parseInt(m.attr("data-end"));
            assertEquals(text.substring(b, e), m.text());
        }
        Element varga = doc.selectFirst("#article-text a.mention.t-person");
        assertEquals("Elena Varga", varga.text());
        assertEquals("/entity/" + WebFixtures.VARGA, varga.attr("href"));
        assertEquals(6, doc.select("#facts li.fact").size());
        assertEquals(List.of("0.92", "0.88", "0.81", "0.64", "0.77", "0.55").stream().sorted().toList(),
                doc.select("#facts .confidence").eachText().stream().sorted().toList());
    }

    @Test
    void articleGraphDownloadsAsTurtle() {
        Document doc = page("/article/" + WebFixtures.TALKS);
        String href = doc.getElementById("turtle").attr("href");
        HttpResponse<String> r = pages.get(href);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model got = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(got);
        assertTrue(got.isIsomorphicWith(pages.store.articleGraph(WebFixtures.TALKS)));

        String gsp = doc.select("a").stream().filter(a -> a.text().equals("via Graph Store")).findFirst()
                .orElseThrow().attr("href");
        HttpResponse<String> viaGsp = pages.send(HttpRequest.newBuilder(URI.create(pages.base + gsp))
                .header("Accept", "text/turtle"));
        assertEquals(200, viaGsp.statusCode(), gsp);
        Model fromGsp = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(viaGsp.body())).lang(Lang.TURTLE).parse(fromGsp);
        assertTrue(fromGsp.isIsomorphicWith(got));
    }

    @Test
    void markupInArticlesAndNamesIsShownAsText() {
        HttpResponse<String> r = pages.get("/article/" + WebFixtures.INJECTION);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        Document doc = Jsoup.parse(r.body());
        assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src") && s.attr("src").startsWith("/static/")));
        assertEquals(0, doc.select("img, b, i").size());
        assertTrue(doc.getElementById("article-text").text().contains(WebFixtures.HOSTILE_TEXT));
        assertTrue(doc.getElementById("article-text").text().contains(WebFixtures.HOSTILE_NAME));
        assertTrue(doc.getElementById("headline").text().contains("<script>window.__pwned=3</script>"));

        String entityHref = doc.selectFirst("#article-text a.mention").attr("href");
        Document entity = page(entityHref);
        assertEquals(WebFixtures.HOSTILE_NAME, entity.getElementById("entity-name").text());
        assertEquals(0, entity.select("img, b, i").size());
        assertTrue(entity.select("script").stream().allMatch(s -> s.hasAttr("src") || !s.attr("type").isEmpty()));
    }

    @Test
    void articlesWithIdsAPathCannotCarryStillHaveTheirPages() {
        Document doc = page(Html.articleHref(WebFixtures.ODD_ID));
        assertEquals(WebFixtures.ODD_ID, doc.selectFirst("article.article").attr("data-id"));
        HttpResponse<String> ttl = pages.get(doc.getElementById("turtle").attr("href"));
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("Odd ids"));
        Document home = page("/");
        assertTrue(home.select("#latest a").eachAttr("href").contains(Html.articleHref(WebFixtures.ODD_ID)));
    }

    @Test
    void pagesOnlyRead() {
        long before = pages.store.size();
        for (String method : List.of("POST", "PUT", "DELETE")) {
            for (String path : List.of("/", "/article/" + WebFixtures.TALKS, "/entity/" + WebFixtures.VARGA)) {
                HttpResponse<String> r = pages.send(HttpRequest.newBuilder(URI.create(pages.base + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("x=1")));
                assertEquals(405, r.statusCode(), method + " " + path);
            }
        }
        HttpResponse<String> update = pages.send(HttpRequest.newBuilder(URI.create(pages.base + "/newsgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        assertTrue(update.statusCode() >= 400);
        assertEquals(before, pages.store.size());
    }

    @Test
    void unknownEntitiesArticlesAndFilesAreNotFound() {
        assertEquals(404, pages.get("/entity/person/nobody-at-all").statusCode());
        assertEquals(404, pages.get("/article/no-such-article").statusCode());
        assertEquals(404, pages.get("/article/no-such-article.ttl").statusCode());
        HttpResponse<String> escape = pages.get("/static/../../etc/passwd");
        assertTrue(escape.statusCode() == 400 || escape.statusCode() == 404, "status " + escape.statusCode());
        assertFalse(escape.body().contains("root:"));
        assertEquals(404, pages.get("/static/pom.xml").statusCode());
        assertEquals(200, pages.get("/static/echarts.min.js").statusCode());
    }

    @Test
    void sparqlPageOffersTheShippedQueries() {
        Document doc = page("/sparql-ui");
        assertTrue(doc.select("#example option").eachAttr("value").containsAll(List.of("roles", "meetings",
                "entities", "dates")));
        assertTrue(doc.getElementById("query").text().contains("org:Membership"));
        assertEquals("/newsgraph/sparql", doc.getElementById("sparql-form").attr("data-endpoint"));
    }

    static List<QuerySolution> rows(ResultSetRewindable rs) {
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }
}
