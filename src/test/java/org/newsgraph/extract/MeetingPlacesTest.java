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

    @BeforeAll
    static void load() {
        if (TriggerMeetingExtractorTest.pipeline == null) {
            TriggerMeetingExtractorTest.pipeline = DevCorpus.pipeline();
        }
    }

    private static Read meetingWith(List<Read> found, String participant) {
        return found.stream().filter(r -> r.participants().contains(participant)).findFirst().orElseThrow(
                () -> new AssertionError("no meeting with " + participant + " in " + found));
    }

    @Test
    void takesThePlaceOfTheSummitToldInTheSentenceBefore() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("European Union leaders will gather at a summit in "
                + "Lisbon on Friday to agree on a new budget. German Chancellor Olaf Scholz will meet Italian "
                + "Prime Minister Giorgia Meloni on Friday, ahead of the summit opening.", "2024-03-20");
        assertEquals("Lisbon", meetingWith(found, "Giorgia Meloni").location());
    }

    @Test
    void takesNoPlaceOfAnotherEventNoun() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("European Union leaders will gather at a summit in "
                + "Lisbon on Friday to agree on a new budget. German Chancellor Olaf Scholz will meet Italian Prime "
                + "Minister Giorgia Meloni on Monday, after the talks on energy prices.", "2024-03-20");
        assertNull(meetingWith(found, "Giorgia Meloni").location());
    }

    @Test
    void takesThePlaceOfTheSameMeetingNamedAgainJustAfter() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("The turning point came when President Joe Biden "
                + "met with Chinese President Xi Jinping in 2021. Critics called it a mistake. Since the Geneva "
                + "meeting, relations between the two countries have improved.", "2022-05-04");
        assertEquals("Geneva", meetingWith(found, "Xi Jinping").location());
    }

    @Test
    void takesThePlaceAPartyIsSaidToBeOnTheMeetingsDay() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("French President Emmanuel Macron, who was at the "
                + "White House on Tuesday, will be in Moscow on Friday. Building a coalition will be hard. Macron "
                + "meets with Russian President Vladimir Putin on Friday.", "2024-03-20");
        assertEquals("Moscow", meetingWith(found, "Vladimir Putin").location());
    }

    @Test
    void takesThePlaceAPartyIsSaidToBeInTheNextSentence() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("\"We will keep supporting our partners,\" Austin "
                + "said during a press conference with Australian Defence Minister Richard Marles. Austin and "
                + "Secretary of State Antony Blinken are in Brisbane for annual talks.", "2024-03-20");
        assertEquals("Brisbane", meetingWith(found, "Richard Marles").location());
    }

    @Test
    void takesThePlaceToldWithAnotherMeetingNounOfItsSentence() {
        List<Read> found = TriggerMeetingExtractorTest.meetings("The plan followed months of talks between senior "
                + "Canadian and Mexican officials that culminated in a joint announcement after a meeting in May in "
                + "Monterrey.", "2024-03-20");
        assertEquals("Monterrey", meetingWith(found, "Mexican officials").location());
    }
}
