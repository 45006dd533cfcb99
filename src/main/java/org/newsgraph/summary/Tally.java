package org.newsgraph.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a summary's supports add up to: the number of supporting articles, of distinct outlets among them,
 * the first and last publication days, and an aggregated confidence.
 *
 * <p>The confidence rises with independent support, and more with several outlets than with one outlet
 * repeating itself. Each article counts once, with the best confidence of its facts; within one outlet the
 * articles are taken from the most to the least confident, each weighing {@link #REPEAT_WEIGHT} times the one
 * before; outlets combine as independent witnesses (a noisy-or): {@code 1 - prod(1 - c)}. Articles without a
 * publisher count as one unknown outlet. One article at 0.85 gives 0.85; two articles of one outlet 0.914; two
 * outlets 0.978. It never reaches 1: at most {@link #MAX_CONFIDENCE}.
 */
record Tally(int articles, int outlets, LocalDate first, LocalDate last, double confidence) {

    /** How much each further article of the same outlet weighs, relative to the one before it. */
    static final double REPEAT_WEIGHT = 0.5;
    static final double MAX_CONFIDENCE = 0.999;

    static Tally of(Collection<Support> supports) {
        Map<String, Double> bestPerArticle = new TreeMap<>();
        Map<String, String> outletOf = new TreeMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Support s : supports) {
            bestPerArticle.merge(s.article(), s.confidence(), Math::max);
            outletOf.put(s.article(), Objects.requireNonNullElse(s.outlet(), ""));
            if (s.published() != null) {
                first = first == null || s.published().isBefore(first) ? s.published() : first;
                last = last == null || s.published().isAfter(last) ? s.published() : last;
            }
        }
        Map<String, List<Double>> byOutlet = new TreeMap<>();
        bestPerArticle.forEach((article, c) -> byOutlet.computeIfAbsent(outletOf.get(article), k -> new ArrayList<>()).add(c));
        double miss = 1;
        for (List<Double> cs : byOutlet.values()) {
            cs.sort((a, b) -> Double.compare(b, a));
            double weight = 1;
            for (double c : cs) {
                miss *= 1 - c * weight;
                weight *= REPEAT_WEIGHT;
            }
        }
        int outlets = (int) byOutlet.keySet().stream().filter(o -> !o.isEmpty()).count();
        return new Tally(bestPerArticle.size(), outlets, first, last, Math.min(1 - miss, MAX_CONFIDENCE));
    }
}
