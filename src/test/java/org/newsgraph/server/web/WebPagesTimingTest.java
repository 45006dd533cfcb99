package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast the pages answer over HTTP for an entity with 500 facts (250 roles, 250 meetings over 25
 * articles): the entity page must be served in under 300 ms. The check is on the server's own time, from its
 * Server-Timing header: its CPU time must stay under 300 ms, and its wall time too unless the machine is so
 * busy that the wall time is more than twice the CPU time. Prints what it measured, client-side too.
 */
class WebPagesTimingTest {

    private static final int ARTICLES = 25;
    private static final int PER_ARTICLE = 10;

    private static final Pattern PAGE = Pattern.compile("page;dur=([0-9.]+), cpu;dur=([0-9.]+)");

    @TempDir
    static Path dir;
    static PageServer pages;

    @BeforeAll
    static void start() {
        pages = new PageServer(dir, WebFixtures.busyPerson(ARTICLES, PER_ARTICLE));
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    /**
     * Times {@code runs} GETs of {@code path} after {@code warmUp} untimed ones: the median and maximum wall
     * time seen by the client and the median time the server reports spending (Server-Timing), in ms.
     */
    private static double[] time(String path, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            assertEquals(200, pages.get(path).statusCode(), path);
        }
        List<Double> wall = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        String lastTiming = "";
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = pages.get(path);
            wall.add((System.nanoTime() - t) / 1e6);
            assertEquals(200, r.statusCode(), path);
            lastTiming = r.headers().firstValue("Server-Timing").orElseThrow();
            size = r.body().length();
            Matcher m = PAGE.matcher(lastTiming);
            assertTrue(m.find(), lastTiming);
            server.add(Double.parseDouble(m.group(1)));
            cpu.add(Double.parseDouble(m.group(2)));
        }
        wall.sort(null);
        server.sort(null);
        cpu.sort(null);
        double[] result = {wall.get(runs / 2), wall.get(runs - 1), server.get(runs / 2), cpu.get(runs / 2)};
        System.out.printf(Locale.ROOT, "web timing %-34s client median %6.1f ms, max %6.1f ms; server median %6.1f ms,"
                + " cpu median %6.1f ms (%d runs, %d chars)%n    last Server-Timing: %s%n", path, result[0], result[1],
                result[2], result[3], runs, size, lastTiming);
        return result;
    }

    @Test
    void entityPageWith500FactsAnswersInUnder300Milliseconds() {
        String path = "/entity/person/ada-quill";
        Document doc = Jsoup.parse(pages.get(path).body());
        int facts = doc.select("#roles tr.role").size() + doc.select("#meetings tr.meeting").size();
        assertEquals(2 * ARTICLES * PER_ARTICLE, facts);
        double[] t = time(path, 5, 15);
        assertTrue(t[3] < 300, "server cpu median " + t[3] + " ms");
        assertTrue(t[2] < 300 || t[2] > 2 * t[3], "server median " + t[2] + " ms, not explained by a busy machine");
        assertTrue(t[0] < 1500, "client median " + t[0] + " ms (the machine is very busy, or the page is slow)");
    }

    @Test
    void otherPagesAnswerQuicklyToo() {
        for (String path : List.of("/", "/article/busy-3", "/search?q=del", "/entity/organization/council-5")) {
            assertTrue(time(path, 3, 9)[3] < 300, path);
        }
    }
}
