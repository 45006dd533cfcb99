package org.newsgraph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactExtractor;
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
 * <p>{@link #run} streams any number of articles through the stages on several threads, in batches, so
 * memory stays bounded by the batch size, not the input size. One article's failure rejects that article
 * and nothing else.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.ingest");

    private final Annotator annotator;
    private final List<FactExtractor> extractors;
    private final EntityResolver resolver;
    private final GraphMapper mapper;

    public Pipeline(Annotator annotator, List<FactExtractor> extractors, EntityResolver resolver, GraphMapper mapper) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractors = List.copyOf(extractors);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The standard pipeline: the shipped OpenNLP models, every extractor, the bundled lexicons. */
    public static Pipeline standard() {
        return StandardComponents.pipeline(org.newsgraph.resolve.KnownNames.NONE);
    }

    /** The standard pipeline, linking short names against the given known people. */
    public static Pipeline standard(org.newsgraph.resolve.KnownNames known) {
        return StandardComponents.pipeline(known);
    }

    /** Runs every stage up to resolution: the article's entities and facts. */
    public ResolvedDocument analyse(Article article) {
        AnnotatedDocument annotated = annotator.annotate(article.analysedPart());
        if (article.isLong()) {
            // Facts come from the analysed beginning; the article keeps its whole text as its body.
            annotated = new AnnotatedDocument(article, annotated.sentences(), annotated.mentions(), annotated.dates());
        }
        List<Fact> facts = new ArrayList<>();
        for (FactExtractor extractor : extractors) {
            facts.addAll(extractor.extract(annotated));
        }
        return resolver.resolve(new ExtractedDocument(annotated, facts));
    }

    /** Runs every stage: the article's RDF graph. */
    public ArticleGraph process(Article article) {
        return mapper.map(analyse(article));
    }

    /** Listens to a run's progress. */
    public interface Progress {
        void articlesDone(long count);

        Progress NONE = n -> { };
    }

    /**
     * Streams the input through the stages on {@code threads} threads and hands the graphs to {@code sink}
     * in batches of at most {@code batchSize} (the sink writes each batch all or nothing). Within one batch
     * a repeated article id keeps the last version read, with a warning; across batches the later write
     * replaces the earlier one, so the rule is the same: the last one read wins.
     */
    public IngestReport run(Stream<ReadResult> input, Consumer<List<ArticleGraph>> sink, int threads, int batchSize,
                            Progress progress) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batchSize must be positive");
        }
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long articles = 0;
        long triples = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        try (input) {
            Iterator<ReadResult> it = input.iterator();
            while (it.hasNext()) {
                Map<String, ReadResult.Accepted> batch = new LinkedHashMap<>();
                while (it.hasNext() && batch.size() < batchSize) {
                    ReadResult r = it.next();
                    if (r instanceof ReadResult.Rejected rej) {
                        rejected.add(rej);
                        LOG.info("rejected {}", rej);
                    } else if (r instanceof ReadResult.Accepted acc) {
                        acc.warnings().forEach(w -> warnings.add(acc.origin() + ": " + w));
                        ReadResult.Accepted earlier = batch.remove(acc.article().id());
                        if (earlier != null) {
                            warnings.add(acc.origin() + ": article id '" + acc.article().id()
                                    + "' repeats " + earlier.origin() + "; the later one is kept");
                        }
                        batch.put(acc.article().id(), acc);
                    }
                }
                List<Future<ArticleGraph>> futures = new ArrayList<>();
                for (ReadResult.Accepted acc : batch.values()) {
                    futures.add(pool.submit(() -> process(acc.article())));
                }
                List<ArticleGraph> graphs = new ArrayList<>();
                int i = 0;
                for (ReadResult.Accepted acc : batch.values()) {
                    try {
                        graphs.add(futures.get(i++).get());
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        rejected.add(new ReadResult.Rejected(acc.origin(),
                                "article '" + acc.article().id() + "' failed in the pipeline: " + cause));
                        LOG.info("article {} failed", acc.article().id(), cause);
                    }
                }
                sink.accept(graphs);
                articles += graphs.size();
                for (ArticleGraph g : graphs) {
                    triples += g.model().size();
                }
                progress.articlesDone(articles);
                LOG.info("batch of {} articles written ({} so far, {} triples)", graphs.size(), articles, triples);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(articles, triples, rejected, warnings);
    }
}
