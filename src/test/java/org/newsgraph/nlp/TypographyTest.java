package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Sentences the detector cut where no sentence can end are joined again. */
class TypographyTest {

    private static List<String> rejoined(String text, int... cuts) {
        Span[] spans = new Span[cuts.length + 1];
        int from = 0;
        for (int i = 0; i < cuts.length; i++) {
            spans[i] = new Span(from, cuts[i]);
            from = cuts[i] + 1;
        }
        spans[cuts.length] = new Span(from, text.length());
        return Typography.rejoin(text, spans).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void joinsASentenceCutAfterAComma() {
        String text = "Rep. Jane Doe, R-Fla., former chairwoman of the committee, said so.";
        assertEquals(List.of(text), rejoined(text, text.indexOf(" former")));
    }

    @Test
    void joinsASentenceCutAfterAPartyTagThatTheNextGoesOnInLowerCase() {
        String text = "The bill was opposed by Sen. John Roe, R-Ky. and two others.";
        assertEquals(List.of(text), rejoined(text, text.indexOf(" and")));
        String ends = "The bill was opposed by Sen. John Roe, R-Ky. The vote is on Friday.";
        assertEquals(List.of("The bill was opposed by Sen. John Roe, R-Ky.", "The vote is on Friday."),
                rejoined(ends, ends.indexOf(" The vote")));
    }

    @Test
    void joinsASentenceCutAfterAMiddleInitial() {
        String text = "Trump met with Russian Foreign Minister Sergey V. Lavrov on May 10.";
        assertEquals(List.of(text), rejoined(text, text.indexOf(" Lavrov")));
        String ends = "The plant makes vitamin C. The company said so.";
        assertEquals(List.of("The plant makes vitamin C.", "The company said so."),
                rejoined(ends, ends.indexOf(" The company")));
    }
}
