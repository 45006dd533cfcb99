package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quotation attribution ({@code rules/quotes/}), each rule with a short news text written for the test: the
 * quotation extractor runs alone over the annotated text and must give exactly the quotations listed
 * ("speaker as written | verb | addressee | quoted text"), no more. The speaker is the mention the extractor
 * chose; the resolver later joins "Wong" to "Penny Wong".
 */
class QuoteAttributionExtractorTest {

    private static final String LEAD = "Foreign Minister Penny Wong visited Jakarta on Tuesday.\n";

    @Test
    void attributesAQuoteToTheNameAndVerbAfterIt() {
        assertEquals(Set.of("Wong | told | | We will keep talking"),
                Isolated.quotes(LEAD + "\u201CWe will keep talking,\u201D Wong told reporters."));
    }

    @Test
    void attributesAQuoteToTheVerbAndNameAfterIt() {
        assertEquals(Set.of("Wong | said | | The talks were useful"),
                Isolated.quotes(LEAD + "\u201CThe talks were useful,\u201D said Wong."));
    }

    @Test
    void attributesAQuoteToATitledSpeakerAfterTheVerb() {
        assertEquals(Set.of("Eli Cohen | tweeted | | Enough talk, it is time for action!"),
                Isolated.quotes("\u201CEnough talk, it is time for action!\u201D tweeted Energy Minister Eli Cohen."));
    }

    @Test
    void resolvesHeOrSheToTheLastPersonNamedAsSubject() {
        assertEquals(Set.of("Wong | said | | It was a good day"), Isolated.quotes(LEAD
                + "Wong met the president at the palace.\n\u201CIt was a good day,\u201D she said."));
    }

    @Test
    void givesBothHalvesOfASplitQuoteToTheSameSpeaker() {
        assertEquals(Set.of("Wong | said | | We came to listen", "Wong | said | | We will come back in June."),
                Isolated.quotes(LEAD + "\u201CWe came to listen,\u201D Wong said. \u201CWe will come back in "
                        + "June.\u201D"));
    }

    @Test
    void attributesAQuoteToTheClauseBeforeItAndKeepsTheAddressee() {
        assertEquals(Set.of("Wong | told | BBC | We are ready to sign."),
                Isolated.quotes(LEAD + "Wong told the BBC on Tuesday: \"We are ready to sign.\""));
    }

    @Test
    void attributesAPartialQuoteToTheSubjectOfItsSentence() {
        assertEquals(Set.of("Yair Lapid | told | | more of a declarative step"),
                Isolated.quotes("Opposition leader Yair Lapid told reporters on Monday that the move was \u201Cmore "
                        + "of a declarative step\u201D and would change little."));
    }

    @Test
    void attributesAQuoteGivenAccordingToAName() {
        assertEquals(Set.of("Jamil Murad | according to | | Yasser Arafat was a Palestinian leader who became a "
                        + "world leader"),
                Isolated.quotes("According to Jamil Murad: \"Yasser Arafat was a Palestinian leader who became a "
                        + "world leader\"."));
    }

    @Test
    void readsAStraightQuoteBetweenLettersAsAnApostrophe() {
        assertEquals(Set.of("Wong | said | | We don\"t believe the report on Indonesia\"s farms"),
                Isolated.quotes(LEAD + "\"We don\"t believe the report on Indonesia\"s farms,\" Wong said."));
    }

    @Test
    void leavesScareQuotesWithoutASpeakerAlone() {
        assertEquals(Set.of(), Isolated.quotes("The so-called \"peace plan\" was rejected by the parliament."));
    }

    @Test
    void doesNotAttributeAQuoteToTheNextSentence() {
        assertEquals(Set.of(), Isolated.quotes("Negotiators met in Doha.\n\u201CNothing is agreed until everything "
                + "is agreed.\u201D Foreign Minister Penny Wong later flew to Jakarta."));
    }
}
