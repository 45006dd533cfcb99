package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferredLabelsTest {

    @Test
    void choosesTheWellFormedLabelMostArticlesGive() {
        assertEquals("Donald Trump", PreferredLabels.choose(Map.of("Donald Trump", 40, "Donald J. Trump", 12,
                "...Donald Trump", 90, "DONALD TRUMP", 60)));
        assertEquals("Barack Obama", PreferredLabels.choose(Map.of("BARACK OBAMA", 5, "Barack Obama", 1)));
    }

    @Test
    void keepsAnAcronymAndFallsBackWhenNoLabelIsWellFormed() {
        assertEquals("NATO", PreferredLabels.choose(Map.of("NATO", 30, "Nato", 2)));
        assertEquals("JONAS LIND", PreferredLabels.choose(Map.of("JONAS LIND", 2, "'JONAS LIND", 1)));
        assertNull(PreferredLabels.choose(Map.of()));
    }

    @Test
    void breaksTiesByTheLongerNameThenByCodePoints() {
        assertEquals("Joseph R. Biden", PreferredLabels.choose(Map.of("Joe Biden", 3, "Joseph R. Biden", 3)));
        assertEquals("Anna Berg", PreferredLabels.choose(Map.of("Anna Berg", 1, "Anna Borg", 1)));
    }

    @Test
    void aLabelIsIllFormedWhenItStartsWithAMarkOrShoutsSeveralWords() {
        assertFalse(PreferredLabels.wellFormed("...Donald Trump"));
        assertFalse(PreferredLabels.wellFormed("\"Joe Biden"));
        assertFalse(PreferredLabels.wellFormed("BARACK OBAMA"));
        assertTrue(PreferredLabels.wellFormed("NATO"));
        assertTrue(PreferredLabels.wellFormed("U.S. Senate"));
        assertTrue(PreferredLabels.wellFormed("Jonas Lind"));
    }
}
