package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/**
 * Messy input through the real command line into a real TDB2 dataset: each kind of bad input is reported
 * (file, line, reason), the rest of the run goes in, and the exit code says whether anything was rejected.
 */
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_TEXT = "The minister met the delegation in Geneva on Monday. "
            + "Both sides said the talks were useful.";

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("db");
    }

    private CliRun ingest(Path... inputs) {
        String[] args = new String[3 + inputs.length];
        args[0] = "ingest";
        args[1] = "--db";
        args[2] = db().toString();
        for (int i = 0; i < inputs.length; i++) {
            args[3 + i] = inputs[i].toString();
        }
        return CliRun.run(args);
    }

    private static String line(String id, String text, String... more) {
        Map<String, String> m = new LinkedHashMap<>();
        if (id != null) {
            m.put("id", id);
        }
        if (text != null) {
            m.put("text", text);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path goodFile() throws IOException {
        return write("good.jsonl", line("good-1", GOOD_TEXT) + "\n" + line("good-2", GOOD_TEXT) + "\n");
    }

    /** The stored article ids, read back from a freshly opened store. */
    private List<String> storedIds() {
        try (NewsStore store = NewsStore.open(db())) {
            return store.graphNames().stream().map(BadInputTest::idOf).sorted().toList();
        }
    }

    private static String idOf(String graphName) {
        return java.net.URLDecoder.decode(graphName.substring(NG.ARTICLE.length()), StandardCharsets.UTF_8);
    }

    private Model graph(String id) {
        try (NewsStore store = NewsStore.open(db())) {
            return store.articleGraph(id);
        }
    }

    private static String body(Model m) {
        List<RDFNode> bodies = m.listObjectsOfProperty(SchemaDO.articleBody).toList();
        assertEquals(1, bodies.size(), "one article body");
        return bodies.get(0).asLiteral().getString();
    }

    @Test
    void rejectsAnEmptyFileAndIngestsTheRest() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path blank = write("blank.jsonl", "\n\n   \n");
        Path emptyTxt = write("empty.txt", "");
        CliRun run = ingest(empty, blank, emptyTxt, goodFile());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(empty + ": empty file"), run.toString());
        assertTrue(run.err().contains(blank + ": no articles"), run.toString());
        assertTrue(run.err().contains(emptyTxt + ": empty file"), run.toString());
        assertTrue(run.out().contains("2 articles in") && run.out().contains("3 rejected"), run.toString());
        assertEquals(List.of("good-1", "good-2"), storedIds());
    }

    @Test
    void rejectsABinaryFileWholeAndIngestsTheRest() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        noise[10] = 0;
        Path bin = Files.write(tmp.resolve("photo.jsonl"), noise);
        Path binTxt = Files.write(tmp.resolve("archive.txt"), noise);
        CliRun run = ingest(bin, binTxt, goodFile());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(bin + ": binary file"), run.toString());
        assertTrue(run.err().contains(binTxt + ": binary file"), run.toString());
        assertEquals(2, run.err().lines().filter(l -> l.startsWith("rejected:")).count(),
                "one rejection per binary file, not one per line: " + run);
        assertEquals(List.of("good-1", "good-2"), storedIds());
    }

    @Test
    void rejectsALineThatIsNotUtf8AndKeepsTheOthers() throws IOException {
        byte[] bad = (line("latin-1", "Caf\u00e9 owners met in Paris.") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = tmp.resolve("mixed.jsonl");
        Files.write(file, (line("before", GOOD_TEXT) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
        Files.write(file, (line("after", GOOD_TEXT) + "\n").getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = ingest(file);
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":2: not valid UTF-8"), run.toString());
        assertEquals(List.of("after", "before"), storedIds());
    }

    @Test
    void rejectsAMalformedJsonLineWithFileAndLineAndKeepsTheRest() throws IOException {
        Path file = write("feed.jsonl", line("a-1", GOOD_TEXT) + "\n" + line("a-2", GOOD_TEXT) + "\n"
                + "{\"id\": \"a-3\", \"text\": \"cut off in the mid\n"
                + line("a-4", GOOD_TEXT) + "\n" + "[1, 2, 3]\n" + line("a-5", GOOD_TEXT) + "\n");
        CliRun run = ingest(file);
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":3: malformed JSON"), run.toString());
        assertTrue(run.err().contains(file + ":5: expected a JSON object"), run.toString());
        assertEquals(List.of("a-1", "a-2", "a-4", "a-5"), storedIds());
    }

    @Test
    void rejectsAnArticleWithoutIdOrText() throws IOException {
        Path file = write("fields.jsonl", line(null, GOOD_TEXT) + "\n" + line("no-text", null) + "\n"
                + line("blank-text", "  \n ") + "\n" + line("  ", GOOD_TEXT) + "\n" + line("kept", GOOD_TEXT) + "\n");
        CliRun run = ingest(file);
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":1: missing required field 'id'"), run.toString());
        assertTrue(run.err().contains(file + ":2: missing required field 'text'"), run.toString());
        assertTrue(run.err().contains(file + ":3: empty 'text'"), run.toString());
        assertTrue(run.err().contains(file + ":4: missing required field 'id'"), run.toString());
        assertEquals(List.of("kept"), storedIds());
    }

    @Test
    void keepsTheLastOfTwoArticlesWithTheSameIdAndWarns() throws IOException {
        Path file = write("dup.jsonl", line("same", "The first version of the story.") + "\n"
                + line("other", GOOD_TEXT) + "\n" + line("same", "The corrected version of the story.") + "\n");
        CliRun run = ingest(file);
        assertEquals(0, run.exitCode(), "a repeated id is a warning, not a rejection: " + run);
        assertTrue(run.err().contains("warning: " + file + ":3: article id 'same' repeats " + file + ":1"),
                run.toString());
        assertEquals(List.of("other", "same"), storedIds());
        assertEquals("The corrected version of the story.", body(graph("same")));
    }

    @Test
    void ingestsATwentyMegabyteArticleInBoundedTime() throws IOException {
        StringBuilder text = new StringBuilder(20_000_100);
        int n = 0;
        while (text.length() < 20_000_000) {
            text.append("Paragraph ").append(n++).append(". ").append(GOOD_TEXT).append(' ')
                    .append("Officials from several countries attended the meeting, which lasted three hours.\n\n");
        }
        Path file = write("huge.jsonl", line("huge", text.toString(), "published", "2024-05-06") + "\n"
                + line("small", GOOD_TEXT) + "\n");
        long start = System.nanoTime();
        CliRun run = ingest(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("facts are read from the first " + Article.ANALYSED_CHARS), run.toString());
        assertTrue(seconds < 90, "20 MB took " + seconds + " s");
        String stored = body(graph("huge"));
        assertTrue(text.toString().equals(stored), "the whole text is stored: " + stored.length() + " of "
                + text.length() + " characters");
        assertEquals(List.of("huge", "small"), storedIds());
    }

    @Test
    void ingestsAHundredThousandCharacterSentenceWithoutPunctuation() throws IOException {
        StringBuilder words = new StringBuilder();
        Random random = new Random(3);
        while (words.length() < 100_000) {
            words.append("word").append(random.nextInt(1000)).append(' ');
        }
        String spaceless = "x".repeat(100_000);
        Path file = write("run-on.jsonl", line("run-on", words.toString().strip()) + "\n"
                + line("spaceless", spaceless) + "\n" + line("small", GOOD_TEXT) + "\n");
        long start = System.nanoTime();
        CliRun run = ingest(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(seconds < 60, "took " + seconds + " s");
        assertEquals(List.of("run-on", "small", "spaceless"), storedIds());
        assertEquals(spaceless, body(graph("spaceless")));
    }

    @Test
    void stripsHtmlMarkupButLeavesPlainTextWithAngleBracketsAlone() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Site</title><style>p {color: red}</style></head><body>"
                + "<nav>Home | World</nav><p>Ministers met in <b>Oslo</b> on Friday &amp; agreed a plan.</p>"
                + "<script>var tracking = 1;</script><p>The talks resume in May.</p></body></html>";
        String plain = "Shares fell as the index dropped < 2% and a<b traders said.\nProfits were >= forecasts.";
        Path file = write("scraped.jsonl", line("html", html) + "\n" + line("plain", plain) + "\n");
        Path txt = write("scraped-page.txt", "Title: Scraped\n\n<p>Rain fell in Lima.</p><p>Roads closed.</p>\n");
        CliRun run = ingest(file, txt);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":1: text is HTML: markup removed"), run.toString());
        String body = body(graph("html"));
        assertTrue(body.contains("Ministers met in Oslo on Friday & agreed a plan."), body);
        assertTrue(body.contains("The talks resume in May."), body);
        assertFalse(body.contains("<") || body.contains("tracking") || body.contains("color"), body);
        assertEquals(plain, body(graph("plain")), "plain text with '<' is stored unchanged");
        assertEquals("Rain fell in Lima.\n\nRoads closed.", body(graph("scraped-page")));
    }

    @Test
    void readsASavedWebPageAsAnArticle() throws IOException {
        Path page = write("storm-hits-coast.html", "<!DOCTYPE html><html><head><title>Storm hits coast</title>"
                + "<meta property=\"article:published_time\" content=\"2024-09-02T08:30:00Z\">"
                + "<link rel=\"canonical\" href=\"urn:newsgraph-test:storm\"></head><body>"
                + "<header><nav>Home</nav></header><article><h1>Storm hits coast</h1>"
                + "<p>A storm reached the coast on Sunday.</p><p>Schools stay closed.</p></article>"
                + "<footer>Contact us</footer></body></html>");
        CliRun run = ingest(page);
        assertEquals(0, run.exitCode(), run.toString());
        Model m = graph("storm-hits-coast");
        assertEquals("Storm hits coast\n\nA storm reached the coast on Sunday.\n\nSchools stay closed.", body(m));
        assertEquals("Storm hits coast", m.listObjectsOfProperty(SchemaDO.headline).next().asLiteral().getString());
        assertTrue(m.contains(null, SchemaDO.datePublished), "the page's date is kept");
    }

    @Test
    void keepsAnArticleWhoseDateIsNotADateWithoutTheDate() throws IOException {
        Path file = write("dates.jsonl", line("undated", GOOD_TEXT, "published", "last Tuesday") + "\n"
                + line("dated", GOOD_TEXT, "published", "2024-02-29") + "\n");
        CliRun run = ingest(file);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":1: 'published' is not an ISO date or date-time, ignored: last Tuesday"),
                run.toString());
        assertFalse(graph("undated").contains(null, SchemaDO.datePublished), "no date is invented");
        assertTrue(graph("dated").contains(null, SchemaDO.datePublished));
    }

    @Test
    void givesAnIdWithUnsafeCharactersAValidAndStableIri() throws IOException {
        String id = "Reuters: a b/c?d=1#frag <x> \"q\" {50%} \\ \u00fcber \u65b0\u95fb|^`";
        Path file = write("odd-id.jsonl", line(id, GOOD_TEXT) + "\n");
        assertEquals(0, ingest(file).exitCode());
        List<String> first;
        try (NewsStore store = NewsStore.open(db())) {
            first = store.graphNames();
        }
        assertEquals(1, first.size());
        String iri = first.get(0);
        IRIx parsed = IRIx.create(iri);
        assertTrue(parsed.isAbsolute() && !parsed.hasViolations(), iri);
        assertEquals(iri, URI.create(iri).toString(), "also a valid java.net.URI: " + iri);
        assertEquals(id, graph(id).listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.identifier).next()
                .asLiteral().getString(), "the id itself is kept as dct:identifier");

        assertEquals(0, ingest(file).exitCode());
        try (NewsStore store = NewsStore.open(db())) {
            assertEquals(first, store.graphNames(), "re-ingest: the same single graph");
        }
    }

    @Test
    void reportsEveryKindOfBadInputInOneRunAndStoresTheRest() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(dir.resolve("a-empty.jsonl"), "");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0});
        Files.writeString(dir.resolve("c-feed.jsonl"), line("c-1", GOOD_TEXT) + "\n{oops\n" + line("c-2", GOOD_TEXT)
                + "\n" + line(null, GOOD_TEXT) + "\n");
        Files.writeString(dir.resolve("d-article.txt"), "Title: A plain one\nPublished: 2024-01-02\n\n" + GOOD_TEXT);
        Files.writeString(dir.resolve("e-ignored.csv"), "id,text\n1,2\n");
        CliRun run = ingest(dir);
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("3 articles in") && run.out().contains("4 rejected"), run.toString());
        assertEquals(List.of("c-1", "c-2", "d-article"), storedIds());
    }

    @Test
    void exitsWithZeroWhenAllWentInAndTwoOnAUsageError() throws IOException {
        assertEquals(0, ingest(goodFile()).exitCode());
        assertEquals(2, CliRun.run("ingest", "--db", db().toString()).exitCode(), "no input given");
        assertEquals(2, CliRun.run("ingest", "--no-such-option", goodFile().toString()).exitCode());
        CliRun missing = ingest(tmp.resolve("missing.jsonl"));
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("missing.jsonl: no such file or directory"), missing.toString());
    }
}
