package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.NewsStore;

/** What an ingest tells the one who waits: every graph as it is made, the records done, the steps after. */
class IngestorProgressTest {

    @TempDir
    Path tmp;

    @Test
    void reportsEveryGraphTheRecordsDoneAndTheStepAfterTheStream() {
        List<String> made = new CopyOnWriteArrayList<>();
        List<Long> done = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        Pipeline.Progress progress = new Pipeline.Progress() {
            @Override
            public void recordsDone(long count) {
                done.add(count);
            }

            @Override
            public void graphMade(ArticleGraph graph) {
                made.add(graph.articleId());
            }

            @Override
            public void phase(String what) {
                phases.add(what);
            }
        };
        Stream<ReadResult> input = Stream.of(
                article("a", "Foreign Minister Anna Berg met Prime Minister Jonas Lind in Oslo on Monday."),
                article("b", "Berg said the talks in Oslo went well."));
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Ingestor.Result result = new Ingestor(store).ingest(input, 2, 8, progress);
            assertEquals(2, result.report().articles());
        }
        assertEquals(List.of("a", "b"), made.stream().sorted().toList());
        assertEquals(2L, done.get(done.size() - 1));
        assertEquals(List.of("re-linking", "summarising"), phases,
                "two articles are too few to compact");
    }

    private static ReadResult article(String id, String text) {
        return new ReadResult.Accepted(new Article(id, "Talks", "2024-05-07", null, "Test", List.of(), text),
                new ReadResult.Origin("test.jsonl", 1), List.of());
    }
}
