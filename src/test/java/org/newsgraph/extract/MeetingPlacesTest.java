package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TriggerMeetingExtractorTest.Read;

/**
 * The place of a meeting told in another sentence of the article: the standard pipeline reads short articles and
 * the meeting extractor gives each meeting the place another mention of its event tells.
 */
class MeetingPlacesTest {

    private static final String PUBLISHED = "2024-03-20";

    @BeforeAll
    static void load() {
        if (TriggerMeetingExtractorTest.pipeline == null) {
            TriggerMeetingExtractorTest.pipeline = DevCorpus.pipeline();
        }
    }

    /** The place of the meeting of {@code participant} the extractor reads in {@code text}. */
    private static String placeOf(String participant, String published, String text) {
        List<Read> found = TriggerMeetingExtractorTest.meetings(text, published);
        return found.stream().filter(r -> r.participants().contains(participant)).findFirst().orElseThrow(
                () -> new AssertionError("no meeting with " + participant + " in " + found)).location();
    }

    @Test
    void takesThePlaceOfTheSummitToldInTheSentenceBefore() {
        assertEquals("Lisbon", placeOf("Giorgia Meloni", PUBLISHED, "European Union leaders will gather at a summit "
                + "in Lisbon on Friday to agree on a new budget. German Chancellor Olaf Scholz will meet Italian "
                + "Prime Minister Giorgia Meloni on Friday, ahead of the summit opening."));
    }

    @Test
    void takesNoPlaceOfAnotherEventNoun() {
        assertNull(placeOf("Giorgia Meloni", PUBLISHED, "European Union leaders will gather at a summit in Lisbon "
                + "on Friday to agree on a new budget. German Chancellor Olaf Scholz will meet Italian Prime "
                + "Minister Giorgia Meloni on Monday, after the talks on energy prices."));
    }

    @Test
    void takesThePlaceOfTheSameMeetingNamedAgainJustAfter() {
        assertEquals("Geneva", placeOf("Xi Jinping", "2022-05-04", "The turning point came when President Joe "
                + "Biden met with Chinese President Xi Jinping in 2021. Critics called it a mistake. Since the "
                + "Geneva meeting, relations between the two countries have improved."));
    }

    @Test
    void takesThePlaceAPartyIsSaidToBeOnTheMeetingsDay() {
        assertEquals("Moscow", placeOf("Vladimir Putin", PUBLISHED, "French President Emmanuel Macron, who was at "
                + "the White House on Tuesday, will be in Moscow on Friday. Building a coalition will be hard. "
                + "Macron meets with Russian President Vladimir Putin on Friday."));
    }

    @Test
    void takesThePlaceAPartyIsSaidToBeInTheNextSentence() {
        assertEquals("Brisbane", placeOf("Richard Marles", PUBLISHED, "\"We will keep supporting our partners,\" "
                + "Austin said during a press conference with Australian Defence Minister Richard Marles. Austin "
                + "and Secretary of State Antony Blinken are in Brisbane for annual talks."));
    }

    @Test
    void takesThePlaceToldWithAnotherMeetingNounOfItsSentence() {
        assertEquals("Monterrey", placeOf("Mexican officials", PUBLISHED, "The plan followed months of talks "
                + "between senior Canadian and Mexican officials that culminated in a joint announcement after a "
                + "meeting in May in Monterrey."));
    }
}
