package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/**
 * The commands that read a dataset ({@code query}, {@code stats}, {@code entity}, {@code export},
 * {@code compact}, {@code remove}, {@code serve}) given a directory that holds none: each refuses with exit 1,
 * names the path and how to create a dataset there, and leaves the file system as it was.
 */
class ReadingCommandsTest {

    @TempDir
    Path tmp;

    private static List<String[]> readingCommands(Path db) {
        String d = db.toString();
        return List.of(
                new String[] {"query", "--db", d, "--query", "SELECT * { ?s ?p ?o } LIMIT 1"},
                new String[] {"stats", "--db", d},
                new String[] {"entity", "--db", d, "Marco Rubio"},
                new String[] {"export", "--db", d},
                new String[] {"compact", "--db", d},
                new String[] {"remove", "--db", d, "some-article"},
                new String[] {"serve", "--db", d, "--port", "0"});
    }

    @Test
    void refusesADirectoryThatHoldsNoDatasetAndNeverCreatesIt() {
        Path missing = tmp.resolve("mistyped-db");
        for (String[] args : readingCommands(missing)) {
            CliRun run = CliRun.run(args);
            assertEquals(1, run.exitCode(), args[0] + ": " + run);
            assertTrue(run.err().contains("no dataset at " + missing.toAbsolutePath()), args[0] + " names the path: " + run);
            assertTrue(run.err().contains("bin/newsgraph ingest --db " + missing), args[0] + " says how to create one: " + run);
            assertTrue(run.out().isEmpty(), args[0] + " prints no empty result: " + run);
            assertFalse(Files.exists(missing), args[0] + " created " + missing);
        }
    }

    @Test
    void refusesAnExistingDirectoryWithoutADatasetAndLeavesItAsItWas() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(folder.resolve("todo.txt"), "not a dataset");
        for (String[] args : readingCommands(folder)) {
            CliRun run = CliRun.run(args);
            assertEquals(1, run.exitCode(), args[0] + ": " + run);
            assertTrue(run.err().contains("exists but holds no newsgraph dataset"), args[0] + ": " + run);
            try (var entries = Files.list(folder)) {
                assertEquals(List.of(folder.resolve("todo.txt")), entries.toList(), args[0] + " wrote into the folder");
            }
        }
    }

    @Test
    void readsADatasetThatExists() {
        Path db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            store.putAll(SyntheticArticles.graphs("a", 2, 0));
        }
        CliRun run = CliRun.run("stats", "--db", db.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("articles  2"), run.toString());
    }

    @Test
    void pointsToTheDemoDatasetWhenTheDefaultOneIsMissing() throws Exception {
        try (NewsStore store = NewsStore.open(tmp.resolve("newsgraph-demo-db"))) {
            store.putAll(SyntheticArticles.graphs("a", 1, 0));
        }
        // The default --db is relative to the working directory: run the command line where the demo ran.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "query", "--query", "SELECT * { ?s ?p ?o } LIMIT 1"));
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("no dataset at " + tmp.toRealPath().resolve("newsgraph-db")), output);
        assertTrue(output.contains("--db newsgraph-demo-db"), "points to the demo's dataset: " + output);
        assertFalse(Files.exists(tmp.resolve("newsgraph-db")), "the default dataset was not created");
    }
}
