package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;
import org.newsgraph.store.NewsStore;

/**
 * Input written to attack the reader, through the real command line: a {@code .json} record whose
 * {@code textFile} points anywhere but a regular file under its own folder (or a folder the user named) is
 * rejected with its file and the reason, reads nothing and loses nothing else; a NUL byte costs only its line.
 */
class UntrustedInputTest {

    private static final String TEXT = "The foreign ministers met in Geneva on Monday to discuss the ceasefire.";

    @TempDir
    Path tmp;

    private Path record(Path folder, String id, String textFile) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(id + ".json"),
                "{\"id\": \"" + id + "\", \"textFile\": \"" + textFile.replace("\\", "\\\\") + "\"}\n");
    }

    private List<String> storedBodies(Path db) {
        List<String> bodies = new ArrayList<>();
        try (NewsStore store = NewsStore.open(db)) {
            store.select(org.apache.jena.query.QueryFactory.create("PREFIX schema: <https://schema.org/> "
                    + "SELECT ?b { ?a schema:articleBody ?b }")).forEachRemaining(r -> bodies.add(r.getLiteral("b").getString()));
        }
        return bodies;
    }

    @Test
    void readsNoTextFileOutsideTheRecordsFolderAndKeepsTheRest() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET API KEY 12345 on this machine.");
        Path inputs = tmp.resolve("inputs");
        Files.createDirectories(inputs);
        Files.writeString(inputs.resolve("fine.txt"), TEXT);
        Files.createSymbolicLink(inputs.resolve("link.txt"), secret);
        List<Path> attacks = List.of(
                record(inputs, "absolute", secret.toString()),
                record(inputs, "dotdot", "../secret.txt"),
                record(inputs, "symlink", "link.txt"),
                record(inputs, "passwd", "/etc/passwd"),
                record(inputs, "directory", "."));
        Path good = record(inputs, "good", "fine.txt");
        Path db = tmp.resolve("db");
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
        attacks.forEach(a -> args.add(a.toString()));
        args.add(good.toString());
        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertEquals(1, run.exitCode(), run.toString());
        for (Path attack : attacks) {
            assertTrue(run.err().contains("rejected: " + attack + ": textFile"), attack + " named: " + run);
        }
        assertTrue(run.err().contains("is outside the folders text may be read from"), run.toString());
        assertTrue(run.err().contains("--text-root"), "says how to allow a folder: " + run);
        assertTrue(run.out().contains("1 article in") && run.out().contains("5 rejected"), run.toString());
        assertEquals(List.of(TEXT), storedBodies(db), "only the good record's text is stored");
    }

    @Test
    void readsATextFileUnderAFolderTheUserNames() throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("article.txt"), TEXT);
        Path json = record(tmp.resolve("records"), "elsewhere", "../texts/article.txt");
        Path db = tmp.resolve("db");
        assertEquals(1, CliRun.run("ingest", "--db", db.toString(), json.toString()).exitCode(), "not by default");
        CliRun allowed = CliRun.run("ingest", "--db", db.toString(), "--text-root", texts.toString(), json.toString());
        assertEquals(0, allowed.exitCode(), allowed.toString());
        assertEquals(List.of(TEXT), storedBodies(db));
    }

    @Test
    void refusesSpecialAndOversizedFilesWithoutReadingThem() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix /dev");
        Path inputs = tmp.resolve("inputs");
        Files.createDirectories(inputs);
        Files.createSymbolicLink(inputs.resolve("zero"), Path.of("/dev/zero"));
        try (RandomAccessFile big = new RandomAccessFile(inputs.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(ArticleReader.DEFAULT_MAX_RECORD_BYTES + 1L); // sparse: no disk used
        }
        Path zero = record(inputs, "zero", "/dev/zero");
        Path linkedZero = record(inputs, "linked-zero", "zero");
        Path huge = record(inputs, "huge", "huge.txt");
        Files.writeString(inputs.resolve("fine.txt"), TEXT);
        Path good = record(inputs, "good", "fine.txt");
        Path db = tmp.resolve("db");
        CliRun run = CliRun.run("ingest", "--db", db.toString(), "--text-root", "/dev", zero.toString(),
                linkedZero.toString(), huge.toString(), good.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(zero + ": textFile '/dev/zero' is not a regular file"), run.toString());
        assertTrue(run.err().contains(linkedZero + ": textFile 'zero'"), run.toString());
        assertTrue(run.err().contains(huge + ": textFile 'huge.txt' is larger than"), run.toString());
        assertEquals(List.of(TEXT), storedBodies(db), "the run went on: the good record is in");
    }

    @Test
    void aNulByteRejectsOnlyItsLineWhereverItIs() throws Exception {
        byte[] first = "{\"id\": \"nul\", \"text\": \"A\u0000B\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("{\"id\": \"after-1\", \"text\": \"" + TEXT + "\"}\n{\"id\": \"after-2\", \"text\": \"" + TEXT
                + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        Path feed = Files.write(tmp.resolve("feed.jsonl"), all);
        Path db = tmp.resolve("db");
        CliRun run = CliRun.run("ingest", "--db", db.toString(), feed.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(feed + ":1: binary content (NUL bytes)"), run.toString());
        assertFalse(run.err().contains("binary file"), "not the whole file: " + run);
        assertTrue(run.out().contains("2 articles in") && run.out().contains("1 rejected"), run.toString());
    }
}
