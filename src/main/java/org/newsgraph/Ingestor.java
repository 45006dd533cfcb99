package org.newsgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.SurnameIndex;
import org.newsgraph.store.AnalysisCodec;
import org.newsgraph.store.NewsStore;
import org.newsgraph.summary.SummaryBuilder;

/**
 * Ingests articles into a store: runs the standard pipeline over them in batches, each batch written in
 * one transaction, short names linked against the people the store knew when the run began, the links made
 * consistent with the whole store at the end ({@link #afterChange}), and then the summaries of what many
 * articles agree on brought up to date for the articles written ({@link SummaryBuilder}). What the stages
 * before resolution read from an article with short names to link is kept beside the store, so that
 * re-linking it later resolves it again without analysing its text again.
 *
 * <p>The people an article of the run names are known to the other articles of the run only from the
 * re-linking at the end, never while the workers go: which article another one is made before depends on
 * thread timing, so learning from one another on the way made the graphs streamed, the triples reported and
 * the articles re-linked differ between two runs of the same input (the end state did not).
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
        this(store, timer, null);
    }

    /** An ingestor that runs only the extractors named ({@code "roles"}, {@code "meetings"}; null: all). */
    public Ingestor(NewsStore store, Pipeline.StageTimer timer, java.util.Collection<String> extractors) {
        this(store, timer, extractors, true);
    }

    /**
     * An ingestor that keeps the summaries up to date, or not ({@code summarize} false: faster, for a bulk load
     * followed by {@code newsgraph summarize}, or to measure what they cost).
     */
    public Ingestor(NewsStore store, Pipeline.StageTimer timer, java.util.Collection<String> extractors,
                    boolean summarize) {
        this.store = store;
        this.known = CrossArticleLinker.index(store);
        this.timer = timer;
        this.pipeline = Pipeline.standard(known).withExtractors(extractors);
        this.timed = pipeline.timedBy(timer);
        this.summaries = summarize ? new SummaryBuilder(store) : null;
    }

    /**
     * A run that writes at least this many articles, and at least as many as the dataset held before it,
     * compacts the dataset at the end. TDB2 writes copy-on-write, so every transaction leaves the blocks it
     * replaced behind until a compaction; without one, a large ingest takes several times the disk it needs
     * (writing 20,000 articles in transactions of 1,024 left 4.8 GB before and 1.8 GB after). Compacting copies
     * the whole dataset quad by quad, which costs about as much as writing it: on 2,000 articles of the even mix
     * it took about 30 of the ingest's 216 CPU seconds to give back 320 MB (663 MB on disk against 344 MB). Below
     * ten thousand articles the space given back stays under about a gigabyte, so the run ends sooner instead;
     * and a thousand articles added to a hundred thousand never copy the hundred thousand.
     * {@code newsgraph compact}, or {@code ingest --compact always}, compacts at any time.
     */
    public static final int COMPACT_AFTER_ARTICLES = 10_000;

    /** Whether a run that wrote {@code written} articles into a dataset that held {@code before} compacts it. */
    static boolean worthCompacting(long written, long before) {
        return written >= COMPACT_AFTER_ARTICLES && written >= before;
    }

    /**
     * The result of one ingest: what the pipeline reported, how many stored articles were re-linked (and of
     * the articles looked at again, how many had to be analysed again from their text, having nothing kept
     * beside the store), and whether the dataset was compacted at the end.
     */
    public record Result(IngestReport report, int relinked, int reanalysed, boolean compacted) {
    }

    public Result ingest(Stream<ReadResult> input, int threads, Pipeline.Progress progress) {
        return ingest(input, threads, BATCH, progress);
    }

    /** Ingests with {@code batchSize} articles per write transaction. */
    public Result ingest(Stream<ReadResult> input, int threads, int batchSize, Pipeline.Progress progress) {
        return ingest(input, threads, batchSize, Compaction.AUTO, progress);
    }

    /** Ingests with {@code batchSize} articles per write transaction, compacting as {@code compaction} says. */
    public Result ingest(Stream<ReadResult> input, int threads, int batchSize, Compaction compaction,
                         Pipeline.Progress progress) {
        long storedBefore = store.articleCount();
        Set<String> written = ConcurrentHashMap.newKeySet();
        IngestReport report;
        CrossArticleLinker.Relinked relinked;
        try (NewsStore.Listening l = store.onArticlesWritten(written::addAll)) {
            report = timed.run(input, Ingestor::keep, this::write, threads, batchSize, progress);
            progress.phase("re-linking");
            relinked = afterChange(threads);
        }
        summarize(written, progress);
        boolean compact = switch (compaction) {
            case AUTO -> worthCompacting(report.articles() + relinked.rewritten(), storedBefore);
            case ALWAYS -> true;
            case NEVER -> false;
        };
        if (compact) {
            progress.phase("compacting");
            long t1 = System.nanoTime();
            store.compact();
            timer.add(Pipeline.StageTimer.Stage.COMPACT, System.nanoTime() - t1);
        }
        return new Result(report, relinked.rewritten(), relinked.reanalysed(), compact);
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
                afterChange(Runtime.getRuntime().availableProcessors());
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

    /**
     * What follows every change of the stored articles (an ingest, a removal): the links across articles made
     * consistent with the whole store again.
     */
    private CrossArticleLinker.Relinked afterChange(int threads) {
        long t0 = System.nanoTime();
        CrossArticleLinker.Relinked relinked = CrossArticleLinker.relink(store, pipeline, known, threads);
        timer.add(Pipeline.StageTimer.Stage.LINK, System.nanoTime() - t0);
        return relinked;
    }

    /**
     * What is kept of an article besides its graph: what the stages before resolution read, when the article
     * has short names linked across articles (only those are ever re-linked); else nothing. Runs on the workers.
     */
    private static byte[] keep(org.newsgraph.extract.ExtractedDocument extracted, ArticleGraph graph) {
        return graph.model().contains(null, RDF.type, NG.NameLink) ? AnalysisCodec.encode(extracted) : null;
    }

    /** Writes a batch: the graphs in one transaction, and the analyses kept beside them. */
    private void write(List<Pipeline.Made<byte[]>> batch) {
        List<ArticleGraph> graphs = new ArrayList<>(batch.size());
        Map<String, byte[]> analyses = new HashMap<>();
        for (Pipeline.Made<byte[]> made : batch) {
            graphs.add(made.graph());
            if (made.kept() != null) {
                analyses.put(made.graph().articleId(), made.kept());
            }
        }
        store.putAll(graphs, analyses);
    }
}
