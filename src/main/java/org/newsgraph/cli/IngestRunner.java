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

    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, PrintWriter out, PrintWriter err,
                               boolean progress) {
        return ingest(inputs, store, threads, Ingestor.BATCH, null, Ingestor.Compaction.AUTO, out, err, progress);
    }

    /** An ingest that runs only the extractors named (null: all). */
    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, int batchSize,
                               List<String> extractors, Ingestor.Compaction compaction, PrintWriter out,
                               PrintWriter err, boolean progress) {
        Ingestor ingestor = new Ingestor(store, Pipeline.StageTimer.NONE, extractors);
        var results = new ArticleReader().read(inputs);
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
        summarise(result.report(), out, err);
        if (result.relinked() > 0) {
            out.printf("%d stored articles re-linked to people named in other articles%n", result.relinked());
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

    static void summarise(IngestReport report, PrintWriter out, PrintWriter err) {
        for (String w : report.warnings()) {
            err.println("warning: " + w);
        }
        for (ReadResult.Rejected r : report.rejected()) {
            err.println("rejected: " + r);
        }
        out.printf("%d articles in, %d triples, %d rejected%n", report.articles(), report.triples(),
                report.rejected().size());
        out.flush();
        err.flush();
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
