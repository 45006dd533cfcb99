package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.rdf.VocabularyMapper;

/**
 * Pages over a dataset of one very long article: what a page shows is capped, the count says "1 article", the
 * search box keeps what was typed, and a malformed address is the client's error, not the server's.
 */
class PageLimitsTest {

    static final String LONG = "long-article";
    static final String SENTENCE = "Ada Quill spoke to the council about the harbour again today. ";
    static final int REPEATS = 3_000;

    @TempDir
    static Path dir;
    static PageServer pages;

    @BeforeAll
    static void start() {
        String text = SENTENCE.repeat(REPEATS).strip();
        DocBuilder d = new DocBuilder(LONG, "A very long article", "2025-01-02", text);
        d.mention(d.entity(EntityType.PERSON, "Ada Quill"), "Ada Quill");
        pages = new PageServer(dir, List.of(new VocabularyMapper().map(d.build())));
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    private static Document page(String path) {
        HttpResponse<String> r = pages.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body(), pages.base + path);
    }

    @Test
    void articlePageShowsAtMostItsCapAndLinksToTheWholeGraph() {
        int length = SENTENCE.repeat(REPEATS).strip().length();
        assertTrue(length > ArticlePage.MAX_CHARS);
        HttpResponse<String> r = pages.get("/article/" + LONG);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() < ArticlePage.MAX_CHARS + 20_000, "page of " + r.body().length() + " chars");
        Document doc = Jsoup.parse(r.body(), pages.base);
        assertEquals(ArticlePage.MAX_CHARS, doc.getElementById("article-text").wholeText().length());
        Element note = doc.getElementById("truncated");
        assertNotNull(note, "the page says it is cut");
        assertTrue(note.text().contains("100,000 of " + String.format(java.util.Locale.ROOT, "%,d", length)),
                note.text());
        HttpResponse<String> ttl = pages.get(note.selectFirst("a").attr("href"));
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("again today.\""), "the Turtle holds the whole text, to its last sentence");
    }

    @Test
    void oneArticleIsCountedInTheSingular() {
        Element counts = page("/").selectFirst(".counts");
        assertTrue(counts.text().startsWith("1 article,"), counts.text());
    }

    @Test
    void searchBoxKeepsWhatWasTyped() {
        Document doc = page("/search?q=Ada+%22Q%22");
        assertEquals("Ada \"Q\"", doc.selectFirst("form.search input[name=q]").attr("value"));
        assertEquals("", page("/").selectFirst("form.search input[name=q]").attr("value"));
    }

    @Test
    void aBadPercentEscapeInAnAddressIsABadRequest() {
        for (String path : List.of("/search?q=%zz", "/article/%zz", "/entity/person/%E0%A4%A")) {
            assertEquals("400", statusOfRawRequest(path), path);
        }
        assertEquals("200", statusOfRawRequest("/search?q=%41da"), "a good escape still works");
    }

    /** The status of a GET sent as written: Java's HTTP client refuses to send a malformed address. */
    private static String statusOfRawRequest(String path) {
        java.net.URI base = java.net.URI.create(pages.base);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return statusLine.split(" ")[1];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
