package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.IngestReport;
import org.newsgraph.Ingestor;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts their facts and stores them, one named graph per article.",
                "INPUT is a .jsonl, .json, .txt or .html file, a directory (read recursively), or - for JSON Lines on "
                        + "standard input. Re-ingesting an article replaces its graph."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article went in", "1:some input was rejected (each is reported)",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    ExtractorsOption extractors;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Mixin
    TextRootOption textRoots;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = IngestRunner.threads();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Ingestor.BATCH,
            description = "Articles written per transaction (default: ${DEFAULT-VALUE}); a batch goes in whole "
                    + "or not at all.")
    int batchSize;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: on a terminal).")
    Boolean progress;

    @Option(names = "--compact", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Compact the dataset at the end: auto (when the run wrote at least 10,000 articles and as "
                    + "many as the dataset held), always, or never (sooner; 'newsgraph compact' gives the space back "
                    + "later). Default: ${DEFAULT-VALUE}.")
    org.newsgraph.Compaction compact;

    @Override
    public Integer call() {
        if (threads < 1 || batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch-size must be positive");
        }
        boolean showProgress = progress != null ? progress : System.console() != null;
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        textRoots.check();
        // Names that point nowhere are reported before the models load and the dataset opens.
        List<ReadResult.Rejected> missing = IngestRunner.missing(inputs);
        missing.forEach(r -> err.println("rejected: " + r));
        err.flush();
        if (missing.size() == inputs.size()) {
            out.println(IngestReport.summary(0, 0, missing.size()));
            out.flush();
            return Main.REJECTED;
        }
        List<String> present = inputs.stream()
                .filter(i -> missing.stream().noneMatch(r -> r.origin().file().equals(i))).toList();
        try (NewsStore store = db.open()) {
            IngestReport report = IngestRunner.ingest(present, textRoots.reader(), store, threads, batchSize,
                    missing.size(), extractors.names(), compact, out, err, showProgress);
            return report.allAccepted() && missing.isEmpty() ? Main.OK : Main.REJECTED;
        }
    }
}
