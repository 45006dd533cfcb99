package org.newsgraph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.Layers;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages, and is the only class that knows their order:
 * {@code Article → annotate → extract → resolve → map → ArticleGraph}. Each stage takes an immutable value
 * and returns the next one.
 *
 * <p>{@link #run} streams any number of articles through the stages: the input is read lazily on the calling
 * thread, articles are processed in parallel on a fixed pool, and one writer thread hands the graphs to the
 * sink in batches while the workers go on with the next ones. A bounded queue between them holds back the
 * reading when the writer falls behind, so memory is bounded by the batch size, not the input size. One
 * article's failure rejects that article and nothing else.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.ingest");

    /** Batches read ahead of the one being written: enough to keep the workers busy during a write. */
    static final int BATCHES_AHEAD = 2;

    /**
     * A batch closes early once its articles' texts add up to this many characters (about 64 MB), so that a
     * run of very long articles cannot fill the heap: a thousand articles of news length take about 4 million.
     */
    public static final long MAX_BATCH_CHARS = 32_000_000;

    private final Annotator annotator;
    private final List<FactExtractor> extractors;
    private final EntityResolver resolver;
    private final GraphMapper mapper;
    private final StageTimer timer;
    private final long maxBatchChars;

    public Pipeline(Annotator annotator, List<FactExtractor> extractors, EntityResolver resolver, GraphMapper mapper) {
        this(annotator, extractors, resolver, mapper, StageTimer.NONE, MAX_BATCH_CHARS);
    }

    private Pipeline(Annotator annotator, List<FactExtractor> extractors, EntityResolver resolver, GraphMapper mapper,
                     StageTimer timer, long maxBatchChars) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractors = List.copyOf(extractors);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.timer = Objects.requireNonNull(timer, "timer");
        if (maxBatchChars < 1) {
            throw new IllegalArgumentException("maxBatchChars must be positive");
        }
        this.maxBatchChars = maxBatchChars;
    }

    /** The standard pipeline: the shipped OpenNLP models, every extractor, the bundled lexicons. */
    public static Pipeline standard() {
        return StandardComponents.pipeline(org.newsgraph.resolve.KnownNames.NONE);
    }

    /** The standard pipeline, linking short names against the given known people. */
    public static Pipeline standard(org.newsgraph.resolve.KnownNames known) {
        return StandardComponents.pipeline(known);
    }

    /**
     * The same stages with only the extractors named ({@link org.newsgraph.extract.Extractors#NAMES}), in their
     * usual order; null names all of them. An unknown name is a configuration error.
     */
    public Pipeline withExtractors(java.util.Collection<String> names) {
        return names == null ? this : new Pipeline(annotator,
                org.newsgraph.extract.Extractors.select(extractors, names), resolver, mapper, timer, maxBatchChars);
    }

    /** The same stages, reporting the time each one takes to {@code timer}. */
    public Pipeline timedBy(StageTimer timer) {
        return new Pipeline(annotator, extractors, resolver, mapper, timer, maxBatchChars);
    }

    /** The same stages, closing a batch once its texts add up to {@code chars} characters. */
    public Pipeline withMaxBatchChars(long chars) {
        return new Pipeline(annotator, extractors, resolver, mapper, timer, chars);
    }

    /**
     * Runs the stages before resolution: what the article says, read once. What follows from it ({@link #map})
     * can be done again later, without reading the text again, when the names known from other articles change.
     */
    public ExtractedDocument extract(Article article) {
        long t0 = System.nanoTime();
        AnnotatedDocument annotated = annotator.annotate(article.analysedPart());
        if (article.isLong()) {
            // Facts come from the analysed beginning; the article keeps its whole text as its body.
            annotated = new AnnotatedDocument(article, annotated.sentences(), annotated.mentions(), annotated.dates());
        }
        long t1 = System.nanoTime();
        List<Fact> facts = new ArrayList<>();
        Layers layers = new Layers(annotated);
        for (FactExtractor extractor : extractors) {
            try {
                facts.addAll(extractor.extract(layers));
            } catch (RuntimeException e) {
                // One extractor's failure loses its facts for this article, not the article.
                LOG.warn("article {}: the {} extractor failed and was skipped: {}", article.id(),
                        extractor.name(), e.toString());
            }
        }
        long t2 = System.nanoTime();
        timer.add(StageTimer.Stage.NLP, t1 - t0);
        timer.add(StageTimer.Stage.EXTRACT, t2 - t1);
        return new ExtractedDocument(annotated, facts);
    }

    /** Resolves what was read from an article: its entities and facts. */
    public ResolvedDocument resolve(ExtractedDocument extracted) {
        long t0 = System.nanoTime();
        ResolvedDocument resolved = resolver.resolve(extracted);
        timer.add(StageTimer.Stage.RESOLVE, System.nanoTime() - t0);
        return resolved;
    }

    /** Maps a resolved article to its RDF graph. */
    public ArticleGraph graph(ResolvedDocument resolved) {
        long t0 = System.nanoTime();
        ArticleGraph graph = mapper.map(resolved);
        timer.add(StageTimer.Stage.RDF, System.nanoTime() - t0);
        return graph;
    }

    /** Runs the stages after extraction: resolution and mapping, the article's RDF graph. */
    public ArticleGraph map(ExtractedDocument extracted) {
        return graph(resolve(extracted));
    }

    /** Runs every stage up to resolution: the article's entities and facts. */
    public ResolvedDocument analyse(Article article) {
        return resolve(extract(article));
    }

    /** Runs every stage: the article's RDF graph. */
    public ArticleGraph process(Article article) {
        return map(extract(article));
    }

    /** Listens to a run's progress. */
    public interface Progress {
        /**
         * {@code count} input records are done: processed or rejected. The count never goes down; it reaches
         * the number of records read once the last batch is written. Called from the writer thread.
         */
        void recordsDone(long count);

        /**
         * An article's graph is made, before it is written (and it may yet not be, if the write fails). Called
         * from the worker threads, several at once, in no particular order.
         */
        default void graphMade(ArticleGraph graph) {
        }

        /**
         * A step that follows the stream has begun ("re-linking", "compacting"), so
         * that a waiting user knows what the time goes to. Called from the thread that started the run.
         */
        default void phase(String what) {
        }

        Progress NONE = n -> { };
    }

    /**
     * Receives how long the stages took, summed by the caller: per article for the processing stages, per
     * batch for {@link Stage#STORE} (the sink), and once per run for {@link Stage#LINK}, {@link Stage#SUMMARIZE}
     * (bringing the summaries up to date) and {@link Stage#COMPACT}
     * (reclaiming the space of replaced data at the end of a large ingest). Called from several
     * threads at once; {@link #NONE} costs nothing but the clock reads.
     */
    public interface StageTimer {
        enum Stage { NLP, EXTRACT, RESOLVE, RDF, STORE, LINK, SUMMARIZE, COMPACT }

        void add(Stage stage, long nanos);

        StageTimer NONE = (stage, nanos) -> { };
    }

    /**
     * Streams the input through the stages on {@code threads} threads and hands the graphs to {@code sink}
     * in batches of at most {@code batchSize} (fewer when their texts reach the character bound), in input
     * order, from one writer thread (the sink writes each batch all or nothing). Within one batch a repeated
     * article id keeps the last version read, with a warning; across batches the later write replaces the
     * earlier one, so the rule is the same: the last one read wins. If the sink fails, reading stops, nothing more is written and the failure is rethrown.
     */
    public IngestReport run(Stream<ReadResult> input, Consumer<List<ArticleGraph>> sink, int threads, int batchSize,
                            Progress progress) {
        return run(input, (extracted, graph) -> null,
                made -> sink.accept(made.stream().map(Made::graph).toList()), threads, batchSize, progress);
    }

    /**
     * An article's graph, and what the run keeps of what was read from it ({@code kept}; null when nothing).
     */
    public record Made<T>(ArticleGraph graph, T kept) {
        public Made {
            Objects.requireNonNull(graph, "graph");
        }
    }

    /**
     * Streams the input through the stages as {@link #run(Stream, Consumer, int, int, Progress)} does, and
     * keeps something of what was read from each article besides its graph: {@code keep} is called on the
     * worker threads with what the stages before resolution read and the graph made of it, and what it
     * returns travels with the graph to the sink.
     */
    public <T> IngestReport run(Stream<ReadResult> input, BiFunction<ExtractedDocument, ArticleGraph, T> keep,
                                Consumer<List<Made<T>>> sink, int threads, int batchSize, Progress progress) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batchSize must be positive");
        }
        Objects.requireNonNull(keep, "keep");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        Writer<T> writer = new Writer<>(sink, progress);
        Thread writerThread = writer.thread;
        writerThread.start();
        try (input) {
            Iterator<ReadResult> it = input.iterator();
            while (writer.failure == null && it.hasNext()) {
                writer.put(readBatch(it, batchSize, pool, keep, progress));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writerThread.interrupt();
            throw new NewsGraphException("interrupted", e);
        } finally {
            try {
                writer.put(Batch.end());
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writerThread.interrupt();
            }
            pool.shutdownNow();
        }
        if (writer.failure instanceof RuntimeException e) {
            throw e;
        } else if (writer.failure instanceof Error e) {
            throw e;
        } else if (writer.failure != null) {
            throw new NewsGraphException("writing failed: " + writer.failure, writer.failure);
        }
        return new IngestReport(writer.articles, writer.triples, writer.rejected, writer.warnings);
    }

    /** Reads up to {@code size} accepted articles (and the rejections among them) and starts processing them. */
    private <T> Batch<T> readBatch(Iterator<ReadResult> it, int size, ExecutorService pool,
                                   BiFunction<ExtractedDocument, ArticleGraph, T> keep, Progress progress) {
        Map<String, ReadResult.Accepted> accepted = new LinkedHashMap<>();
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long records = 0;
        long chars = 0;
        while (accepted.size() < size && chars < maxBatchChars && it.hasNext()) {
            ReadResult r = it.next();
            records++;
            if (r instanceof ReadResult.Rejected rej) {
                rejected.add(rej);
                LOG.info("rejected {}", rej);
            } else if (r instanceof ReadResult.Accepted acc) {
                acc.warnings().forEach(w -> warnings.add(acc.origin() + ": " + w));
                ReadResult.Accepted earlier = accepted.remove(acc.article().id());
                if (earlier != null) {
                    warnings.add(acc.origin() + ": article id '" + acc.article().id()
                            + "' repeats " + earlier.origin() + "; the later one is kept");
                }
                accepted.put(acc.article().id(), acc);
                chars += acc.article().text().length();
            }
        }
        List<Job<T>> jobs = new ArrayList<>(accepted.size());
        for (ReadResult.Accepted acc : accepted.values()) {
            jobs.add(new Job<>(acc, pool.submit(() -> {
                ExtractedDocument extracted = extract(acc.article());
                ArticleGraph graph = map(extracted);
                T kept = keep.apply(extracted, graph);
                progress.graphMade(graph);
                return new Made<>(graph, kept);
            })));
        }
        return new Batch<>(jobs, rejected, warnings, records);
    }

    /** One article on its way: where it came from and its graph to come. */
    private record Job<T>(ReadResult.Accepted input, Future<Made<T>> made) {
    }

    /** Articles to be written together, with what reading them reported; {@link #end} ends the run. */
    private record Batch<T>(List<Job<T>> jobs, List<ReadResult.Rejected> rejected, List<String> warnings,
                            long records) {
        private static final Batch<?> END = new Batch<>(List.of(), List.of(), List.of(), 0);

        @SuppressWarnings("unchecked")
        static <T> Batch<T> end() {
            return (Batch<T>) END;
        }

        boolean isEnd() {
            return this == END;
        }
    }

    /**
     * Takes the batches in order, waits for their graphs and hands them to the sink. It alone writes the
     * report, so the report lists things in input order. After a failure it drops what is left.
     */
    private final class Writer<T> implements Runnable {
        private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private final Consumer<List<Made<T>>> sink;
        private final Progress progress;
        private final List<ReadResult.Rejected> rejected = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private long articles;
        private long triples;
        private long records;
        private volatile Throwable failure;
        final Thread thread;

        Writer(Consumer<List<Made<T>>> sink, Progress progress) {
            this.sink = sink;
            this.progress = progress;
            this.thread = new Thread(this, "newsgraph-writer");
            thread.setDaemon(true);
        }

        /** Queues a batch, waiting while the queue is full; gives up if the writer has stopped. */
        void put(Batch<T> batch) throws InterruptedException {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        }

        @Override
        public void run() {
            try {
                for (Batch<T> batch = queue.take(); !batch.isEnd(); batch = queue.take()) {
                    if (failure == null) {
                        write(batch);
                    } else {
                        batch.jobs().forEach(j -> j.made().cancel(true));
                    }
                }
            } catch (InterruptedException e) {
                failure = e;
            }
        }

        private void write(Batch<T> batch) throws InterruptedException {
            rejected.addAll(batch.rejected());
            warnings.addAll(batch.warnings());
            List<Made<T>> graphs = new ArrayList<>(batch.jobs().size());
            long waited = 0;
            for (Job<T> job : batch.jobs()) {
                try {
                    graphs.add(job.made().get());
                    progress.recordsDone(records + ++waited);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    rejected.add(new ReadResult.Rejected(job.input().origin(),
                            "article '" + job.input().article().id() + "' failed in the pipeline: " + cause));
                    LOG.info("article {} failed", job.input().article().id(), cause);
                }
            }
            try {
                long t0 = System.nanoTime();
                sink.accept(graphs);
                timer.add(StageTimer.Stage.STORE, System.nanoTime() - t0);
            } catch (RuntimeException | Error e) {
                failure = e;
                return;
            }
            articles += graphs.size();
            for (Made<T> g : graphs) {
                triples += g.graph().model().size();
            }
            records += batch.records();
            progress.recordsDone(records);
            LOG.info("batch of {} articles written ({} so far, {} triples)", graphs.size(), articles, triples);
        }
    }
}
