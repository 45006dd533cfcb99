package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseEvidenceTest {

    private static final List<String[]> TEXT = List.of(
            "Enough was said about Germany and enough about Japan .".split(" "),
            "They had enough of Germany , said the Baker in Germany .".split(" "),
            "Talks with NATO went on ; the baker sold bread .".split(" "),
            "ENOUGH ABOUT GERMANY IN THIS HEADLINE".split(" "),
            "He said : Enough of that , Germany .".split(" "));

    @Test
    void countsCaseOnlyWhereItSaysSomething() {
        Map<String, String> classes = CaseEvidence.count(TEXT).classes(2);
        assertEquals("L", classes.get("enough"));   // the capitals open a sentence, a quotation or a headline
        assertEquals("C", classes.get("germany"));
        assertEquals("r", classes.get("japan"));    // seen once where case counts
        assertEquals("m", classes.get("baker"));
    }

    @Test
    void usualFormIsTheMostFrequentWhereCaseCounts() {
        Map<String, String> forms = CaseEvidence.count(TEXT).usualForms();
        assertEquals("enough", forms.get("enough"));
        assertEquals("Germany", forms.get("germany"));
        assertEquals("NATO", forms.get("nato"));
    }

    @Test
    void readsWhatItWrote(@TempDir Path dir) throws Exception {
        CaseEvidence cases = CaseEvidence.count(TEXT);
        Path file = dir.resolve("case.txt");
        cases.write(file);
        CaseEvidence back = CaseEvidence.read(file);
        assertEquals(cases.classes(2), back.classes(2));
        assertEquals(cases.usualForms(), back.usualForms());
    }
}
