package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmark as a user runs it, over a few real corpus articles: every table it promises is printed. */
class BenchCommandTest {

    private static final Path CORPUS = Path.of(System.getProperty("newsgraph.shared", "../shared"), "corpus");

    @Test
    void printsEveryMeasurementOverRealArticles() {
        ToolRun run = ToolRun.run("bench", "--corpus", CORPUS.toString(), "--articles", "12", "--floor-articles", "6",
                "--query-runs", "1", "--threads", "2");
        assertEquals(0, run.exitCode(), run.toString());
        String out = run.out();
        for (String expected : List.of("**floor**", "newsgraph stages without the store", "newsgraph ingest",
                "| nlp |", "| store |", "| link |", "Jena TDB2 loader (default)", "newsgraph batch writer",
                "| roles.rq |", "| meetings.rq |", "| entities.rq |", "| dates.rq |",
                "| entity-roles.rq | entity |", "| article-record.rq | article |", "| web-article.rq | g |", "Peak heap used")) {
            assertTrue(out.contains(expected), "the report has " + expected + ":\n" + out);
        }
        Matcher ingest = Pattern.compile("\\| newsgraph ingest[^|]*\\| (\\d+) \\|").matcher(out);
        assertTrue(ingest.find(), out);
        assertEquals(12, Integer.parseInt(ingest.group(1)), "every article was ingested:\n" + out);
    }
}
