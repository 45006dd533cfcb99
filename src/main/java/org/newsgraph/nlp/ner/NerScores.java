package org.newsgraph.nlp.ner;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1 of a name finder against gold annotations, overall and per type, as
 * CoNLL's {@code conlleval} counts them: a found name is right only when both its boundaries and its type
 * match a gold name.
 *
 * @param counts per type: [true positives, found, gold]
 */
public record NerScores(Map<String, long[]> counts, int sentences, int tokens) {

    public NerScores {
        TreeMap<String, long[]> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.clone()));
        counts = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** Precision, recall and F1 of one type, or of all types together when {@code type} is null. */
    public Score score(String type) {
        long tp = 0;
        long found = 0;
        long gold = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                found += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        return new Score(tp, found, gold);
    }

    /** The overall F1. */
    public double f1() {
        return score(null).f1();
    }

    /** A table: one line per type, then the overall line. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d sentences, %d tokens%n", sentences, tokens));
        sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s %7s%n",
                "type", "precision", "recall", "F1", "found", "gold", "correct"));
        for (String type : counts.keySet()) {
            sb.append(score(type).line(type));
        }
        sb.append(score(null).line("overall"));
        return sb.toString();
    }

    /** Counts and measures of one type or of all. */
    public record Score(long correct, long found, long gold) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d %7d %7d%n",
                    label, precision(), recall(), f1(), found, gold, correct);
        }
    }
}
