package org.newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the dataset: gives back the disk space of replaced and removed data. "
                + "A large ingest does this by itself when the dataset has doubled in size."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compacted", "1:the failure is printed", "2:usage error"})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (NewsStore store = db.openExisting()) {
            store.compact();
            spec.commandLine().getOut().printf(Locale.ROOT, "%s compacted (%d articles)%n", db.directory,
                    store.articleCount());
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
