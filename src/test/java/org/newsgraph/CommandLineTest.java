package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/** The command line as a user meets it: exit codes and the messages for bad input. */
class CommandLineTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void reportsAMissingFileAndExitsWithOne() {
        Path missing = tmp.resolve("no-such-file.jsonl");
        Run r = run("ingest", "--db", tmp.resolve("db").toString(), missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(missing.toString()), "the message names the file: " + r.err());
    }

    @Test
    void rejectsAMalformedJsonLineAndIngestsTheRest() throws Exception {
        Path jsonl = tmp.resolve("three.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a\", \"text\": \"The minister spoke in Paris.\"}",
                "{\"id\": \"b\", \"text\": \"broken",
                "{\"id\": \"c\", \"text\": \"The talks ended in Vienna.\"}", ""));
        Path db = tmp.resolve("db");
        Run r = run("ingest", "--db", db.toString(), jsonl.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(jsonl + ":2"), "the message names file and line: " + r.err());
        assertTrue(r.out().contains("2 articles in"), r.out());

        Run q = run("query", "--db", db.toString(), "--format", "csv", "--query",
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?a dct:identifier ?id } ORDER BY ?id");
        assertEquals(0, q.code(), q.err());
        assertEquals("id\r\na\r\nc\r\n", q.out());
    }

    @Test
    void exitsWithZeroWhenEverythingWentIn() throws Exception {
        Path txt = tmp.resolve("one.txt");
        Files.writeString(txt, "Title: Talks\nPublished: 2025-03-11\n\nThe two leaders met in Rome on Monday.\n");
        Run r = run("ingest", "--db", tmp.resolve("db").toString(), txt.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 articles in"), r.out());
    }

    @Test
    void exitsWithTwoOnAUsageError() {
        assertEquals(2, run("ingest").code());
        assertEquals(2, run("export", "--format", "rdfxml-please").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void printsHelpForEveryCommand() {
        for (String cmd : new String[] {"ingest", "extract", "query", "serve", "export", "stats", "entity", "remove", "demo"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: newsgraph " + cmd), cmd + ": " + r.out());
        }
    }
}
