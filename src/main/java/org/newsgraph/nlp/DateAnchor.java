package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.newsgraph.nlp.Tense.Time;

/**
 * Anchors date expressions that name no year, or name none at all, on the publication date (ANNOTATION.md §5).
 * A month or a day named without a year is of the publication year; the adjacent year only when the clause
 * demands it: a past event dated after publication is last year's, a planned one dated before is next year's
 * (when that is the nearer reading: a verb read wrongly costs less than a year). When the clause says neither
 * ({@link Time#NONE}: no verb, or one of saying), the nearest to publication wins.
 * Every method returns null when there is no publication date: a relative date is never guessed.
 */
final class DateAnchor {

    /**
     * A past event dated this many days or fewer after publication stays in the publication year: a dateline or a
     * publication date a day or two off ("NEW YORK, April 6" on a story filed April 5) is no event of last year.
     */
    static final int PAST_SLACK_DAYS = 7;

    private DateAnchor() {
    }

    /**
     * A month and day without a year, e.g. "Dec. 20"; null without publication date or for Feb. 29 with no leap
     * year near. A past event more than {@link #PAST_SLACK_DAYS} after publication is last year's; a planned one
     * before publication is next year's when that is nearer publication than this year's ("is to run from January
     * 23", written on January 28, is a run begun).
     */
    static LocalDate day(int month, int day, LocalDate pub, Time time) {
        if (pub == null) {
            return null;
        }
        int y = pub.getYear();
        LocalDate d = valid(y, month, day);
        switch (time) {
            case PAST -> {
                return d != null && d.isAfter(pub.plusDays(PAST_SLACK_DAYS)) ? valid(y - 1, month, day) : d;
            }
            case FUTURE, PRESENT -> {
                LocalDate next = valid(y + 1, month, day);
                if (d == null || d.isBefore(pub) && next != null
                        && ChronoUnit.DAYS.between(pub, next) < ChronoUnit.DAYS.between(d, pub)) {
                    return next;
                }
                return d;
            }
            default -> {
                return nearestDay(month, day, pub);
            }
        }
    }

    /** The month and day, of the publication year and the years either side, nearest publication; ties go earlier. */
    static LocalDate nearestDay(int month, int day, LocalDate pub) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            LocalDate candidate = valid(y, month, day);
            if (candidate == null) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(pub, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A month named without a year ("in October", "the November vote"). */
    static YearMonth month(int month, LocalDate pub, Time time) {
        if (pub == null) {
            return null;
        }
        YearMonth p = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        return switch (time) {
            case PAST -> same.isAfter(p) ? same.minusYears(1) : same;
            // a planned event: next year's when that is no more than six months ahead ("in January", written in
            // December); a month further back is more likely read against the wrong verb than a year ahead
            case FUTURE, PRESENT -> same.isBefore(p) && ChronoUnit.MONTHS.between(p, same.plusYears(1)) <= 6
                    ? same.plusYears(1) : same;
            default -> {
                // the nearest; on a tie (six months either way) the publication year's
                long back = ChronoUnit.MONTHS.between(same.minusYears(1), p);
                long ahead = ChronoUnit.MONTHS.between(p, same.plusYears(1));
                long here = Math.abs(ChronoUnit.MONTHS.between(p, same));
                yield here <= back && here <= ahead ? same : back < ahead ? same.minusYears(1) : same.plusYears(1);
            }
        };
    }

    /** "last June": the latest June strictly before the publication month. */
    static YearMonth lastMonth(int month, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        YearMonth same = YearMonth.of(pub.getYear(), month);
        return same.isBefore(YearMonth.from(pub)) ? same : same.minusYears(1);
    }

    /** "next June": the first June strictly after the publication month. */
    static YearMonth nextMonth(int month, LocalDate pub) {
        if (pub == null) {
            return null;
        }
        YearMonth same = YearMonth.of(pub.getYear(), month);
        return same.isAfter(YearMonth.from(pub)) ? same : same.plusYears(1);
    }

    /** A weekday: the latest on or before publication for a past event, the next on or after for a planned one. */
    static LocalDate weekday(DayOfWeek day, LocalDate pub, Time time) {
        if (pub == null) {
            return null;
        }
        return time == Time.FUTURE || time == Time.PRESENT ? pub.with(TemporalAdjusters.nextOrSame(day))
                : pub.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "last Tuesday": strictly before publication. */
    static LocalDate lastWeekday(DayOfWeek day, LocalDate pub) {
        return pub == null ? null : pub.with(TemporalAdjusters.previous(day));
    }

    /** "next Tuesday": strictly after publication. */
    static LocalDate nextWeekday(DayOfWeek day, LocalDate pub) {
        return pub == null ? null : pub.with(TemporalAdjusters.next(day));
    }

    /**
     * "the 29th": a day of the publication month; of the month before for a past event after publication, of the
     * month after for a planned one before it.
     */
    static LocalDate dayOfMonth(int day, LocalDate pub, Time time) {
        if (pub == null) {
            return null;
        }
        YearMonth m = YearMonth.from(pub);
        if (time == Time.PAST && day > pub.getDayOfMonth()) {
            m = m.minusMonths(1);
        } else if ((time == Time.FUTURE || time == Time.PRESENT) && day < pub.getDayOfMonth()) {
            m = m.plusMonths(1);
        }
        return m.isValidDay(day) ? m.atDay(day) : null;
    }

    /** The day, or null when the month has no such day. */
    static LocalDate valid(int year, int month, int day) {
        return day >= 1 && day <= 31 && YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day)
                : null;
    }
}
