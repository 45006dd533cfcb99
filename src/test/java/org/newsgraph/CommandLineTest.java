package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;

/** The command line as a user meets it: exit codes and the messages for bad input. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void reportsAMissingFileAndExitsWithOne() {
        Path missing = tmp.resolve("no-such-file.jsonl");
        CliRun r = CliRun.run("ingest", "--db", tmp.resolve("db").toString(), missing.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains(missing + ": no such file or directory"), "the message names the file: " + r.err());
        assertTrue(r.out().contains("0 articles in, 0 triples, 1 rejected"), r.out());
        assertFalse(Files.exists(tmp.resolve("db")), "reported before the dataset was opened or created");
    }

    @Test
    void reportsAMissingFileAtOnceAndIngestsTheOthers() throws Exception {
        Path missing = tmp.resolve("typo.jsonl");
        Path good = Files.writeString(tmp.resolve("good.jsonl"), "{\"id\": \"a\", \"text\": \"The talks ended in Vienna.\"}\n");
        CliRun r = CliRun.run("ingest", "--db", tmp.resolve("db").toString(), missing.toString(), good.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("rejected: " + missing + ": no such file or directory"), r.toString());
        assertTrue(r.out().contains("1 article in,") && r.out().contains("1 rejected"), "counted once: " + r);
    }

    @Test
    void printsTheProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("</modelVersion>\\s*<groupId>[^<]*</groupId>\\s*"
                + "<artifactId>[^<]*</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the project version in pom.xml");
        for (String flag : new String[] {"-V", "--version"}) {
            CliRun r = CliRun.run(flag);
            assertEquals(0, r.exitCode());
            assertTrue(r.out().startsWith("newsgraph " + m.group(1) + System.lineSeparator()), r.out());
        }
    }

    @Test
    void rejectsAMalformedJsonLineAndIngestsTheRest() throws Exception {
        Path jsonl = tmp.resolve("three.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a\", \"text\": \"The minister spoke in Paris.\"}",
                "{\"id\": \"b\", \"text\": \"broken",
                "{\"id\": \"c\", \"text\": \"The talks ended in Vienna.\"}", ""));
        Path db = tmp.resolve("db");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), jsonl.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(jsonl + ":2"), "the message names file and line: " + r.err());
        assertTrue(r.out().contains("2 articles in"), r.out());

        CliRun q = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--query",
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id WHERE { ?a dct:identifier ?id } ORDER BY ?id");
        assertEquals(0, q.exitCode(), q.err());
        assertEquals("id\r\na\r\nc\r\n", q.out());
    }

    @Test
    void exitsWithZeroWhenEverythingWentIn() throws Exception {
        Path txt = tmp.resolve("one.txt");
        Files.writeString(txt, "Title: Talks\nPublished: 2025-03-11\n\nThe two leaders met in Rome on Monday.\n");
        CliRun r = CliRun.run("ingest", "--db", tmp.resolve("db").toString(), txt.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 article in"), r.out());
    }

    @Test
    void exitsWithTwoOnAUsageError() {
        assertEquals(2, CliRun.run("ingest").exitCode());
        assertEquals(2, CliRun.run("export", "--format", "rdfxml-please").exitCode());
        assertEquals(2, CliRun.run("no-such-command").exitCode());
    }

    @Test
    void printsHelpForEveryCommand() {
        for (String cmd : new String[] {"ingest", "extract", "query", "serve", "export", "stats", "entity", "remove", "demo"}) {
            CliRun r = CliRun.run(cmd, "--help");
            assertEquals(0, r.exitCode(), cmd);
            assertTrue(r.out().contains("Usage: newsgraph " + cmd), cmd + ": " + r.out());
        }
    }
}
