package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Ingestor;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes articles (their whole graphs) from the dataset, and re-links the articles whose "
                + "short names depended on them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was removed", "1:some id was not in the dataset", "2:usage error"})
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as given at ingest.")
    List<String> ids;

    @Override
    public Integer call() {
        int missing = 0;
        try (NewsStore store = db.openExisting()) {
            Ingestor ingestor = new Ingestor(store);
            for (String id : ids) {
                if (ingestor.remove(id)) {
                    spec.commandLine().getOut().println("removed " + id);
                } else {
                    spec.commandLine().getErr().println("newsgraph: no article '" + id + "' in " + db.directory);
                    missing++;
                }
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return missing == 0 ? Main.OK : Main.REJECTED;
    }
}
