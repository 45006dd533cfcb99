package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.common.FileTrees;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.resolve.SurnameIndex;
import org.newsgraph.store.AnalysisCodec;
import org.newsgraph.store.AnalysisLog;

/**
 * Runs the pipeline over a whole input without a store, and gives the graphs that an ingest of the same input
 * into a fresh dataset leaves there, short names linked across articles included. Two passes: the first reads
 * every article (the NLP, once), keeps what it read in a scratch log on disk and counts the people each
 * article names in full; the second resolves every article again from what was kept, against all of those
 * names, and hands its graph on. Memory holds the names and one batch, not the input; the scratch log holds
 * about as much as the compressed input.
 *
 * <p>As in an ingest, an article id read twice keeps the last version read.
 */
public final class Extraction {

    private final Pipeline pipeline;
    private final SurnameIndex known;

    private Extraction(SurnameIndex known, java.util.Collection<String> extractors) {
        this.known = known;
        this.pipeline = Pipeline.standard(known).withExtractors(extractors);
    }

    /** An extraction with the standard pipeline. */
    public static Extraction standard() {
        return standard(null);
    }

    /** An extraction with the standard pipeline running only the extractors named (null: all). */
    public static Extraction standard(java.util.Collection<String> extractors) {
        return new Extraction(new SurnameIndex(), extractors);
    }

    /**
     * Reads the input and hands every article's graph to {@code sink}, in input order, {@code threads} at a
     * time; {@code scratch} is a directory for the first pass's log (created, and deleted at the end).
     */
    public IngestReport run(Stream<ReadResult> input, Consumer<ArticleGraph> sink, int threads, Path scratch) {
        AnalysisLog log = AnalysisLog.at(scratch);
        Map<String, Set<String>> names = new HashMap<>();
        try {
            IngestReport first = pipeline.run(input,
                    (extracted, graph) -> new Read(AnalysisCodec.encode(extracted), CrossArticleLinker.introduced(graph)),
                    batch -> {
                        Map<String, byte[]> analyses = new java.util.LinkedHashMap<>();
                        for (Pipeline.Made<Read> made : batch) {
                            analyses.put(made.graph().articleId(), made.kept().analysis());
                            names.put(made.graph().articleId(), made.kept().names());
                        }
                        log.append(analyses, List.of());
                        log.commit();
                    }, threads, Ingestor.BATCH, Pipeline.Progress.NONE);
            known.clear();
            names.values().forEach(set -> set.forEach(n -> known.add(EntityType.PERSON, n, 1)));
            names.clear();
            List<AnalysisLog.Entry> entries = log.latest();
            long triples = 0;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int from = 0; from < entries.size(); from += Ingestor.BATCH) {
                    List<Future<ArticleGraph>> graphs = new ArrayList<>();
                    for (AnalysisLog.Entry e : entries.subList(from, Math.min(entries.size(), from + Ingestor.BATCH))) {
                        byte[] bytes = log.read(e);
                        if (bytes == null) {
                            throw new NewsGraphException("the scratch log in " + scratch + " was damaged at article '"
                                    + e.id() + "'");
                        }
                        graphs.add(pool.submit(() -> pipeline.map(AnalysisCodec.decode(bytes))));
                    }
                    for (Future<ArticleGraph> g : graphs) {
                        ArticleGraph graph = g.get();
                        triples += graph.model().size();
                        sink.accept(graph);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsGraphException("interrupted", e);
            } catch (ExecutionException e) {
                throw new NewsGraphException("resolving failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            return new IngestReport(entries.size(), triples, first.rejected(), first.warnings());
        } finally {
            log.close();
            delete(scratch);
        }
    }

    /** An article's analysis and the people it names in full. */
    private record Read(byte[] analysis, Set<String> names) {
    }

    private static void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
