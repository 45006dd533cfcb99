package org.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VotesTest {

    private static Map<String, Integer> counts(Object... keysAndCounts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            out.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return out;
    }

    @Test
    void theKeyWithMostVotesWins() {
        assertEquals("Cuba", Votes.winner(counts("United States", 2, "Cuba", 3), k -> true, 1));
    }

    @Test
    void aTieAtTheTopHasNoWinner() {
        assertNull(Votes.winner(counts("Cuba", 3, "Mexico", 3, "Peru", 1), k -> true, 1));
    }

    @Test
    void keysNotCountedNeitherWinNorTie() {
        assertEquals("Mexico",
                Votes.winner(counts("Cuba", 3, "Mexico", 3, "Peru", 1), k -> !k.equals("Cuba"), 1));
    }

    @Test
    void aWinnerBelowTheMinimumIsNone() {
        assertNull(Votes.winner(counts("Cuba", 1), k -> true, 2));
        assertEquals("Cuba", Votes.winner(counts("Cuba", 2), k -> true, 2));
    }
}
