package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

class NerEvalCommandTest {

    private static String run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // as Main sets it
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, () -> "exit code " + code + ": " + err);
        return out.toString();
    }

    /** The line of the table for one label: precision, recall, F1, found, gold, correct. */
    private static List<String> row(String output, String label) {
        return Arrays.stream(output.split("\n")).map(String::strip).filter(l -> l.startsWith(label + " "))
                .map(l -> List.of(l.split("\\s+"))).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + label + " line in:\n" + output));
    }

    @Test
    void printsPrecisionRecallAndF1PerTypeForConll() {
        String out = run(new StringWriter(), "ner-eval", "--conll", "src/test/resources/nlp/ner-sample.conll");
        assertEquals("2", row(out, "PER").get(5), "two gold people");
        assertEquals("1", row(out, "LOC").get(5));
        assertEquals("1", row(out, "ORG").get(5));
        assertEquals("1", row(out, "MISC").get(5));
        assertEquals("5", row(out, "overall").get(5));
        double f1 = Double.parseDouble(row(out, "overall").get(3));
        assertTrue(f1 > 0 && f1 <= 1, out);
    }

    @Test
    void restrictsToTheGivenTypesAndReadsUner() {
        String out = run(new StringWriter(), "ner-eval", "--conll", "src/test/resources/nlp/ner-sample.iob2",
                "--types", "PER,LOC");
        assertEquals("1", row(out, "PER").get(5));
        assertEquals("2", row(out, "LOC").get(5));
        assertEquals("3", row(out, "overall").get(5));
        assertFalse(out.contains("\nORG "), out);
        assertFalse(out.contains("\nMISC "), out);
    }
}
