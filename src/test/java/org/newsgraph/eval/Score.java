package org.newsgraph.eval;

import java.util.Locale;

/**
 * Counts of one kind of fact: {@code rows} predicted (after de-duplication), {@code correct} of them right,
 * {@code gold} required items, {@code found} of them matched. Precision is correct / rows, recall found / gold;
 * TP = correct, FP = rows - correct, FN = gold - found (a row matching an optional item is correct but adds
 * nothing to the recall, so TP and found may differ).
 */
record Score(int rows, int correct, int gold, int found) {

    static final Score ZERO = new Score(0, 0, 0, 0);

    Score {
        if (correct < 0 || correct > rows || found < 0 || found > gold) {
            throw new IllegalArgumentException("inconsistent counts: " + rows + "/" + correct + "/" + gold + "/" + found);
        }
    }

    Score plus(Score o) {
        return new Score(rows + o.rows, correct + o.correct, gold + o.gold, found + o.found);
    }

    /** Correct rows over rows; 1 when nothing was predicted and nothing was expected, else 0 for no rows. */
    double precision() {
        return rows == 0 ? (gold == 0 ? 1 : 0) : (double) correct / rows;
    }

    /** Found items over required items; 1 when nothing was required. */
    double recall() {
        return gold == 0 ? 1 : (double) found / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int falsePositives() {
        return rows - correct;
    }

    int falseNegatives() {
        return gold - found;
    }

    /** "P=0.900 R=0.818 F1=0.857 (TP=9 FP=1 FN=2)". */
    String summary() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (TP=%d FP=%d FN=%d)", precision(), recall(), f1(),
                correct, falsePositives(), falseNegatives());
    }
}
