package org.newsgraph.spark;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.CrossArticleLinker;
import org.newsgraph.Pipeline;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.AnalysisCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * newsgraph's pipeline as an Apache Spark job: articles in, from JSON Lines or Parquet on any Hadoop path; out,
 * the N-Quads of every article (one named graph each, the IRIs a local ingest gives) in {@code DIR/nquads/part-*},
 * a Parquet table per fact kind in {@code DIR/parquet/<kind>/}, and the records that were not articles, with
 * their file, line and reason, in {@code DIR/rejects/}.
 *
 * <p>Each partition runs the very pipeline of a local ingest ({@code mapPartitions}; the models are loaded once
 * per executor JVM and shared by its task threads). Short names are linked across articles as one local ingest
 * of the same input links them, whatever the partitioning: a first pass reads every article once and collects
 * the people each names in full (what an article names in full depends on it alone); those names, counted over
 * the whole input, are broadcast; a second pass resolves every article again, from what the first pass kept,
 * against them. An article id read twice keeps the last one read (by file, then position in it).
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        description = "Runs newsgraph's pipeline over articles on Spark: N-Quads and Parquet fact tables out.")
public final class NewsgraphJob implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: what spark-submit or spark.master gives).")
    String master;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Articles: a file, folder or glob on any Hadoop path (folders are read recursively).")
    String input;

    @Option(names = "--format", paramLabel = "jsonl|parquet",
            description = "The input's format (default: parquet when PATH ends in .parquet, else jsonl).")
    String format;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where to write nquads/, parquet/<kind>/ and rejects/ (must not exist).")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to process the articles in (default: as the input splits, at least twice the "
                    + "cores).")
    Integer partitions;

    @Option(names = "--compress", negatable = true, defaultValue = "true",
            description = "Gzip the N-Quads (default: on; 'newsgraph load' reads either).")
    boolean compress;

    /** What a run did, for the caller. */
    record Summary(long articles, long rejected, long duplicates, long knownNames, double seconds) {
    }

    private Summary summary;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsgraphJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkSession.Builder builder = SparkSession.builder().appName("newsgraph");
        if (master != null) {
            builder.master(master);
        }
        builder.config("spark.rdd.compress", "true");
        SparkSession spark = builder.getOrCreate();
        try {
            summary = run(spark);
            System.out.printf(Locale.ROOT, "%d articles, %d rejected, %d repeated ids dropped, %d people known in full;"
                            + " %.1f s; written to %s%n", summary.articles(), summary.rejected(), summary.duplicates(),
                    summary.knownNames(), summary.seconds(), output);
            return summary.rejected() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session someone else made (a test's). */
    Summary run(SparkSession spark) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        boolean parquet = format != null ? format.equalsIgnoreCase("parquet")
                : input.toLowerCase(Locale.ROOT).endsWith(".parquet");
        JavaRDD<Records.Line> lines = parquet ? parquetRows(spark) : jsonLines(sc);
        if (partitions != null) {
            lines = lines.repartition(partitions);
        } else if (lines.getNumPartitions() < 2 * sc.defaultParallelism()) {
            lines = lines.repartition(2 * sc.defaultParallelism());
        }
        lines = lines.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Records that are not articles: reported with their place and reason, never fatal.
        JavaRDD<Records.Rejected> rejected = lines.flatMap(l -> {
            ReadResult r = parse(l);
            return r instanceof ReadResult.Rejected rej
                    ? List.of(new Records.Rejected(l.file(), l.position(), l.splitStart(), l.indexInSplit(), rej.reason()))
                            .iterator()
                    : java.util.Collections.emptyIterator();
        });
        long rejectedCount = writeRejects(sc, rejected, parquet);

        // An id read twice: the last one read wins, as in a local ingest.
        Map<String, Records.Position> winners = lines
                .flatMapToPair(l -> parse(l) instanceof ReadResult.Accepted a
                        ? List.of(new Tuple2<>(a.article().id(), new Records.Position(l.file(), l.position()))).iterator()
                        : java.util.Collections.emptyIterator())
                .mapValues(p -> new Tuple2<>(p, 1L))
                .reduceByKey((a, b) -> new Tuple2<>(a._1().compareTo(b._1()) >= 0 ? a._1() : b._1(), a._2() + b._2()))
                .filter(t -> t._2()._2() > 1)
                .mapValues(Tuple2::_1)
                .collectAsMap();
        long duplicates = winners.isEmpty() ? 0 : lines
                .filter(l -> parse(l) instanceof ReadResult.Accepted a && winners.containsKey(a.article().id()))
                .count() - winners.size();
        Broadcast<Map<String, Records.Position>> last = sc.broadcast(new HashMap<>(winners));

        // First pass: every article read once; what it says kept, and the people it names in full.
        JavaRDD<Records.Analysed> analysed = lines.mapPartitions(it -> firstPass(it, last.value()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Tuple2<String, Integer>> counted = analysed
                .flatMapToPair(a -> Arrays.stream(a.names()).map(n -> new Tuple2<>(n, 1)).iterator())
                .reduceByKey(Integer::sum)
                .collect();
        String[] names = new String[counted.size()];
        int[] articles = new int[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            names[i] = counted.get(i)._1();
            articles[i] = counted.get(i)._2();
        }
        Broadcast<KnownNamesTable> known = sc.broadcast(new KnownNamesTable(names, articles));

        // Second pass: every article resolved again against all the names, mapped, written.
        long knownId = known.id();
        JavaRDD<Records.Produced> produced = analysed.mapPartitions(it -> secondPass(it, knownId, known.value()))
                .persist(StorageLevel.DISK_ONLY());
        JavaRDD<String> nquads = produced.map(Records.Produced::nquads);
        if (compress) {
            nquads.saveAsTextFile(output + "/nquads", GzipCodec.class);
        } else {
            nquads.saveAsTextFile(output + "/nquads");
        }
        long count = produced.count();
        for (FactTables table : FactTables.values()) {
            int k = table.ordinal();
            JavaRDD<Row> rows = produced.flatMap(p -> p.rows().get(k).stream().map(RowFactory::create).iterator());
            spark.createDataFrame(rows, table.schema()).write().mode(SaveMode.ErrorIfExists)
                    .parquet(output + "/parquet/" + table.kind());
        }
        produced.unpersist();
        analysed.unpersist();
        lines.unpersist();
        return new Summary(count, rejectedCount, duplicates, names.length, (System.nanoTime() - t0) / 1e9);
    }

    /** JSON Lines, each line with its file, byte offset, split and index in the split. */
    private JavaRDD<Records.Line> jsonLines(JavaSparkContext sc) {
        JavaPairRDD<LongWritable, Text> raw = sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class,
                Text.class, sc.hadoopConfiguration());
        return ((JavaNewHadoopRDD<LongWritable, Text>) raw).mapPartitionsWithInputSplit(NewsgraphJob::linesOf, true);
    }

    /** The lines of one split, each with its place. */
    private static Iterator<Records.Line> linesOf(org.apache.hadoop.mapreduce.InputSplit split,
                                                  Iterator<Tuple2<LongWritable, Text>> it) {
        FileSplit fs = (FileSplit) split;
        String file = fs.getPath().toString();
        long start = fs.getStart();
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Records.Line next() {
                Tuple2<LongWritable, Text> t = it.next();
                // Hadoop reuses its Text: copy the bytes out
                return new Records.Line(file, t._1().get(), start, index++,
                        Arrays.copyOf(t._2().getBytes(), t._2().getLength()));
            }
        };
    }

    /** Parquet rows as JSON objects (the same fields as a JSON Lines record), with their file and row number. */
    private JavaRDD<Records.Line> parquetRows(SparkSession spark) {
        Dataset<Row> rows = spark.read().parquet(input)
                .select(functions.input_file_name().as("file"), functions.to_json(functions.struct(functions.col("*")))
                        .as("json"));
        return rows.javaRDD().zipWithIndex().map(t -> new Records.Line(t._1().getString(0), t._2(), 0, t._2(),
                t._1().getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static final ArticleReader READER = new ArticleReader();

    /** A record read as a local ingest reads a line of JSON Lines; null for a blank line. */
    static ReadResult parse(Records.Line line) {
        return READER.readJsonLine(line.bytes(),
                new ReadResult.Origin(line.file() + " at byte " + line.position(), 0));
    }

    private static Iterator<Records.Analysed> firstPass(Iterator<Records.Line> lines,
                                                        Map<String, Records.Position> last) {
        Pipeline pipeline = JvmPipeline.get();
        List<Records.Analysed> out = new ArrayList<>();
        while (lines.hasNext()) {
            Records.Line l = lines.next();
            if (!(parse(l) instanceof ReadResult.Accepted a)) {
                continue;
            }
            Records.Position winner = last.get(a.article().id());
            if (winner != null && !winner.equals(new Records.Position(l.file(), l.position()))) {
                continue;
            }
            ExtractedDocument extracted = pipeline.extract(a.article());
            Set<String> names = CrossArticleLinker.introduced(pipeline.map(extracted));
            out.add(new Records.Analysed(a.article().id(), AnalysisCodec.encode(extracted),
                    names.toArray(String[]::new)));
        }
        return out.iterator();
    }

    private static Iterator<Records.Produced> secondPass(Iterator<Records.Analysed> analysed, long knownId,
                                                         KnownNamesTable known) {
        Pipeline pipeline = JvmPipeline.knowing(knownId, known);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return analysed.hasNext();
            }

            @Override
            public Records.Produced next() {
                Records.Analysed a = analysed.next();
                ArticleGraph graph = pipeline.map(AnalysisCodec.decode(a.analysis()));
                return new Records.Produced(a.id(), nquads(graph), FactTables.rows(graph));
            }
        };
    }

    /** An article's graph as N-Quads, without the last line break (the text writer adds one). */
    static String nquads(ArticleGraph graph) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(NodeFactory.createURI(graph.graphIri()), graph.model().getGraph());
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, one, RDFFormat.NQUADS);
        String s = out.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Writes the rejected records to {@code DIR/rejects/} as JSON Lines (file, line or position, reason) and
     * returns how many there were. A JSON Lines record gets its line number, counted over the file's splits.
     */
    private long writeRejects(JavaSparkContext sc, JavaRDD<Records.Rejected> rejected, boolean parquet) {
        List<Records.Rejected> all = rejected.collect();
        Map<String, Map<Long, Long>> linesBefore = new HashMap<>();
        if (!all.isEmpty() && !parquet) {
            // lines in each split, to turn (split, index in it) into a line number of the file
            for (Tuple2<Tuple2<String, Long>, Long> t : ((JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
                    input, TextInputFormat.class, LongWritable.class, Text.class, sc.hadoopConfiguration()))
                    .mapPartitionsWithInputSplit((split, it) -> {
                        long n = 0;
                        while (it.hasNext()) {
                            it.next();
                            n++;
                        }
                        FileSplit fs = (FileSplit) split;
                        return List.of(new Tuple2<>(new Tuple2<>(fs.getPath().toString(), fs.getStart()), n)).iterator();
                    }, true).collect()) {
                linesBefore.computeIfAbsent(t._1()._1(), k -> new java.util.TreeMap<>()).put(t._1()._2(), t._2());
            }
        }
        List<String> json = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Records.Rejected r : all) {
            var node = mapper.createObjectNode().put("file", r.file());
            if (parquet) {
                node.put("row", r.position() + 1);
            } else {
                long before = 0;
                for (var e : linesBefore.getOrDefault(r.file(), Map.of()).entrySet()) {
                    if (e.getKey() < r.splitStart()) {
                        before += e.getValue();
                    }
                }
                node.put("line", before + r.indexInSplit() + 1);
            }
            node.put("reason", r.reason());
            json.add(node.toString());
            System.err.println("rejected: " + r.file() + (parquet ? " row " + (r.position() + 1)
                    : ":" + node.get("line").asLong()) + ": " + r.reason());
        }
        sc.parallelize(json, 1).saveAsTextFile(output + "/rejects");
        return all.size();
    }

    /** For tests: runs with these arguments in a session of the caller's. */
    static Summary run(SparkSession spark, String... args) {
        NewsgraphJob job = new NewsgraphJob();
        new CommandLine(job).parseArgs(args);
        return job.run(spark);
    }
}
