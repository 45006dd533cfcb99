package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;

/**
 * The summary views over HTTP, on a real store built by the real pipeline from the short articles of
 * {@code src/test/resources/summary/articles.jsonl}: four outlets say Jonas Lind is Norway's prime minister,
 * two name Erik Dahl to the office the same days, one puts Lind's meeting with Anna Berg in Bergen instead of
 * Oslo and one on Sunday instead of Monday; a month later Lind is "former".
 */
class SummaryViewsTest {

    @TempDir
    static Path dir;
    static NewsStore store;
    static NewsServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = NewsStore.open(dir.resolve("db"));
        var result = new Ingestor(store).ingest(new ArticleReader()
                .read(List.of("src/test/resources/summary/articles.jsonl")), 2, Pipeline.Progress.NONE);
        assertTrue(result.report().allAccepted(), result.report().toString());
        server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
        base = server.webUrl().substring(0, server.webUrl().length() - 1);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String ok(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void entityPageShowsEachRoleWithItsSupportInTimeOrder() {
        Document page = Jsoup.parse(ok("/entity/person/jonas-lind"));
        List<Element> rows = page.select("#role-summaries tr.role-summary");
        assertTrue(rows.size() >= 2, page.select("#role-summaries").outerHtml());
        Element current = rows.stream().filter(r -> r.selectFirst(".role-name").text().equals("Prime Minister")
                && r.selectFirst(".organization").text().equals("Norway")).findFirst().orElseThrow();
        assertEquals("2024-05-06", current.selectFirst(".first").text());
        assertEquals("2024-05-07", current.selectFirst(".last").text());
        assertEquals("4", current.selectFirst(".support").text(), "four articles state it");
        assertEquals("4", current.selectFirst(".outlets").text(), "from four outlets");
        Element last = rows.get(rows.size() - 1);
        assertEquals("former Prime Minister", last.selectFirst(".role-name").text(), "'former' comes last, in June");
        assertEquals("2024-06-10", last.selectFirst(".first").text());
    }

    @Test
    void entityTimelineShowsEachRoleOnceAcrossItsArticles() {
        Document page = Jsoup.parse(ok("/entity/person/jonas-lind"));
        List<Element> roles = page.select("#timeline li.tl-role");
        assertEquals(page.select("#role-summaries tr.role-summary").size(), roles.size(), "one item per role summary");
        assertTrue(page.select("#roles tr.role").size() > roles.size(), "fewer items than role facts");
        Element current = roles.stream().filter(li -> li.text().contains("Prime Minister, Norway")
                && li.select(".badge").isEmpty()).findFirst().orElseThrow(() -> new AssertionError(roles.toString()));
        assertEquals("2024-05-06", current.selectFirst("time").text(), "from the first article that states it");
        assertEquals("to 2024-05-07", current.selectFirst(".tl-until").text());
        assertEquals("4 articles, 4 outlets", current.selectFirst(".tl-support").text());
        assertEquals("former by 2024-06-10", current.selectFirst(".tl-ended").text());
        assertEquals("lind-1", current.selectFirst("a.evidence").text(), "evidence of the first statement");
        Element former = roles.stream().filter(li -> li.select(".badge").text().equals("former")).findFirst()
                .orElseThrow(() -> new AssertionError(roles.toString()));
        assertEquals("2024-06-10", former.selectFirst("time").text());
        List<String> days = page.select("#timeline li time").eachText();
        assertEquals(days.stream().sorted().toList(), days, "in time order");
    }

    @Test
    void anOrganizationsTimelineShowsWhoHeldItsOfficesWhen() {
        Document page = Jsoup.parse(ok("/entity/place/norway"));
        List<String> roles = page.select("#timeline li.tl-role").eachText();
        assertTrue(roles.stream().anyMatch(t -> t.contains("Jonas Lind: Prime Minister, Norway")), roles.toString());
        assertTrue(roles.stream().anyMatch(t -> t.contains("Erik Dahl: Prime Minister, Norway")
                && t.contains("2 articles, 2 outlets")), roles.toString());
    }

    @Test
    void conflictsPageShowsEachConflictWithBothEvidenceSentences() {
        Document page = Jsoup.parse(ok("/conflicts"));
        List<Element> rows = page.select("#conflicts tr.conflict");
        assertEquals(String.valueOf(rows.size()), page.getElementById("conflict-count").text());
        assertEquals(Set.of("office", "meeting place", "meeting date"),
                rows.stream().map(r -> r.selectFirst(".kind").text()).collect(Collectors.toSet()));
        Element office = rows.stream().filter(r -> r.selectFirst(".kind").text().equals("office")).findFirst()
                .orElseThrow();
        assertEquals("Prime Minister, Norway", office.selectFirst(".subject").text());
        assertEquals(Set.of("Jonas Lind", "Erik Dahl"),
                Set.of(office.selectFirst(".side-a strong").text(), office.selectFirst(".side-b strong").text()));
        String evidence = office.selectFirst(".evidence-a").text() + " | " + office.selectFirst(".evidence-b").text();
        assertTrue(evidence.contains("Erik Dahl said on") && evidence.contains("Jonas Lind"), evidence);
        assertTrue(page.select("nav a[href=/conflicts]").size() == 1, "every page links to the conflicts");
    }
}
