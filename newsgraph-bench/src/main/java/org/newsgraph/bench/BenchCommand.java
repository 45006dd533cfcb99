package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline.StageTimer.Stage;
import org.newsgraph.Pipeline;
import org.newsgraph.common.FileTrees;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = FloorCommand.class,
        description = {"Measures ingest speed against the bare OpenNLP models, stage shares, store loading "
                + "against Jena's bulk loader, contract query latencies and peak heap; prints Markdown.",
                "Uses the real articles of the corpus folder, replicated with new ids to --articles."})
final class BenchCommand implements Callable<Integer> {

    private static final List<String> CONTRACT_QUERIES = List.of("roles", "meetings", "entities", "dates");

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    long articles = 2_000;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = BenchMain.cores();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingestor.BATCH,
            description = "Articles per write transaction in the ingest (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder with <source>/articles.jsonl (default: ../shared/corpus beside the install).")
    Path corpus;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Build the graph into DIR and keep it (default: a temporary directory, deleted).")
    Path db;

    @Option(names = "--queries-only", description = "Only measure the contract queries on the graph in --db.")
    boolean queriesOnly;

    @Option(names = "--floor-articles", paramLabel = "N",
            description = "Articles (the first of the same sequence) for the model floor (default: min(N, 1000)).")
    Long floorArticles;

    @Option(names = "--query-runs", paramLabel = "N", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int queryRuns = 30;

    @Option(names = "--heap-checkpoints", paramLabel = "K",
            description = "Measure the live heap (after a full GC) K times during the ingest (default: ${DEFAULT-VALUE}).")
    int heapCheckpoints = 0;

    @Option(names = "--no-floor", negatable = true, description = "Measure the model floor (default: on).")
    boolean floor = true;

    @Option(names = "--no-bulk", negatable = true,
            description = "Compare store loading with Jena's bulk loader (default: on).")
    boolean bulk = true;

    @Option(names = "--no-queries", negatable = true, description = "Measure query latencies (default: on).")
    boolean queries = true;

    @Option(names = "--all-queries", negatable = true,
            description = "Besides the contract queries, time every other bundled query (default: on).")
    boolean allQueries = true;

    @Option(names = "--write-corpus", paramLabel = "FILE",
            description = "Only write the N replicated articles to FILE as JSON Lines (input for ingest).")
    Path writeCorpus;

    @Option(names = "--seed", description = "Seed for shuffling the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--summaries-off-run", negatable = true,
            description = "Before the timed ingest, ingest the same articles with the summaries off, to compare "
                    + "(default: off).")
    boolean summariesOffRun;

    @Option(names = "--summary-sizes", paramLabel = "N", split = ",",
            description = "After the ingest, time keeping the summaries current in stores of these sizes, "
                    + "replicated from the ingested articles (e.g. 1000,10000,50000).")
    List<Integer> summarySizes = List.of();

    @Option(names = "--mix", paramLabel = "shuffled|even",
            description = "shuffled: all sources shuffled together; even: each source in turn, so that every "
                    + "source is about equally represented (default: ${DEFAULT-VALUE}).")
    BenchCorpus.Mix mix = BenchCorpus.Mix.SHUFFLED;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (articles < 1 || threads < 1 || queryRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--articles, --threads and --query-runs must be positive");
        }
        if (queriesOnly) {
            if (db == null || !Files.isDirectory(db)) {
                throw new ParameterException(spec.commandLine(), "--queries-only needs --db DIR with a built graph");
            }
            try (NewsStore store = NewsStore.open(db)) {
                header(out, "queries on " + db);
                queryTable(out, store);
            }
            return BenchMain.OK;
        }
        BenchCorpus texts = BenchCorpus.load(corpusFolder(), seed, mix);
        if (writeCorpus != null) {
            texts.writeJsonLines(articles, writeCorpus);
            out.printf("%d articles (from %d originals) written to %s%n", articles, texts.originals(), writeCorpus);
            out.flush();
            return BenchMain.OK;
        }
        Path scratch = Files.createTempDirectory("newsgraph-bench");
        try (HeapSampler heap = new HeapSampler(20)) {
            header(out, articles + " articles (from " + texts.originals() + " originals), " + threads + " threads");
            run(out, texts, heap, scratch);
        } finally {
            deleteTree(scratch);
        }
        return BenchMain.OK;
    }

    private void run(PrintWriter out, BenchCorpus texts, HeapSampler heap, Path scratch) {
        double stockFloor = Double.NaN;
        double usedFloor = Double.NaN;
        double withoutStore = Double.NaN;
        long m = floorArticles != null ? floorArticles : Math.min(articles, 1_000);
        if (floor) {
            List<Article> sample = texts.articles(m).toList();
            ModelFloor models = new ModelFloor();
            List<Article> warm = sample.subList(0, (int) Math.min(100, sample.size()));
            models.run(warm, threads, ModelFloor.Level.STOCK);
            models.run(warm, threads, ModelFloor.Level.AS_USED);
            stockFloor = m / models.run(sample, threads, ModelFloor.Level.STOCK);
            usedFloor = m / models.run(sample, threads, ModelFloor.Level.AS_USED);
            Pipeline stages = Pipeline.standard();
            // The floor's models are warm from the runs above; the pipeline's own code gets a warm-up run too.
            stages.run(texts.input(Math.min(m, WARM_UP)), graphs -> { }, threads, Ingestor.BATCH,
                    Pipeline.Progress.NONE);
            long t0 = System.nanoTime();
            stages.run(texts.input(m), graphs -> { }, threads, Ingestor.BATCH, Pipeline.Progress.NONE);
            withoutStore = m / ((System.nanoTime() - t0) / 1e9);
        }
        warmUpIngest(texts, scratch.resolve("warm-up-db"));
        System.gc();
        heap.resetPeak();

        Path dir = db != null ? db : scratch.resolve("db");
        StageTimes times = new StageTimes();
        AtomicLong done = new AtomicLong();
        long every = heapCheckpoints > 0 ? Math.max(1, articles / heapCheckpoints) : Long.MAX_VALUE;
        AtomicLong nextCheckpoint = new AtomicLong(every);
        Pipeline.Progress progress = n -> {
            done.set(n);
            if (n >= nextCheckpoint.get()) {
                nextCheckpoint.addAndGet(every);
                heap.checkpoint(done::get);
            }
        };
        double offRate = Double.NaN;
        if (summariesOffRun) {
            Path off = scratch.resolve("summaries-off-db");
            try (NewsStore store = NewsStore.open(off)) {
                long t0 = System.nanoTime();
                Ingestor.Result r = new Ingestor(store, Pipeline.StageTimer.NONE, null, false).ingest(texts.input(articles),
                        threads, batchSize, Pipeline.Progress.NONE);
                offRate = r.report().articles() / ((System.nanoTime() - t0) / 1e9);
            }
            deleteTree(off);
            System.gc();
            heap.resetPeak();
        }
        try (NewsStore store = NewsStore.open(dir)) {
            Ingestor ingestor = new Ingestor(store, times);
            long t0 = System.nanoTime();
            Ingestor.Result result = ingestor.ingest(texts.input(articles), threads, batchSize, progress);
            double wall = (System.nanoTime() - t0) / 1e9;
            long peak = heap.peak();
            long triples = result.report().triples();

            double rate = result.report().articles() / wall;
            out.println();
            out.println("### Throughput");
            out.println();
            out.println("| run | articles | seconds | articles/s | pipeline ÷ this |");
            out.println("|---|---:|---:|---:|---:|");
            if (floor) {
                out.printf(Locale.ROOT, "| OpenNLP models alone, lemmatizer as shipped (every token, beam 3) | %d | %.1f | %.1f | %.2f |%n",
                        m, m / stockFloor, stockFloor, rate / stockFloor);
                out.printf(Locale.ROOT, "| OpenNLP models alone, called as newsgraph calls them (**floor**) | %d | %.1f | %.1f | **%.2f** |%n",
                        m, m / usedFloor, usedFloor, rate / usedFloor);
            }
            if (floor) {
                out.printf(Locale.ROOT, "| newsgraph stages without the store (graphs discarded) | %d | %.1f | %.1f | |%n",
                        m, m / withoutStore, withoutStore);
            }
            out.printf(Locale.ROOT, "| newsgraph ingest: read, NLP, extract, resolve, RDF, TDB2, relink | %d | %.1f | %.1f | |%n",
                    result.report().articles(), wall, rate);
            out.printf(Locale.ROOT, "| of which relinking at the end (%d articles re-resolved) | | %.1f | | |%n",
                    result.relinked(), times.seconds(Stage.LINK));
            out.printf(Locale.ROOT, "| of which bringing the summaries up to date | | %.1f | | |%n",
                    times.seconds(Stage.SUMMARIZE));
            if (result.compacted()) {
                out.printf(Locale.ROOT, "| of which compacting the dataset at the end | | %.1f | | |%n",
                        times.seconds(Stage.COMPACT));
            }
            if (summariesOffRun) {
                out.printf(Locale.ROOT, "| the same ingest with the summaries off (run just before) | %d | %.1f | %.1f | |%n",
                        result.report().articles(), result.report().articles() / offRate, offRate);
            }
            out.println();
            out.println("### Stage shares (thread-seconds; NLP to RDF on the workers, store on the writer)");
            out.println();
            out.println("| stage | seconds | share |");
            out.println("|---|---:|---:|");
            for (Stage s : Stage.values()) {
                out.printf(Locale.ROOT, "| %s | %.1f | %.1f%% |%n", s.name().toLowerCase(Locale.ROOT), times.seconds(s),
                        100 * times.seconds(s) / times.total());
            }
            out.printf(Locale.ROOT, "%nStore stage inside the pipeline: %,d triples in %.1f s = %,.0f triples/s.%n",
                    triples, times.seconds(Stage.STORE), triples / times.seconds(Stage.STORE));
            out.flush();

            if (bulk) {
                out.println();
                out.println("### Loading the same N-Quads into an empty TDB2 dataset");
                out.println();
                Path nq = scratch.resolve("export.nq");
                long bytes = StoreLoad.export(store, nq);
                List<StoreLoad.Timing> loads = new ArrayList<>();
                loads.add(StoreLoad.jena(nq, scratch.resolve("jena-default"), "default"));
                loads.add(StoreLoad.jena(nq, scratch.resolve("jena-parallel"), "parallel"));
                loads.add(StoreLoad.newsgraph(nq, scratch.resolve("newsgraph"), batchSize));
                double reference = loads.get(0).quadsPerSecond();
                out.printf(Locale.ROOT, "%,d quads, %.1f MB of N-Quads.%n%n", loads.get(0).quads(), bytes / 1e6);
                out.println("| loader | quads | seconds | quads/s | ÷ Jena default |");
                out.println("|---|---:|---:|---:|---:|");
                for (StoreLoad.Timing t : loads) {
                    out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f |%n", t.loader(), t.quads(), t.seconds(),
                            t.quadsPerSecond(), t.quadsPerSecond() / reference);
                }
                out.flush();
            }
            if (!summarySizes.isEmpty()) {
                SummaryCost.measure(out, store, summarySizes, scratch);
            }
            if (queries) {
                out.println();
                out.printf("Queries on this graph of %d articles:%n", result.report().articles());
                queryTable(out, store);
            }
            out.println();
            out.println("### Memory");
            out.println();
            out.printf(Locale.ROOT, "Peak heap used during the ingest: %.0f MiB of %.0f MiB max.%n", peak / 1048576.0,
                    heap.max() / 1048576.0);
            if (!heap.checkpoints().isEmpty()) {
                out.println();
                out.println("| records done | live heap after full GC (MiB) |");
                out.println("|---:|---:|");
                for (HeapSampler.Checkpoint c : heap.checkpoints()) {
                    out.printf(Locale.ROOT, "| %d | %.0f |%n", c.done(), c.liveBytes() / 1048576.0);
                }
            }
            out.flush();
        }
    }

    private void queryTable(PrintWriter out, NewsStore store) {
        out.println();
        out.println("### Contract queries (all rows read; milliseconds)");
        out.println();
        out.println("| query | rows | runs | p50 | p95 | p99 |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (String q : CONTRACT_QUERIES) {
            QueryLatency.Result r = QueryLatency.measure(store, q, 3, queryRuns);
            out.printf(Locale.ROOT, "| %s.rq | %d | %d | %.1f | %.1f | %.1f |%n", r.query(), r.rows(), r.runs(), r.p50(),
                    r.p95(), r.p99());
            out.flush();
        }
        if (!allQueries) {
            return;
        }
        Map<String, RDFNode> sample = sample(store);
        out.println();
        out.println("### Every other bundled query (parameters bound to the person named in most articles: "
                + (sample.containsKey("name") ? sample.get("name").asLiteral().getString() : "none") + ")");
        out.println();
        out.println("| query | bound | rows | runs | p50 | p95 | p99 |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (String q : Queries.bundledNames()) {
            if (CONTRACT_QUERIES.contains(q)) {
                continue;
            }
            Map<String, RDFNode> bind = new LinkedHashMap<>();
            Queries.parameters(q).forEach(v -> {
                if (sample.containsKey(v)) {
                    bind.put(v, sample.get(v));
                }
            });
            QueryLatency.Result r = QueryLatency.measure(store, q, bind, 1, queryRuns);
            out.printf(Locale.ROOT, "| %s.rq | %s | %d | %d | %.1f | %.1f | %.1f |%n", r.query(),
                    String.join(", ", bind.keySet()), r.rows(), r.runs(), r.p50(), r.p95(), r.p99());
            out.flush();
        }
    }

    /**
     * Values for the parameters of the queries about one entity, name or article: the person named in the
     * most articles, their name, one such article (as id and graph), a word of the name to search for, and
     * the person type.
     */
    private static Map<String, RDFNode> sample(NewsStore store) {
        Map<String, RDFNode> values = new LinkedHashMap<>();
        values.put("type", SchemaDO.Person);
        var rs = store.select(Queries.bundled("bench-sample"));
        if (rs.hasNext()) {
            QuerySolution row = rs.next();
            String name = row.getLiteral("name").getString();
            values.put("entity", row.getResource("person"));
            values.put("name", ResourceFactory.createPlainLiteral(name));
            values.put("q", ResourceFactory.createPlainLiteral(name.split("\\s+")[0].toLowerCase(Locale.ROOT)));
            values.put("g", row.getResource("graph"));
            values.put("article", ResourceFactory.createPlainLiteral(row.getLiteral("article").getString()));
        }
        return values;
    }

    private void header(PrintWriter out, String what) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
        out.println("## newsgraph bench: " + what);
        out.println();
        out.printf(Locale.ROOT, "%s; %d cores, %.1f GiB RAM, load average %.2f at start; Java %s (%s), max heap %.0f MiB%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(), memory / 1073741824.0, os.getSystemLoadAverage(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / 1048576.0);
        out.flush();
    }

    private Path corpusFolder() {
        if (corpus != null) {
            return corpus;
        }
        String home = System.getProperty("newsgraph.home", ".");
        return Path.of(home).resolve("../shared/corpus").normalize();
    }

    /** Articles in the warm-up runs that come before the timed pipeline runs. */
    static final int WARM_UP = 500;

    /**
     * Ingests the first articles into a scratch store and deletes it, so that the timed ingest runs compiled
     * code, as the floor does after its warm-up runs.
     */
    private void warmUpIngest(BenchCorpus texts, Path where) {
        try (NewsStore store = NewsStore.open(where)) {
            new Ingestor(store).ingest(texts.input(Math.min(articles, WARM_UP)), threads, batchSize,
                    Pipeline.Progress.NONE);
        }
        deleteTree(where);
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
