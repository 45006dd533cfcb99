package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/** Merging the output of several mention finders. */
final class Mentions {

    private Mentions() {
    }

    /**
     * Of mentions that overlap, keeps the leftmost, and of those starting together the longest. The input
     * must be sorted by start offset, longest first; kept mentions never overlap, so only the last kept one
     * can clash with the next.
     */
    static List<Mention> dropOverlaps(List<Mention> sorted) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= m.begin()) {
                kept.add(m);
            }
        }
        return kept;
    }
}
