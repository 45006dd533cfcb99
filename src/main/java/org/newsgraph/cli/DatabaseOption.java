package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option shared by the commands that use the dataset. Commands that read it open it with
 * {@link #openExisting()}, which refuses a directory that holds no dataset instead of creating an empty one:
 * a mistyped {@code --db} is then an error that names the path, not an empty answer.
 */
final class DatabaseOption {

    /** Where {@code demo} builds its dataset unless told otherwise. */
    static final String DEMO_DEFAULT = "newsgraph-demo-db";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "The TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    /** Opens the dataset, creating it when the directory holds none (for commands that write). */
    NewsStore open() {
        return NewsStore.open(directory);
    }

    /** Opens the dataset for a command that reads it; a directory without one is an error, and is not created. */
    NewsStore openExisting() {
        requireDataset(directory);
        return NewsStore.open(directory);
    }

    /** Fails, naming the path and how to make a dataset there, when {@code dir} holds no dataset. */
    static void requireDataset(Path dir) {
        if (NewsStore.isDataset(dir)) {
            return;
        }
        Path shown = dir.toAbsolutePath().normalize();
        StringBuilder msg = new StringBuilder("no dataset at ").append(shown);
        if (java.nio.file.Files.exists(dir)) {
            msg.append(" (the directory exists but holds no newsgraph dataset)");
        }
        msg.append(". Create one with: bin/newsgraph ingest --db ").append(dir).append(" FILE...");
        Path demo = Path.of(DEMO_DEFAULT);
        if (!dir.toAbsolutePath().normalize().equals(demo.toAbsolutePath().normalize()) && NewsStore.isDataset(demo)) {
            msg.append("; or read the one 'demo' built: --db ").append(DEMO_DEFAULT);
        }
        throw new NewsGraphException(msg.toString());
    }
}
