package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruecaserTest {

    private static String[] words(String s) {
        return s.split(" ");
    }

    private final Truecaser truecaser = new Truecaser(Map.of("takes", "takes", "lead", "lead", "in", "in",
            "nato", "NATO", "milwaukee", "Milwaukee")::get);

    @Test
    void headlineTakesTheArticlesFormFirstThenTheUsualForm() {
        String[][] out = truecaser.apply(List.of(
                words("GOLF - HENKE TAKES LEAD IN MILWAUKEE , NATO WATCHES"),
                words("Nolan Henke fired a 62 to grab the lead .")));
        assertArrayEquals(words("GOLF - Henke takes lead in Milwaukee , NATO WATCHES"), out[0]);
    }

    @Test
    void leavesOrdinarySentencesAndAcronymsInThemAlone() {
        String[] s = words("The NATO summit in Milwaukee ended .");
        String[][] out = truecaser.apply(List.<String[]>of(s));
        assertTrue(out[0] == s);
    }

    @Test
    void aSentenceOpeningWordDoesNotTeachTheArticlesForm() {
        String[][] out = truecaser.apply(List.of(words("LEAD IN THE RACE"), words("Lead was found .")));
        assertEquals("lead", out[0][0]);
    }
}
