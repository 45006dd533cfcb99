package org.newsgraph.common;

import java.util.Map;
import java.util.function.Predicate;

/** Counted votes and the one choice that won them. */
public final class Votes {

    private Votes() {
    }

    /**
     * The key of {@code counts} with the most votes among those {@code counted} accepts, when it has at least
     * {@code minimum} votes and no other counted key has as many; otherwise null.
     */
    public static <K> K winner(Map<K, Integer> counts, Predicate<K> counted, int minimum) {
        K best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (!counted.test(e.getKey())) {
                continue;
            }
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best == null || tie || top < minimum ? null : best;
    }
}
