package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/tools/gold_from_raw.py} on invented articles and annotations, and checks the gold lines it
 * writes and the problems it reports.
 */
class GoldFromRawTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An invented article: curly quotes, a long dash, a repeated phrase and, in the second, a character outside the BMP. */
    private static final String TEXT = "Ruritanian Prime Minister Jane Doe met Freedonian President John Roe on Monday "
            + "in Strelsau.\n\n\u201cWe talked about trade \u2014 and about the river,\u201d Doe\u2019s office said "
            + "on Monday evening. The two leaders will meet again on Monday, March 16.";

    private static final String EMOJI_TEXT = "\ud83d\ude00 Acme chief executive Mary Major said on Tuesday that "
            + "sales rose.";

    private record Run(int exit, List<JsonNode> lines, String stderr) {
    }

    private static Run convert(Path dir, String article, String raw) throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        ObjectNode a = JSON.createObjectNode().put("id", "wikinews-test-one").put("published", "2026-03-11")
                .put("text", TEXT);
        ObjectNode b = JSON.createObjectNode().put("id", "wikinews-test-two").put("published", "2026-03-11")
                .put("text", EMOJI_TEXT);
        Files.writeString(data.resolve("articles.jsonl"), JSON.writeValueAsString(a) + "\n"
                + JSON.writeValueAsString(b) + "\n", StandardCharsets.UTF_8);
        Path raws = dir.resolve("raw/test-set");
        Files.createDirectories(raws);
        Files.writeString(raws.resolve(article + ".json"), raw, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", "src/tools/gold_from_raw.py", "--shared", dir.resolve("none").toString(),
                    "--data", data.toString(), raws.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "converter finished");
        List<JsonNode> lines = out.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(l, e);
            }
        }).toList();
        return new Run(p.exitValue(), lines, err);
    }

    private static String at(String text, JsonNode span) {
        return text.substring(span.get("begin").asInt(), span.get("end").asInt());
    }

    @Test
    void locatesEvidenceAndDatesDespiteQuoteDashAndSpaceDifferences(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-test-one", """
                {"id": "wikinews-test-one", "annotated": ["roles", "meetings", "dates"],
                 "roles": [{"person": ["Jane Doe", "Doe"], "roles": ["Prime Minister"], "orgs": ["Ruritania"],
                            "evidence": "Ruritanian Prime Minister Jane Doe met Freedonian President John Roe"}],
                 "meetings": [{"participants": [["Jane Doe"], ["John Roe"]], "optional_participants": [],
                               "session_body": null, "location": ["Strelsau"], "date": "2026-03-09",
                               "date_optional": false, "status": "held",
                               "evidence": "\\"We talked about trade - and about   the river,\\" Doe's office said"}],
                 "dates": [{"text": "Monday", "context": "office said on Monday evening", "value": "2026-03-09"},
                           {"text": "on Monday", "context": "John Roe on Monday in Strelsau", "value": "2026-03-09"},
                           {"text": "Monday, March 16", "context": "again on Monday, March 16.", "value": "2026-03-16"}]}
                """);
        assertEquals(0, run.exit(), run.stderr());
        JsonNode gold = run.lines().get(0);
        assertEquals("Ruritanian Prime Minister Jane Doe met Freedonian President John Roe",
                at(TEXT, gold.at("/roles/0/evidence")));
        assertTrue(at(TEXT, gold.at("/meetings/0/evidence")).startsWith("\u201cWe talked about trade \u2014"));
        assertEquals(List.of("Monday", "on Monday", "Monday, March 16"),
                gold.get("dates").findValuesAsText("text"));
        for (JsonNode d : gold.get("dates")) {
            assertEquals(d.get("text").asText(), at(TEXT, d));
        }
        assertTrue(gold.get("dates").get(0).get("begin").asInt() > TEXT.indexOf("office"), "the occurrence in its context");
        assertFalse(gold.toString().contains("talked"), "no article text beyond the dates is copied");
    }

    @Test
    void countsOffsetsInUtf16CodeUnitsAsJavaDoes(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-test-two", """
                {"id": "wikinews-test-two", "annotated": ["dates"],
                 "dates": [{"text": "Tuesday", "context": "Mary Major said on Tuesday that", "value": "2026-03-10"}]}
                """);
        assertEquals(0, run.exit(), run.stderr());
        assertEquals("Tuesday", at(EMOJI_TEXT, run.lines().get(0).at("/dates/0")));
    }

    @Test
    void dropsAnUnfoundDateAndReportsItWithoutArticleText(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-test-one", """
                {"id": "wikinews-test-one", "annotated": ["dates", "roles"],
                 "roles": [{"person": ["Jane Doe"], "roles": ["Prime Minister"], "orgs": null,
                            "evidence": "a sentence the article does not hold"}],
                 "dates": [{"text": "Friday", "context": "met Freedonian President John Roe on Friday", "value": "2026-03-06"},
                           {"text": "Monday", "context": "in Strelsau on Monday", "value": "2026-03-09"},
                           {"text": "on Monday", "context": "John Roe on Monday in Strelsau", "value": "2026-03-09"}]}
                """);
        assertEquals(1, run.exit());
        assertTrue(run.stderr().contains("test-set/wikinews-test-one: dates[0].context: error:"), run.stderr());
        assertTrue(run.stderr().contains("test-set/wikinews-test-one: dates[1].context: error:"), run.stderr());
        assertTrue(run.stderr().contains("test-set/wikinews-test-one: roles[0].evidence: warning:"), run.stderr());
        assertFalse(run.stderr().contains("Strelsau"), "no article or annotation text in the report");
        JsonNode gold = run.lines().get(0);
        assertEquals(1, gold.get("dates").size());
        assertEquals(-1, gold.at("/roles/0/evidence/begin").asInt());
    }

    @Test
    void rejectsTitlesInNamesAndMalformedValues(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-test-one", """
                {"id": "wikinews-test-one", "annotated": ["entities", "meetings", "dates"],
                 "entities": [{"type": "Person", "names": ["Prime Minister Jane Doe", "Doe"]},
                              {"type": "Person", "names": ["John Roe", "Mr. Roe"]},
                              {"type": "Place", "names": []},
                              {"type": "Country", "names": ["Ruritania"]}],
                 "meetings": [{"participants": [["Jane Doe"], ["John Roe"]], "location": [], "date": "2026-3-9",
                               "status": "held", "evidence": "Jane Doe met Freedonian President John Roe"}],
                 "dates": [{"text": "Monday", "context": "John Roe on Monday in Strelsau", "value": "March 2026"}]}
                """);
        assertEquals(1, run.exit());
        for (String problem : List.of("entities[0].names[0]: error:", "entities[1].names[1]: error:",
                "entities[2].names: error: empty list", "entities[3].type: error:", "meetings[0].date: error:",
                "dates[0].value: error:")) {
            assertTrue(run.stderr().contains(problem), problem + " in " + run.stderr());
        }
        JsonNode gold = run.lines().get(0);
        assertEquals(2, gold.get("entities").size(), "the malformed entities are dropped");
        assertEquals(0, gold.get("meetings").size());
    }

    @Test
    void acceptsASurnameThatIsATitleWord(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-test-one", """
                {"id": "wikinews-test-one", "annotated": ["entities"],
                 "entities": [{"type": "Person", "names": ["Patty Judge", "Judge"]},
                              {"type": "Person", "names": ["John Roe", "Judge Roe"]}]}
                """);
        assertEquals(1, run.exit());
        assertFalse(run.stderr().contains("entities[0]"), run.stderr());
        assertTrue(run.stderr().contains("entities[1].names[1]: error:"), run.stderr());
        assertEquals(2, run.lines().get(0).get("entities").size(), "a title in an alias is reported, not dropped");
    }

    @Test
    void skipsAnArticleMissingFromTheCorpus(@TempDir Path dir) throws Exception {
        Run run = convert(dir, "wikinews-no-such-article", """
                {"id": "wikinews-no-such-article", "annotated": ["dates"], "dates": []}
                """);
        assertEquals(1, run.exit());
        assertTrue(run.stderr().contains("test-set/wikinews-no-such-article: id: error:"), run.stderr());
        assertEquals(List.of(), run.lines());
    }
}
