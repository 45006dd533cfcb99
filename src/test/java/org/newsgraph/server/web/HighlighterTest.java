package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void marksEachNameAtItsOffsetsAndKeepsTheTextWhole() {
        String text = "Elena Varga met Tomas Berg in Lisbon.";
        String html = Highlighter.render(text, List.of(
                new Highlighter.Mark(0, 11, "mention t-person", "/entity/person/elena-varga", "Elena Varga"),
                new Highlighter.Mark(16, 26, "mention t-person", "/entity/person/tomas-berg", null),
                new Highlighter.Mark(30, 36, "mention t-place", null, "Lisbon")), List.of());
        Document doc = parse(html);
        assertEquals(text, doc.body().text());
        List<Element> marks = doc.select(".mention");
        assertEquals(List.of("Elena Varga", "Tomas Berg", "Lisbon"), marks.stream().map(Element::text).toList());
        assertEquals("/entity/person/elena-varga", marks.get(0).attr("href"));
        assertEquals("span", marks.get(2).tagName());
        assertEquals("30", marks.get(2).attr("data-begin"));
    }

    @Test
    void nestsEvidenceThatCrossesNamesAndOtherEvidence() {
        String text = "Elena Varga met Tomas Berg in Lisbon.";
        String html = Highlighter.render(text,
                List.of(new Highlighter.Mark(0, 11, "mention t-person", "/e/1", null),
                        new Highlighter.Mark(16, 26, "mention t-person", "/e/2", null)),
                List.of(new Highlighter.Evidence(6, 20, "role"), new Highlighter.Evidence(0, 37, "meeting")));
        Document doc = parse(html);
        assertEquals(text, doc.body().text());
        assertEquals(1, doc.select("#ev-6-20").size());
        assertEquals(1, doc.select("#ev-0-37").size());
        StringBuilder role = new StringBuilder();
        doc.select(".ev").forEach(e -> {
            if (List.of(e.attr("data-ev").split(" ")).contains("ev-6-20")) {
                role.append(e.wholeText());
                assertTrue(e.hasClass("k-role"));
            }
        });
        assertEquals(text.substring(6, 20), role.toString());
        assertEquals("Elena Varga", doc.select("a[href=/e/1]").text());
        assertEquals("Tomas Berg", doc.select("a[href=/e/2]").text());
    }

    @Test
    void escapesMarkupInTextAndTitles() {
        String text = "A <script>alert(1)</script> \"><img onerror=x> B";
        String html = Highlighter.render(text,
                List.of(new Highlighter.Mark(2, 27, "mention t-thing", "/e?\"x", "\"><b>t</b>")),
                List.of(new Highlighter.Evidence(0, text.length(), "quote")));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        Document doc = parse(html);
        assertEquals(text, doc.body().text());
        assertEquals(0, doc.select("script, img, b").size());
        assertEquals("\"><b>t</b>", doc.selectFirst(".mention").attr("title"));
    }

    @Test
    void dropsOverlappingNamesAndClipsOffsetsOutsideTheText() {
        String text = "New York City";
        String html = Highlighter.render(text,
                List.of(new Highlighter.Mark(0, 8, "mention t-place", null, null),
                        new Highlighter.Mark(4, 13, "mention t-place", null, null),
                        new Highlighter.Mark(9, 40, "mention t-place", null, null)),
                List.of(new Highlighter.Evidence(-3, 99, "role"), new Highlighter.Evidence(20, 30, "role")));
        Document doc = parse(html);
        assertEquals(text, doc.body().text());
        assertEquals(List.of("New York", "City"), doc.select(".mention").stream().map(Element::text).toList());
        assertEquals(1, doc.select(".anchor").size());
    }
}
