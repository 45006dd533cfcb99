package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.IngestReport;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;

/** Runs the pipeline over inputs into a store, with a progress bar on a terminal and a summary. */
final class IngestRunner {

    static final int BATCH = 64;

    private IngestRunner() {
    }

    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, PrintWriter out, PrintWriter err,
                               boolean progress) {
        return ingest(inputs, store, threads, BATCH, out, err, progress);
    }

    static IngestReport ingest(List<String> inputs, NewsStore store, int threads, int batchSize, PrintWriter out,
                               PrintWriter err, boolean progress) {
        Pipeline pipeline = Pipeline.standard();
        var results = new ArticleReader().read(inputs);
        IngestReport report;
        if (progress) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1)
                    .setInitialMax(-1).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .continuousUpdate().build()) {
                report = pipeline.run(results, store::putAll, threads, batchSize, bar::stepTo);
            }
        } else {
            report = pipeline.run(results, store::putAll, threads, batchSize, Pipeline.Progress.NONE);
        }
        summarise(report, out, err);
        return report;
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
