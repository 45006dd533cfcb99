package org.newsgraph;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.resolve.SurnameIndex;
import org.newsgraph.store.NewsStore;
import org.newsgraph.summary.SummaryBuilder;

/**
 * Ingests articles into a store: runs the standard pipeline over them in batches, each batch written in
 * one transaction, short names linked against the people the store already knows, the links made
 * consistent with the whole store at the end, and then the summaries of what many articles agree on
 * brought up to date for the articles written ({@link SummaryBuilder}).
 */
public final class Ingestor {

    /**
     * Articles per write transaction. TDB2 copies every index block a transaction touches, so larger batches
     * write faster and leave less replaced data on disk. Measured on 10,000 corpus articles under
     * {@code -Xmx1g} ({@code bench --articles 10000 --batch-size N}): 1,024 per transaction stored twice as
     * fast as 256 (72.9 against 133.8 writer seconds) for a live heap of about 130 MiB instead of 95; writing
     * the same quads, 1,024 left 1.9 GB on disk against 4.0 GB. 256 had been twice as fast as 64.
     */
    public static final int BATCH = 1024;

    private final NewsStore store;
    private final SurnameIndex known;
    private final Pipeline pipeline;
    /** The same stages, timed: for the run only, so re-linking is not counted twice. */
    private final Pipeline timed;
    private final Pipeline.StageTimer timer;
    private final SummaryBuilder summaries;

    public Ingestor(NewsStore store) {
        this(store, Pipeline.StageTimer.NONE);
    }

    /** An ingestor that reports the time each stage takes to {@code timer}, for measurements. */
    public Ingestor(NewsStore store, Pipeline.StageTimer timer) {
        this(store, timer, true);
    }

    /**
     * An ingestor that keeps the summaries up to date, or not ({@code summarize} false: faster, for a bulk load
     * followed by {@code newsgraph summarize}, or to measure what they cost).
     */
    public Ingestor(NewsStore store, Pipeline.StageTimer timer, boolean summarize) {
        this.store = store;
        this.known = CrossArticleLinker.index(store);
        this.timer = timer;
        this.pipeline = Pipeline.standard(known);
        this.timed = pipeline.timedBy(timer);
        this.summaries = summarize ? new SummaryBuilder(store) : null;
    }

    /**
     * A run that writes at least this many articles, and at least as many as the dataset held before it,
     * compacts the dataset at the end. TDB2 writes copy-on-write, so every transaction leaves the blocks it
     * replaced behind until a compaction; without one, a large ingest takes several times the disk it needs
     * (measured: 2,000 articles in batches of 256 took 506 MB before and 183 MB after). Compacting copies the
     * whole dataset, so it waits until a run has written about as much as the dataset holds: a thousand
     * articles added to a hundred thousand do not copy the hundred thousand. {@code newsgraph compact}
     * compacts at any time.
     */
    public static final int COMPACT_AFTER_ARTICLES = 1_000;

    /** Whether a run that wrote {@code written} articles into a dataset that held {@code before} compacts it. */
    static boolean worthCompacting(long written, long before) {
        return written >= COMPACT_AFTER_ARTICLES && written >= before;
    }

    /**
     * The result of one ingest: what the pipeline reported, how many stored articles were re-linked, and
     * whether the dataset was compacted at the end.
     */
    public record Result(IngestReport report, int relinked, boolean compacted) {
    }

    public Result ingest(Stream<ReadResult> input, int threads, Pipeline.Progress progress) {
        return ingest(input, threads, BATCH, progress);
    }

    /** Ingests with {@code batchSize} articles per write transaction. */
    public Result ingest(Stream<ReadResult> input, int threads, int batchSize, Pipeline.Progress progress) {
        // Each article's people are known to the articles processed after it at once, not only once written:
        // fewer articles then need re-linking at the end.
        Pipeline.Progress learning = new Pipeline.Progress() {
            @Override
            public void recordsDone(long count) {
                progress.recordsDone(count);
            }

            @Override
            public void graphMade(ArticleGraph graph) {
                CrossArticleLinker.learn(known, graph);
                progress.graphMade(graph);
            }
        };
        long storedBefore = store.articleCount();
        Set<String> written = ConcurrentHashMap.newKeySet();
        IngestReport report;
        int relinked;
        try (NewsStore.Listening l = store.onArticlesWritten(written::addAll)) {
            report = timed.run(input, store::putAll, threads, batchSize, learning);
            progress.phase("re-linking");
            long t0 = System.nanoTime();
            relinked = CrossArticleLinker.relink(store, pipeline, known, threads);
            timer.add(Pipeline.StageTimer.Stage.LINK, System.nanoTime() - t0);
        }
        summarize(written, progress);
        boolean compact = worthCompacting(report.articles() + relinked, storedBefore);
        if (compact) {
            progress.phase("compacting");
            long t1 = System.nanoTime();
            store.compact();
            timer.add(Pipeline.StageTimer.Stage.COMPACT, System.nanoTime() - t1);
        }
        return new Result(report, relinked, compact);
    }

    /**
     * Removes an article, re-links the articles whose short names depended on it, and updates the summaries
     * it, or they, supported.
     */
    public boolean remove(String articleId) {
        Set<String> written = ConcurrentHashMap.newKeySet();
        boolean removed;
        try (NewsStore.Listening l = store.onArticlesWritten(written::addAll)) {
            removed = store.remove(articleId);
            if (removed) {
                CrossArticleLinker.relink(store, pipeline, known, Runtime.getRuntime().availableProcessors());
            }
        }
        summarize(written, Pipeline.Progress.NONE);
        return removed;
    }

    /** Brings the summaries up to date for the articles written (unless this ingestor keeps none). */
    private void summarize(Set<String> written, Pipeline.Progress progress) {
        if (summaries == null || written.isEmpty()) {
            return;
        }
        progress.phase("summarising");
        long t0 = System.nanoTime();
        summaries.update(List.copyOf(written));
        timer.add(Pipeline.StageTimer.Stage.SUMMARIZE, System.nanoTime() - t0);
    }
}
