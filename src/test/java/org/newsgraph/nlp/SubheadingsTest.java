package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SubheadingsTest {

    /** How running text writes a few words: "c" mostly capitalised, "l" mostly lower-case, "U" an acronym. */
    private final Subheadings subheadings = new Subheadings(word -> Map.ofEntries(Map.entry("acme", "c"),
            Map.entry("track", "l"), Map.entry("record", "l"), Map.entry("ruritania", "c"), Map.entry("of", "L"),
            Map.entry("bank", "l"), Map.entry("gs", "U"), Map.entry("a", "L"), Map.entry("spiral", "l"),
            Map.entry("for", "L"), Map.entry("the", "L"), Map.entry("investors", "l"), Map.entry("people", "L")).get(word), "Thursday"::equals);

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    @Test
    void aHeadingInCapitalsGluedOntoASentenceIsNoPartOfItsFirstName() {
        String[] w = words("ACME TRACK RECORD Doe established himself as a restructuring expert .");
        Span[] cut = subheadings.cut(w, new Span[] {new Span(0, 4, "ORG")});
        assertArrayEquals(new Span[] {new Span(3, 4, "ORG")}, cut);
    }

    @Test
    void theSentencesOpeningWordAfterTheHeadingGoesToo() {
        String[] w = words("RURITANIA The People 's Bank of Ruritania has put banks on notice .");
        Span[] cut = subheadings.cut(w, new Span[] {new Span(0, 7, "ORG")});
        assertArrayEquals(new Span[] {new Span(2, 7, "ORG")}, cut);
    }

    @Test
    void aNameThatWasAllHeadingIsDropped() {
        String[] w = words("A SPIRAL FOR RURITANIA Investors have been selling bonds .");
        Span[] cut = subheadings.cut(w, new Span[] {new Span(3, 5, "ORG")});
        assertEquals(0, cut.length);
        String[] date = words("RURITANIA TRACK RECORD Thursday 's filing showed a loss .");
        assertEquals(0, subheadings.cut(date, new Span[] {new Span(0, 4, "ORG")}).length);
        String[] opening = words("BANK OF RURITANIA The central bank meets on Tuesday .");
        assertEquals(0, subheadings.cut(opening, new Span[] {new Span(0, 4, "ORG")}).length);
    }

    @Test
    void anAcronymOpeningANameOrANameAfterTheHeadingStaysWhole() {
        Span[] acronym = {new Span(0, 3, "ORG")};
        assertArrayEquals(acronym, subheadings.cut(words("GS Acme Corp makes the batteries ."), acronym));
        Span[] later = {new Span(5, 6, "PER")};
        assertArrayEquals(later, subheadings.cut(words("ACME TRACK RECORD Last year Doe left ."), later));
        Span[] dateline = {new Span(0, 1, "LOC")};
        assertArrayEquals(dateline, subheadings.cut(words("RURITANIA ( Reuters ) - Acme said ."), dateline));
    }
}
