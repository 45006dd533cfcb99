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
}
