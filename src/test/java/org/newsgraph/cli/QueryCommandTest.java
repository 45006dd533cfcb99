package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/** {@code query} as a user runs it: syntax errors in words, with exit code 2. */
class QueryCommandTest {

    @TempDir
    Path tmp;

    Path db;

    @BeforeEach
    void dataset() {
        db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            store.putAll(SyntheticArticles.graphs("article", 3, 1));
        }
    }

    @Test
    void reportsASyntaxErrorInWordsWithExitCodeTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("broken.rq"), "SELECT ?s\nWHERE { ?s ?p ?o } }\n");
        CliRun run = CliRun.run("query", "--db", db.toString(), file.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ": syntax error at line 2, column 20: unexpected '}'"), run.toString());
        assertFalse(run.err().contains("Encountered"), "no parser jargon: " + run);
        assertTrue(run.out().isEmpty(), run.toString());

        CliRun inline = CliRun.run("query", "--db", db.toString(), "--query", "SELEC * { ?s ?p ?o }");
        assertEquals(2, inline.exitCode(), inline.toString());
        assertTrue(inline.err().contains("unknown word 'SELEC'"), inline.toString());
    }

    @Test
    void reportsAMissingQueryFileWithExitCodeTwo() {
        CliRun run = CliRun.run("query", "--db", db.toString(), tmp.resolve("nope.rq").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no query file " + tmp.resolve("nope.rq")), run.toString());
    }
}
