package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void listsEveryMissedAndEveryWrongNameWithErrors(@TempDir Path dir) throws IOException {
        // gold that calls a person an organization and leaves a city unmarked: the finder must disagree
        Path file = dir.resolve("wrong-gold.conll");
        Files.writeString(file, "-DOCSTART- -X- O O\n\nMaria NNP I-NP I-ORG\nLopez NNP I-NP I-ORG\n, , O O\n"
                + "the DT I-NP O\nmayor NN I-NP O\nof IN I-PP O\nMadrid NNP I-NP O\n, , O O\nspoke VBD I-VP O\n"
                + ". . O O\n");
        String out = run(new StringWriter(), "ner-eval", "--conll", file.toString(), "--errors");
        assertTrue(out.contains("Maria Lopez , the mayor of Madrid , spoke ."), out);
        assertTrue(out.contains("- ORG Maria Lopez"), out);
        assertTrue(out.contains("+ PER Maria Lopez"), out);
        assertTrue(out.contains("+ LOC Madrid"), out);
        List<String> overall = row(out, "overall");
        int found = Integer.parseInt(overall.get(4));
        int gold = Integer.parseInt(overall.get(5));
        int correct = Integer.parseInt(overall.get(6));
        int missed = 0;
        int wrong = 0;
        Matcher m = Pattern.compile("(?m)(?:^|  )([-+]) (?:PER|ORG|LOC|MISC) ").matcher(out);
        while (m.find()) {
            if (m.group(1).equals("-")) {
                missed++;
            } else {
                wrong++;
            }
        }
        assertEquals(gold - correct, missed, out);
        assertEquals(found - correct, wrong, out);
    }
}
