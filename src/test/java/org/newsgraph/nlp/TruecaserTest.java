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

    private final Truecaser titles = new Truecaser(Map.of("says", "says", "wages", "wages", "are", "are",
            "still", "still", "stagnant", "stagnant", "air", "air", "base", "base")::get,
            Map.of("says", "L", "wages", "L", "are", "L", "still", "L", "stagnant", "L", "air", "m", "base", "l")::get);

    @Test
    void recasesALineInTitleCaseButNotItsNamesTheArticleWritesSo() {
        String[][] out = titles.apply(List.of(
                words("Update : Boehner Says Wages Are Still Stagnant"),
                words("House Speaker John Boehner said on Friday that wages are still stagnant .")));
        assertArrayEquals(words("Update : Boehner says wages are still stagnant"), out[0]);
    }

    @Test
    void aLineOfNamesIsNoTitleCaseLine() {
        String[] s = words("Torrejon Air Base , Spain ; Sembach Air Base , Germany ; Lindsey Air Station");
        assertTrue(titles.apply(List.<String[]>of(s))[0] == s);
    }

    @Test
    void withoutTheCaseTableNoLineIsTakenForTitleCase() {
        String[] s = words("Update : Boehner Says Wages Are Still Stagnant");
        assertTrue(truecaser.apply(List.<String[]>of(s))[0] == s);
    }
}
