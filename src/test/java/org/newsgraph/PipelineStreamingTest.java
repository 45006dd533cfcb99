package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;

/** How {@link Pipeline#run} streams articles: order, repeated ids, overlap of processing and writing, bounds. */
class PipelineStreamingTest {

    private static final int BATCH = 4;

    private static ReadResult article(String id, long line) {
        String text = "Foreign Minister Anna Berg met Prime Minister Jonas Lind in Oslo on Monday. "
                + "They said the talks, number " + line + ", went well.";
        return new ReadResult.Accepted(new Article(id, "Talks " + line, "2024-05-07", null, "Test", List.of(), text),
                new ReadResult.Origin("test.jsonl", line), List.of());
    }

    private static Stream<ReadResult> articles(long count, AtomicLong pulled) {
        return LongStream.rangeClosed(1, count).mapToObj(i -> {
            pulled.incrementAndGet();
            return article("a" + i, i);
        });
    }

    @Test
    void closesABatchEarlyOnceItsTextsReachTheCharacterBound() {
        List<Integer> sizes = new ArrayList<>();
        int length = ((ReadResult.Accepted) article("a1", 1)).article().text().length();
        IngestReport report = Fixtures.pipeline().withMaxBatchChars(2L * length + 1).run(
                articles(9, new AtomicLong()), graphs -> sizes.add(graphs.size()), 2, 100, Pipeline.Progress.NONE);
        assertEquals(List.of(3, 3, 3), sizes, "a batch closes with the article that takes it past the bound");
        assertEquals(9, report.articles());
    }

    @Test
    void writesBatchesInInputOrderAndTheLastOfARepeatedIdWins() {
        List<ReadResult> input = new ArrayList<>();
        input.add(article("a", 1));
        input.add(article("b", 2));
        input.add(new ReadResult.Rejected(new ReadResult.Origin("test.jsonl", 3), "not JSON"));
        input.add(article("a", 4));
        for (int i = 5; i <= 14; i++) {
            input.add(article("x" + i, i));
        }
        input.add(article("b", 15));
        List<List<String>> batches = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        IngestReport report = Fixtures.pipeline().run(input.stream(), graphs -> {
            batches.add(graphs.stream().map(ArticleGraph::articleId).toList());
            graphs.forEach(g -> titles.add(g.articleId() + "=" + g.model().listObjectsOfProperty(
                    SchemaDO.headline).next().asLiteral().getString()));
        }, 2, BATCH, Pipeline.Progress.NONE);

        assertEquals(List.of(List.of("b", "a", "x5", "x6"), List.of("x7", "x8", "x9", "x10"),
                List.of("x11", "x12", "x13", "x14"), List.of("b")), batches);
        assertTrue(titles.indexOf("a=Talks 4") >= 0, "the later 'a' is kept: " + titles);
        assertEquals("b=Talks 15", titles.get(titles.size() - 1), "across batches the later write comes last");
        assertEquals(13, report.articles());
        assertEquals(1, report.rejected().size());
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).contains("test.jsonl:4") && report.warnings().get(0).contains("'a'"),
                report.warnings().get(0));
    }

    @Test
    void workersGoOnWithLaterArticlesWhileABatchIsBeingWritten() {
        AtomicLong processed = new AtomicLong();
        Pipeline timed = Fixtures.pipeline().timedBy((stage, nanos) -> {
            if (stage == Pipeline.StageTimer.Stage.RDF) {
                processed.incrementAndGet();
            }
        });
        List<Long> processedWhileWritingFirst = new ArrayList<>();
        timed.run(articles(4 * BATCH, new AtomicLong()), graphs -> {
            if (processedWhileWritingFirst.isEmpty()) {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (processed.get() <= BATCH && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                processedWhileWritingFirst.add(processed.get());
            }
        }, 2, BATCH, Pipeline.Progress.NONE);
        assertTrue(processedWhileWritingFirst.get(0) > BATCH,
                "articles of the next batch were processed during the first write: " + processedWhileWritingFirst);
    }

    @Test
    void readsNoFurtherAheadThanTheQueueAllowsAndStopsWhenTheSinkFails() {
        AtomicLong pulled = new AtomicLong();
        long[] seenAtFailure = new long[1];
        IllegalStateException failure = assertThrows(IllegalStateException.class, () ->
                Fixtures.pipeline().run(articles(100_000, pulled), graphs -> {
                    long before;
                    do {
                        before = pulled.get();
                        sleep(300);
                    } while (pulled.get() != before);
                    seenAtFailure[0] = pulled.get();
                    throw new IllegalStateException("disk full");
                }, 2, BATCH, Pipeline.Progress.NONE));
        assertEquals("disk full", failure.getMessage());
        long bound = (long) (Pipeline.BATCHES_AHEAD + 2) * BATCH;
        assertTrue(seenAtFailure[0] <= bound, "read " + seenAtFailure[0] + " ahead, bound " + bound);
        assertTrue(pulled.get() <= bound + BATCH, "reading stopped after the failure: " + pulled.get());
    }

    @Test
    void anInputFailureEndsTheRunAfterTheBatchesAlreadyReadAreWritten() {
        Stream<ReadResult> failing = LongStream.rangeClosed(1, 3 * BATCH).mapToObj(i -> {
            if (i == 2 * BATCH + 1) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk read error"));
            }
            return article("a" + i, i);
        });
        List<String> written = new ArrayList<>();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () ->
                Fixtures.pipeline().run(failing, graphs -> graphs.forEach(g -> written.add(g.articleId())), 2, BATCH,
                        Pipeline.Progress.NONE));
        assertEquals("disk read error", e.getCause().getMessage());
        assertEquals(LongStream.rangeClosed(1, 2 * BATCH).mapToObj(i -> "a" + i).toList(), written);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
