package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} as a new user meets it: a busy port is reported at once, before anything is loaded, in one
 * line that says what to do; a demo that ran says which {@code --db} later commands take, and they find its
 * data there.
 */
class DemoCommandTest {

    @TempDir
    Path tmp;

    private Path data() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("talks.jsonl"), "{\"id\": \"talks\", \"published\": \"2025-03-11\", \"text\": "
                + "\"Foreign Minister Anna Berg met Prime Minister Tomas Lind in Oslo on Monday.\"}\n");
        return data;
    }

    @Test
    void refusesABusyPortAtOnceBeforeLoadingAnything() throws Exception {
        Path db = tmp.resolve("demo-db");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            for (String[] args : new String[][] {
                    {"demo", "--db", db.toString(), "--data", data().toString(), "--port", "" + port, "--no-wait"},
                    {"serve", "--db", db.toString(), "--port", "" + port, "--inbox", tmp.resolve("inbox").toString()}}) {
                long start = System.nanoTime();
                CliRun run = CliRun.run(args);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(1, run.exitCode(), run.toString());
                String err = run.err().strip();
                assertEquals(1, err.lines().count(), "one line: " + run);
                assertTrue(err.contains("port " + port + " on 127.0.0.1 is already in use"), run.toString());
                assertTrue(err.contains("--port 0"), "suggests a way out: " + run);
                assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + run);
                assertFalse(Files.exists(db), args[0] + ": nothing was loaded or created before the check");
                assertTrue(seconds < 10, args[0] + " answered after " + seconds + " s");
            }
        }
    }

    @Test
    void saysWhichDbLaterCommandsTakeAndTheyFindTheDemoThere() throws Exception {
        Path db = tmp.resolve("demo-db");
        CliRun demo = CliRun.run("demo", "--db", db.toString(), "--data", data().toString(), "--port", "0",
                "--no-wait");
        assertEquals(0, demo.exitCode(), demo.toString());
        assertTrue(demo.out().contains("bin/newsgraph query  --db " + db + " queries/roles.rq"), demo.out());

        CliRun query = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--query",
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id { ?a dct:identifier ?id }");
        assertEquals(0, query.exitCode(), query.toString());
        assertEquals("id\r\ntalks\r\n", query.out());
    }

    @Test
    void runsAgainOverTheDatasetItMadeBefore() throws Exception {
        Path db = tmp.resolve("demo-db");
        // a surname alone is kept for re-linking: the dataset folder then holds the kept analyses too
        Files.writeString(data().resolve("later.jsonl"), "{\"id\": \"later\", \"published\": \"2025-03-12\", "
                + "\"text\": \"Berg said on Tuesday that the talks had gone well.\"}\n");
        for (int round = 1; round <= 2; round++) {
            CliRun demo = CliRun.run("demo", "--db", db.toString(), "--data", data().toString(), "--port", "0",
                    "--no-wait");
            assertEquals(0, demo.exitCode(), "round " + round + ": " + demo);
        }
        CliRun query = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--query",
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id { ?a dct:identifier ?id }");
        assertEquals(Set.of("id", "talks", "later"), Set.copyOf(query.out().lines().toList()),
                "the second demo starts afresh: " + query);
    }
}
