package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One-to-one matching of predicted rows to gold items, as the scorers need it: a maximum bipartite matching
 * found by augmenting paths, that first matches as many required items as can be matched, then as many rows as
 * can be matched at all. An augmenting path never unmatches an item, so the second step keeps every required
 * item the first one matched.
 */
final class Matching {

    /** Which row may match which item. */
    @FunctionalInterface
    interface Edge {
        boolean test(int row, int item);
    }

    private final List<List<Integer>> adjacent = new ArrayList<>();
    private final boolean[] required;
    private final int[] itemOf;
    private final int[] rowOf;

    private Matching(int rows, int items, Edge edge, boolean[] required) {
        this.required = required;
        for (int r = 0; r < rows; r++) {
            List<Integer> a = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                if (edge.test(r, i)) {
                    a.add(i);
                }
            }
            adjacent.add(a);
        }
        itemOf = new int[rows];
        rowOf = new int[items];
        Arrays.fill(itemOf, -1);
        Arrays.fill(rowOf, -1);
    }

    /**
     * For each row, the index of the item it is matched to, or -1. {@code required[i]} tells whether item
     * {@code i} is required (preferred) or optional.
     */
    static int[] match(int rows, int items, Edge edge, boolean[] required) {
        if (required.length != items) {
            throw new IllegalArgumentException("required has " + required.length + " entries for " + items + " items");
        }
        Matching m = new Matching(rows, items, edge, required);
        m.augment(true);
        m.augment(false);
        return m.itemOf;
    }

    /** Every item required. */
    static int[] match(int rows, int items, Edge edge) {
        boolean[] all = new boolean[items];
        Arrays.fill(all, true);
        return match(rows, items, edge, all);
    }

    private void augment(boolean requiredOnly) {
        for (int r = 0; r < itemOf.length; r++) {
            if (itemOf[r] < 0) {
                extend(r, new boolean[rowOf.length], requiredOnly);
            }
        }
    }

    private boolean extend(int row, boolean[] seen, boolean requiredOnly) {
        for (int item : adjacent.get(row)) {
            if (seen[item] || (requiredOnly && !required[item])) {
                continue;
            }
            seen[item] = true;
            if (rowOf[item] < 0 || extend(rowOf[item], seen, requiredOnly)) {
                rowOf[item] = row;
                itemOf[row] = item;
                return true;
            }
        }
        return false;
    }
}
