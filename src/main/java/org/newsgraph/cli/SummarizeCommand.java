package org.newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.NewsStore;
import org.newsgraph.summary.SummaryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Rebuilds the summaries of what many articles agree on (roles and meetings across "
                + "articles, and where they conflict) from every article in the dataset.",
                "ingest and remove keep them up to date; this is for a dataset written some other way."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rebuilt", "1:the failure is printed", "2:usage error"})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (NewsStore store = db.openExisting()) {
            long t0 = System.nanoTime();
            SummaryBuilder.Result r = new SummaryBuilder(store).rebuild();
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%d role summaries, %d meeting summaries, %d conflicts from %d articles (%.1f s)%n",
                    r.roles(), r.meetings(), r.conflicts(), store.articleCount(), (System.nanoTime() - t0) / 1e9);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
