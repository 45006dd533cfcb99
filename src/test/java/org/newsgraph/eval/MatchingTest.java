package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void reroutesARowToFreeAnItemForAnother() {
        // Row 0 fits items 0 and 1, row 1 only item 0: both match only if row 0 takes item 1.
        boolean[][] fits = {{true, true}, {true, false}};
        assertArrayEquals(new int[] {1, 0}, Matching.match(2, 2, (r, i) -> fits[r][i]));
    }

    @Test
    void prefersARequiredItemToAnOptionalOne() {
        // One row fitting an optional item (0) and a required one (1) goes to the required one.
        assertArrayEquals(new int[] {1}, Matching.match(1, 2, (r, i) -> true, new boolean[] {false, true}));
    }

    @Test
    void matchesEachItemOnceAtMost() {
        assertArrayEquals(new int[] {0, -1}, Matching.match(2, 1, (r, i) -> true));
    }

    @Test
    void alignsByMaximumTotalWeight() {
        // Greedy would pair row 0 with column 0 (5) and leave row 1 with 1; the best total is 4 + 4.
        long[][] w = {{5, 4}, {4, 1}};
        assertArrayEquals(new int[] {1, 0}, Hungarian.maximise(w));
        long[][] wide = {{1, 9, 2}};
        assertArrayEquals(new int[] {1}, Hungarian.maximise(wide));
        long[][] tall = {{1}, {9}, {2}};
        assertArrayEquals(new int[] {-1, 0, -1}, Hungarian.maximise(tall));
    }
}
