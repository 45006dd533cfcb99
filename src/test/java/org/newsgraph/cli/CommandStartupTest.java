package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/**
 * What a command loads before it answers, seen in a JVM of its own through its class-loading log: the commands
 * that read a dataset, and an ingest whose inputs are all missing, load none of the language models (OpenNLP,
 * the pipeline's stages), which take seconds to load and are not needed to answer.
 */
class CommandStartupTest {

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void dataset() {
        db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            store.putAll(SyntheticArticles.graphs("article", 5, 2));
        }
    }

    /** Runs the command line in a new JVM; returns the classes it loaded, after checking its exit code. */
    private static List<String> loadedClasses(int expectedExit, String... args) throws Exception {
        Path log = Files.createTempFile(tmp, "classes", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(expectedExit, p.exitValue(), String.join(" ", args) + "\n" + output);
        return Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
                .map(l -> l.split(" ")[0]).toList();
    }

    private static void assertNoLanguageModels(List<String> classes, String what) {
        // The option types of the name-finder commands (an interface, an enum) are read with every command line;
        // OpenNLP, the model loader, the pipeline and its stages are what take the time.
        List<String> nlp = classes.stream().filter(c -> c.startsWith("opennlp.tools.")
                || c.startsWith("org.newsgraph.nlp.Models") || c.startsWith("org.newsgraph.nlp.OpenNlp")
                || c.startsWith("org.newsgraph.extract.") || c.startsWith("org.newsgraph.resolve.")
                || c.equals("org.newsgraph.Pipeline") || c.equals("org.newsgraph.Ingestor")).toList();
        assertTrue(nlp.isEmpty(), what + " loaded " + nlp);
        assertTrue(classes.contains("org.newsgraph.cli.Main"), "the log covers the run: " + classes.size() + " classes");
    }

    @Test
    void readingCommandsLoadNoLanguageModels() throws Exception {
        assertNoLanguageModels(loadedClasses(0, "query", "--db", db.toString(), "--query",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "query");
        assertNoLanguageModels(loadedClasses(0, "query", "--db", db.toString(), "queries/roles.rq"), "query FILE");
        assertNoLanguageModels(loadedClasses(0, "stats", "--db", db.toString()), "stats");
        assertNoLanguageModels(loadedClasses(0, "export", "--db", db.toString(), "--format", "nquads"), "export");
        assertNoLanguageModels(loadedClasses(1, "entity", "--db", db.toString(), "Nobody Known"), "entity");
    }

    @Test
    void anIngestOfMissingFilesLoadsNothingBeforeSayingSo() throws Exception {
        assertNoLanguageModels(loadedClasses(1, "ingest", "--db", tmp.resolve("new-db").toString(),
                tmp.resolve("missing.jsonl").toString()), "ingest of a missing file");
        assertTrue(!Files.exists(tmp.resolve("new-db")), "no dataset created");
    }
}
