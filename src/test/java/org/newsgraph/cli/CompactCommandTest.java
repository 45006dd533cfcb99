package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCommandTest {

    @TempDir
    Path tmp;

    @Test
    void givesBackTheSpaceOfReplacedArticlesAndKeepsTheArticles() throws Exception {
        Path jsonl = tmp.resolve("two.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Foreign Minister Anna Berg met Prime Minister Tom Hale in Oslo on Monday.\"}",
                "{\"id\": \"b\", \"text\": \"The talks ended in Vienna, Health Secretary Joan Pike said.\"}", ""));
        String db = tmp.resolve("db").toString();
        for (int i = 0; i < 3; i++) {
            CliRun ingest = CliRun.run("ingest", "--db", db, jsonl.toString());
            assertEquals(0, ingest.exitCode(), ingest.toString());
        }
        assertEquals(List.of("Data-0001"), generations(db));
        CliRun compact = CliRun.run("compact", "--db", db);
        assertEquals(0, compact.exitCode(), compact.toString());
        assertTrue(compact.out().contains("compacted (2 articles)"), compact.out());
        // TDB2 copies the live data into a new generation and deletes the old one with what it replaced
        assertEquals(List.of("Data-0002"), generations(db));

        CliRun stats = CliRun.run("stats", "--db", db);
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(Pattern.compile("(?m)^articles\\s+2$").matcher(stats.out()).find(), stats.out());
    }

    private static List<String> generations(String db) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(db))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void saysSoWhenThereIsNoDataset() {
        CliRun compact = CliRun.run("compact", "--db", tmp.resolve("nothing").toString());
        assertEquals(1, compact.exitCode(), compact.toString());
        assertTrue(compact.err().contains("no dataset"), compact.err());
        assertTrue(Files.notExists(tmp.resolve("nothing")));
    }
}
