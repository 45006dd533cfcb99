package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.IngestReport;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;

/** Runs an ingest with a progress bar on a terminal, and prints the summary. */
final class IngestRunner {

    private IngestRunner() {
    }

    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, PrintWriter out, PrintWriter err,
                               boolean progress) {
        return ingest(inputs, store, threads, Ingestor.BATCH, out, err, progress);
    }

    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, int batchSize, PrintWriter out,
                               PrintWriter err, boolean progress) {
        Ingestor ingestor = new Ingestor(store);
        var results = new ArticleReader().read(inputs);
        Ingestor.Result result;
        if (progress) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1)
                    .setInitialMax(-1).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .continuousUpdate().build()) {
                result = ingestor.ingest(results, threads, batchSize, bar::stepTo);
            }
        } else {
            result = ingestor.ingest(results, threads, batchSize, Pipeline.Progress.NONE);
        }
        summarise(result.report(), out, err);
        if (result.relinked() > 0) {
            out.printf("%d stored articles re-linked to people named in other articles%n", result.relinked());
            out.flush();
        }
        return result.report();
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
