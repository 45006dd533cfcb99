package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.IngestReport;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;

/**
 * Runs an ingest with a progress bar on a terminal (articles per second, and a total and an ETA when the
 * input can be counted cheaply), and prints the summary.
 */
final class IngestRunner {

    private IngestRunner() {
    }

    static IngestReport ingest(List<String> inputs, ArticleReader reader, NewsStore store, int threads,
                               PrintWriter out, PrintWriter err, boolean progress) {
        return ingest(inputs, reader, store, threads, Ingestor.BATCH, 0, null, org.newsgraph.Compaction.AUTO, out, err,
                progress);
    }

    /**
     * Ingests with only the extractors named (null: all); {@code rejectedBefore} inputs were rejected (and
     * reported) before the run, and count in its summary.
     */
    static IngestReport ingest(List<String> inputs, ArticleReader reader, NewsStore store, int threads, int batchSize,
                               int rejectedBefore, List<String> extractors, org.newsgraph.Compaction compaction,
                               PrintWriter out, PrintWriter err, boolean progress) {
        Thread onStop = interruptionReport(store, out);
        try {
            return run(inputs, reader, store, threads, batchSize, rejectedBefore, extractors, compaction, out, err,
                    progress);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs
            }
        }
    }
    /**
     * Registers what an ingest stopped by a signal (SIGTERM, Ctrl-C) prints: how many articles of this run were
     * committed when the signal came, and how to finish. A write transaction is all or nothing, so the dataset
     * keeps that count, plus at most the one batch whose commit ended while the process was stopping.
     */
    private static Thread interruptionReport(NewsStore store, PrintWriter out) {
        long before = store.articleCount();
        Thread hook = new Thread(() -> {
            String held;
            try {
                long now = store.articleCount();
                held = (now - before) + " new " + (now - before == 1 ? "article" : "articles")
                        + " committed by this run (the dataset holds " + now + ")";
            } catch (RuntimeException e) {
                held = "the articles of the batches written before it are in";
            }
            out.println("ingest interrupted: " + held + "; a batch being written then is wholly in or wholly out, "
                    + "no article is half in. Run the same ingest again to finish: articles already in are "
                    + "replaced, not doubled.");
            out.flush();
        }, "ingest-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static IngestReport run(List<String> inputs, ArticleReader reader, NewsStore store, int threads,
                                    int batchSize, int rejectedBefore, List<String> extractors,
                                    org.newsgraph.Compaction compaction, PrintWriter out, PrintWriter err,
                                    boolean progress) {
        Ingestor ingestor = new Ingestor(store, Pipeline.StageTimer.NONE, extractors);
        var results = reader.read(inputs);
        Ingestor.Result result;
        if (progress) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1)
                    .setInitialMax(countRecords(inputs, MAX_COUNTED_BYTES)).showSpeed(new DecimalFormat("0.0"))
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build()) {
                result = ingestor.ingest(results, threads, batchSize, compaction, new Pipeline.Progress() {
                    @Override
                    public void recordsDone(long count) {
                        bar.stepTo(count);
                    }

                    @Override
                    public void phase(String what) {
                        bar.setExtraMessage(" " + what + "...");
                        bar.refresh();
                    }
                });
            }
        } else {
            result = ingestor.ingest(results, threads, batchSize, compaction, Pipeline.Progress.NONE);
        }
        summarise(result.report(), rejectedBefore, out, err);
        if (result.relinked() > 0) {
            out.printf("%d stored %s re-linked to people named in other articles%n", result.relinked(),
                    result.relinked() == 1 ? "article" : "articles");
        }
        if (result.compacted()) {
            out.println("dataset compacted (the space of replaced data reclaimed)");
        }
        out.flush();
        return result.report();
    }

    /** Inputs larger than this are not pre-counted: the bar then shows speed but no total or ETA. */
    static final long MAX_COUNTED_BYTES = 4L << 30;

    /**
     * The number of records in the inputs when it is cheap to know: JSON Lines files (non-blank lines,
     * counted by scanning bytes, about a second per gigabyte) and text files (one each), alone or in
     * directories, up to {@code maxBytes} of JSON Lines in all. -1 (unknown) for standard input, JSON files
     * (an array has to be parsed to count) or larger inputs.
     */
    static long countRecords(List<String> inputs, long maxBytes) {
        List<Path> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                if (input.equals("-")) {
                    return -1;
                }
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(Files::isRegularFile).forEach(files::add);
                    }
                } else if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
            long bytes = 0;
            for (Path f : files) {
                if (extension(f).equals("json")) {
                    return -1;
                } else if (isJsonLines(f)) {
                    bytes += Files.size(f);
                }
            }
            if (bytes > maxBytes) {
                return -1;
            }
            long records = 0;
            for (Path f : files) {
                if (isJsonLines(f)) {
                    records += nonBlankLines(f);
                } else if (extension(f).equals("txt")) {
                    records++;
                }
            }
            return records;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isJsonLines(Path f) {
        String ext = extension(f);
        return ext.equals("jsonl") || ext.equals("ndjson");
    }

    private static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long nonBlankLines(Path f) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }

    /**
     * The inputs that name no file or directory, as rejections: checked before anything slow is loaded, so
     * that a mistyped name is reported at once.
     */
    static List<ReadResult.Rejected> missing(List<String> inputs) {
        List<ReadResult.Rejected> missing = new ArrayList<>();
        for (String input : inputs) {
            if (!input.equals("-") && !Files.exists(Path.of(input))) {
                missing.add(new ReadResult.Rejected(new ReadResult.Origin(input, 0), "no such file or directory"));
            }
        }
        return missing;
    }

    static void summarise(IngestReport report, PrintWriter out, PrintWriter err) {
        summarise(report, 0, out, err);
    }

    /** Prints the warnings, the rejections and the counts; {@code rejectedBefore} were reported already. */
    static void summarise(IngestReport report, int rejectedBefore, PrintWriter out, PrintWriter err) {
        for (String w : report.warnings()) {
            err.println("warning: " + w);
        }
        for (ReadResult.Rejected r : report.rejected()) {
            err.println("rejected: " + r);
        }
        out.println(IngestReport.summary(report.articles(), report.triples(), report.rejected().size() + rejectedBefore));
        out.flush();
        err.flush();
    }


    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
