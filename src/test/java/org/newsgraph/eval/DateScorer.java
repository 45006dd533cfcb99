package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Predictions.DateRow;

/**
 * Scores {@code dates.rq} rows against an article's date expressions. Only rows with a value count. A row is
 * correct when its span overlaps the span of a gold expression and its value is the same lexical form (so the
 * same unit: day, month or year); rows and expressions are matched one to one. The gold expressions are the
 * annotated ones, those with a calendar value. Counted apart: correct rows whose span is exactly the gold's (the
 * annotation may leave out a leading "on" or "in"), and missed expressions that the system found without a value.
 */
final class DateScorer {

    private DateScorer() {
    }

    static KindResult score(GoldSet.Article gold, List<DateRow> predicted) {
        List<GoldSet.DateExpression> dates = gold.dates();
        List<DateRow> rows = distinct(predicted.stream().filter(r -> !r.value().isEmpty()).toList());
        int[] match = Matching.match(rows.size(), dates.size(), (r, d) -> matches(dates.get(d), rows.get(r)));

        KindResult.Builder out = new KindResult.Builder(Kind.DATES);
        boolean[] found = new boolean[dates.size()];
        int correct = 0;
        int exact = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (match[r] >= 0) {
                correct++;
                found[match[r]] = true;
                GoldSet.DateExpression g = dates.get(match[r]);
                exact += rows.get(r).begin() == g.begin() && rows.get(r).end() == g.end() ? 1 : 0;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (match[r] < 0) {
                out.wrong(show(rows.get(r)), why(rows.get(r), dates));
            }
        }
        int unresolved = 0;
        for (int d = 0; d < dates.size(); d++) {
            if (!found[d]) {
                GoldSet.DateExpression g = dates.get(d);
                boolean seen = predicted.stream().anyMatch(r -> r.value().isEmpty() && overlaps(g, r));
                unresolved += seen ? 1 : 0;
                out.missed(show(g) + (seen ? " (found without a value)" : ""));
            }
        }
        return out.score(rows.size(), correct, dates.size(), correct).count("correct rows with the gold's exact span", exact)
                .count("missed gold dates found without a value", unresolved).build();
    }

    static boolean matches(GoldSet.DateExpression gold, DateRow row) {
        return overlaps(gold, row) && gold.value().equals(row.value());
    }

    static boolean overlaps(GoldSet.DateExpression gold, DateRow row) {
        return row.begin() < gold.end() && gold.begin() < row.end();
    }

    /** The rows, one per (begin, end, value), in their first order. */
    static List<DateRow> distinct(List<DateRow> rows) {
        Map<List<Object>, DateRow> out = new LinkedHashMap<>();
        for (DateRow r : rows) {
            out.putIfAbsent(List.of(r.begin(), r.end(), r.value()), r);
        }
        return new ArrayList<>(out.values());
    }

    private static String why(DateRow row, List<GoldSet.DateExpression> dates) {
        List<GoldSet.DateExpression> over = dates.stream().filter(d -> overlaps(d, row)).toList();
        if (over.isEmpty()) {
            return "no gold date expression here";
        }
        if (over.stream().anyMatch(d -> d.value().equals(row.value()))) {
            return "duplicate: the expression is already matched";
        }
        return "value; gold " + over.get(0).value();
    }

    static String show(GoldSet.DateExpression d) {
        return "'" + d.text() + "' @" + d.begin() + "-" + d.end() + " = " + d.value();
    }

    static String show(DateRow r) {
        return "'" + r.text() + "' @" + r.begin() + "-" + r.end() + " = " + r.value();
    }
}
