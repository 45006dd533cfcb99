package org.newsgraph.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The value of a date expression: the days it covers, from {@code start} to {@code end} inclusive, and
 * its granularity. A day is an {@code xsd:date}, a month an {@code xsd:gYearMonth}, a year an
 * {@code xsd:gYear}; a week has no XSD type of its own and is kept as its first and last day.
 */
public record TemporalValue(Granularity granularity, LocalDate start, LocalDate end) {

    public enum Granularity { DAY, WEEK, MONTH, YEAR }

    public TemporalValue {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + ".." + end);
        }
    }

    public static TemporalValue day(LocalDate d) {
        return new TemporalValue(Granularity.DAY, d, d);
    }

    public static TemporalValue month(YearMonth m) {
        return new TemporalValue(Granularity.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    public static TemporalValue year(int y) {
        return new TemporalValue(Granularity.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public static TemporalValue week(LocalDate monday) {
        return new TemporalValue(Granularity.WEEK, monday, monday.plusDays(6));
    }

    /** The XSD lexical form: {@code 2025-03-10}, {@code 2025-03}, {@code 2025}; null for a week. */
    public String lexical() {
        return switch (granularity) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format("%04d", start.getYear());
            case WEEK -> null;
        };
    }
}
