package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Queries;

/**
 * The pages over articles ingested by the real pipeline (the OpenNLP models, the extractors and the
 * mapper as shipped): the bundled Wikinews articles, and the seed article where its text is at hand.
 * Whatever the pipeline finds, every article page must show the text whole with each mark on the text
 * its offsets give, and every entity the contract query lists must have a page.
 */
class RealArticlesWebTest {

    private static final int WIKINEWS = 12;

    @TempDir
    static Path dir;
    static PageServer pages;
    static Map<String, String> texts = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        List<String> inputs = new ArrayList<>();
        inputs.add(Path.of("data", "wikinews.jsonl").toString());
        Path seed = Path.of("data", "rubio-2025-03-11.json");
        if (Files.exists(seed)) {
            inputs.add(seed.toString());
        }
        Pipeline pipeline = Pipeline.standard();
        List<ArticleGraph> graphs = new ArrayList<>();
        try (var results = org.newsgraph.Fixtures.reader().read(inputs)) {
            results.filter(r -> r instanceof ReadResult.Accepted)
                    .map(r -> ((ReadResult.Accepted) r).article())
                    .filter(a -> !a.id().startsWith("wikinews-") || texts.keySet().stream()
                            .filter(k -> k.startsWith("wikinews-")).count() < WIKINEWS)
                    .forEach(a -> {
                        texts.put(a.id(), a.text());
                        graphs.add(pipeline.process(a));
                    });
        }
        pages = new PageServer(dir, graphs);
    }

    @AfterAll
    static void stop() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void everyArticlePageShowsItsTextWithMarksOnTheirOffsets() {
        assertTrue(texts.size() >= WIKINEWS);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            HttpResponse<String> r = pages.get(Html.articleHref(e.getKey()));
            assertEquals(200, r.statusCode(), e.getKey());
            Document doc = Jsoup.parse(r.body());
            Element text = doc.getElementById("article-text");
            assertEquals(e.getValue(), text.wholeText(), e.getKey());
            for (Element m : text.select(".mention")) {
                int b = Integer.parseInt(m.attr("data-begin"));
                int end = Integer.parseInt(m.attr("data-end"));
                assertEquals(e.getValue().substring(b, end), m.wholeText(), e.getKey() + " " + b);
            }
            Model graph = pages.store.articleGraph(e.getKey());
            long facts = graph.listSubjectsWithProperty(NG.evidenceBegin).toList().size();
            assertEquals(facts, doc.select("#facts li.fact").size(), e.getKey());
        }
    }

    @Test
    void everyEntityTheContractQueryListsHasAPage() {
        Map<String, String> names = new LinkedHashMap<>();
        pages.store.select(Queries.bundled("entities")).forEachRemaining(s ->
                names.putIfAbsent(s.getLiteral("name").getString(), s.getResource("type").getURI()));
        assertFalse(names.isEmpty());
        int checked = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (checked++ >= 25) {
                break;
            }
            HttpResponse<String> search = pages.get("/search?q=" + java.net.URLEncoder.encode(e.getKey(),
                    java.nio.charset.StandardCharsets.UTF_8));
            Document results = Jsoup.parse(search.body());
            List<Element> hits = results.select("#results a").stream()
                    .filter(a -> a.text().equals(e.getKey())).collect(Collectors.toList());
            assertFalse(hits.isEmpty(), "search finds " + e.getKey());
            HttpResponse<String> page = pages.get(hits.get(0).attr("href"));
            assertEquals(200, page.statusCode(), e.getKey());
            assertEquals(e.getKey(), Jsoup.parse(page.body()).getElementById("entity-name").text());
        }
    }
}
