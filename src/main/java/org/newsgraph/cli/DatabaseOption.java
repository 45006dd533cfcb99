package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the dataset. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "The TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
    Path directory;
}
