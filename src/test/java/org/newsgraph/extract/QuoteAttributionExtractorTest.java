package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation attribution, each rule with a short news text written for the test. */
class QuoteAttributionExtractorTest {

    private static final String LEAD = "Foreign Minister Penny Wong visited Jakarta on Tuesday.\n";

    @Test
    void attributesAQuoteToTheNameAndVerbAfterIt() {
        List<String> quotes = Analysed.text(LEAD + "\u201CWe will keep talking,\u201D Wong told reporters.").quotes();
        assertEquals(List.of("Penny Wong · told ·  · We will keep talking"), quotes);
    }

    @Test
    void attributesAQuoteToTheVerbAndNameAfterIt() {
        List<String> quotes = Analysed.text(LEAD + "\u201CThe talks were useful,\u201D said Wong.").quotes();
        assertEquals(List.of("Penny Wong · said ·  · The talks were useful"), quotes);
    }

    @Test
    void attributesAQuoteToATitledSpeakerAfterTheVerb() {
        List<String> quotes = Analysed.text("\u201CEnough talk, it is time for action!\u201D tweeted Energy "
                + "Minister Eli Cohen.").quotes();
        assertEquals(List.of("Eli Cohen · tweeted ·  · Enough talk, it is time for action!"), quotes);
    }

    @Test
    void resolvesHeOrSheToTheLastPersonNamedAsSubject() {
        List<String> quotes = Analysed.text(LEAD + "Wong met the president at the palace.\n"
                + "\u201CIt was a good day,\u201D she said.").quotes();
        assertEquals(List.of("Penny Wong · said ·  · It was a good day"), quotes);
    }

    @Test
    void givesBothHalvesOfASplitQuoteToTheSameSpeaker() {
        List<String> quotes = Analysed.text(LEAD + "\u201CWe came to listen,\u201D Wong said. \u201CWe will come "
                + "back in June.\u201D").quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.get(1).startsWith("Penny Wong · "), quotes.toString());
        assertTrue(quotes.get(1).endsWith("We will come back in June."), quotes.toString());
    }

    @Test
    void attributesAQuoteToTheClauseBeforeItAndKeepsTheAddressee() {
        List<String> quotes = Analysed.text(LEAD + "Wong told the BBC on Tuesday: \"We are ready to sign.\"")
                .quotes();
        assertEquals(List.of("Penny Wong · told · BBC · We are ready to sign."), quotes);
    }

    @Test
    void attributesAPartialQuoteToTheSubjectOfItsSentence() {
        List<String> quotes = Analysed.text("Opposition leader Yair Lapid told reporters on Monday that the move "
                + "was \u201Cmore of a declarative step\u201D and would change little.").quotes();
        assertEquals(List.of("Yair Lapid · told ·  · more of a declarative step"), quotes);
    }

    @Test
    void attributesAQuoteGivenAccordingToAName() {
        List<String> quotes = Analysed.text("According to Jamil Murad: \"Yasser Arafat was a Palestinian leader "
                + "who became a world leader\".").quotes();
        assertEquals(List.of("Jamil Murad · according to ·  · Yasser Arafat was a Palestinian leader who "
                + "became a world leader"), quotes);
    }

    @Test
    void readsAStraightQuoteBetweenLettersAsAnApostrophe() {
        List<String> quotes = Analysed.text(LEAD + "\"We don\"t believe the report on Indonesia\"s farms,\" "
                + "Wong said.").quotes();
        assertEquals(List.of("Penny Wong · said ·  · We don\"t believe the report on Indonesia\"s farms"), quotes);
    }

    @Test
    void leavesScareQuotesWithoutASpeakerAlone() {
        assertEquals(List.of(), Analysed.text("The so-called \"peace plan\" was rejected by the parliament.")
                .quotes());
    }

    @Test
    void doesNotAttributeAQuoteToTheNextSentence() {
        List<String> quotes = Analysed.text("Negotiators met in Doha.\n\u201CNothing is agreed until everything is "
                + "agreed.\u201D Foreign Minister Penny Wong later flew to Jakarta.").quotes();
        assertEquals(List.of(), quotes);
    }
}
