package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one kind of fact on one article, or summed over a set: the main counts, named sub-scores (per
 * entity type; a meeting's participants, location, date), named counts (type confusions, optional items
 * matched), and one line per error: a gold item missed or a row that is wrong, with the reason.
 */
record KindResult(Kind kind, Score score, Map<String, Score> parts, Map<String, Integer> counts, List<String> errors) {

    KindResult {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        errors = List.copyOf(errors);
    }

    static KindResult empty(Kind kind) {
        return new KindResult(kind, Score.ZERO, Map.of(), Map.of(), List.of());
    }

    /** The sum of two results of the same kind; the errors are concatenated. */
    KindResult plus(KindResult o) {
        if (o.kind != kind) {
            throw new IllegalArgumentException(o.kind + " added to " + kind);
        }
        Map<String, Score> p = new LinkedHashMap<>(parts);
        o.parts.forEach((k, v) -> p.merge(k, v, Score::plus));
        Map<String, Integer> c = new LinkedHashMap<>(counts);
        o.counts.forEach((k, v) -> c.merge(k, v, Integer::sum));
        List<String> e = new ArrayList<>(errors);
        e.addAll(o.errors);
        return new KindResult(kind, score.plus(o.score), p, c, e);
    }

    /** Collects a result while a scorer works. */
    static final class Builder {
        private final Kind kind;
        private Score score = Score.ZERO;
        private final Map<String, Score> parts = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final List<String> errors = new ArrayList<>();

        Builder(Kind kind) {
            this.kind = kind;
        }

        Builder score(int rows, int correct, int gold, int found) {
            score = new Score(rows, correct, gold, found);
            return this;
        }

        Builder part(String name, Score s) {
            parts.merge(name, s, Score::plus);
            return this;
        }

        Builder count(String name, int n) {
            counts.merge(name, n, Integer::sum);
            return this;
        }

        Builder missed(String what) {
            errors.add("missed: " + what);
            return this;
        }

        Builder wrong(String row, String why) {
            errors.add("wrong:  " + row + "  (" + why + ")");
            return this;
        }

        KindResult build() {
            return new KindResult(kind, score, parts, counts, errors);
        }
    }
}
