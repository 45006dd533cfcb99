package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Tense.Time;

/** The anchoring rules of ANNOTATION.md §5, on publication dates and tenses given directly. */
class DateAnchorTest {

    @ParameterizedTest(name = "month {1} published {0}, {2} -> {3}")
    @CsvSource({
        // a past event after the publication month is last year's; one before it this year's
        "2025-03-11, 8, PAST, 2024-08",
        "2025-03-11, 1, PAST, 2025-01",
        "2025-03-11, 3, PAST, 2025-03",
        // a planned event before the publication month is next year's when that is at most six months ahead
        "2025-12-11, 1, FUTURE, 2026-01",
        "2025-07-11, 1, FUTURE, 2026-01",
        "2025-03-11, 1, FUTURE, 2025-01",
        "2025-03-11, 11, PRESENT, 2025-11",
        // an open clause: the nearest month; six months either way is the publication year's
        "2010-02-25, 12, NONE, 2009-12",
        "2020-05-13, 11, NONE, 2020-11",
        "2020-11-13, 5, NONE, 2020-05",
        "2020-06-08, 5, NONE, 2020-05",
    })
    void anchorsAMonthWithoutYear(String pub, int month, Time time, String expected) {
        assertEquals(YearMonth.parse(expected), DateAnchor.month(month, LocalDate.parse(pub), time));
    }

    @ParameterizedTest(name = "{1}-{2} published {0}, {3} -> {4}")
    @CsvSource({
        "2025-01-05, 12, 20, PAST, 2024-12-20",
        "2025-01-05, 1, 20, PRESENT, 2025-01-20",
        "2025-03-11, 10, 7, PAST, 2024-10-07",
        // a dateline a day after publication is the same year
        "1987-04-05, 4, 6, PAST, 1987-04-06",
        // a run begun a few days before publication stays; a plan named in December for January is next year's
        "2014-01-28, 1, 23, FUTURE, 2014-01-23",
        "2019-12-18, 1, 7, FUTURE, 2020-01-07",
        "2015-05-07, 11, 20, FUTURE, 2015-11-20",
        "2025-01-05, 12, 20, NONE, 2024-12-20",
        // February 29 in a year without it: the nearest year that has it
        "2025-03-11, 2, 29, NONE, 2024-02-29",
    })
    void anchorsADayWithoutYear(String pub, int month, int day, Time time, String expected) {
        assertEquals(LocalDate.parse(expected), DateAnchor.day(month, day, LocalDate.parse(pub), time));
    }

    @Test
    void anchorsWeekdaysOnOrAroundPublication() {
        LocalDate tuesday = LocalDate.parse("2025-03-11");
        assertEquals(tuesday, DateAnchor.weekday(DayOfWeek.TUESDAY, tuesday, Time.PAST));
        assertEquals(tuesday, DateAnchor.weekday(DayOfWeek.TUESDAY, tuesday, Time.FUTURE));
        assertEquals(LocalDate.parse("2025-03-07"), DateAnchor.weekday(DayOfWeek.FRIDAY, tuesday, Time.NONE));
        assertEquals(LocalDate.parse("2025-03-14"), DateAnchor.weekday(DayOfWeek.FRIDAY, tuesday, Time.PRESENT));
        assertEquals(LocalDate.parse("2025-03-04"), DateAnchor.lastWeekday(DayOfWeek.TUESDAY, tuesday));
        assertEquals(LocalDate.parse("2025-03-18"), DateAnchor.nextWeekday(DayOfWeek.TUESDAY, tuesday));
    }

    @Test
    void anchorsLastAndNextMonthStrictly() {
        LocalDate june = LocalDate.parse("2025-06-11");
        assertEquals(YearMonth.parse("2024-06"), DateAnchor.lastMonth(6, june));
        assertEquals(YearMonth.parse("2026-06"), DateAnchor.nextMonth(6, june));
        assertEquals(YearMonth.parse("2025-05"), DateAnchor.lastMonth(5, june));
    }

    @Test
    void anchorsTheNthOnThePublicationMonth() {
        LocalDate pub = LocalDate.parse("2004-11-30");
        assertEquals(LocalDate.parse("2004-11-29"), DateAnchor.dayOfMonth(29, pub, Time.PAST));
        assertEquals(LocalDate.parse("2004-12-02"), DateAnchor.dayOfMonth(2, pub, Time.FUTURE));
        assertEquals(LocalDate.parse("2004-02-29"), DateAnchor.dayOfMonth(29, LocalDate.parse("2004-03-01"), Time.PAST));
    }

    @Test
    void guessesNothingWithoutPublicationDate() {
        assertNull(DateAnchor.month(3, null, Time.PAST));
        assertNull(DateAnchor.day(3, 2, null, Time.NONE));
        assertNull(DateAnchor.weekday(DayOfWeek.MONDAY, null, Time.PAST));
        assertNull(DateAnchor.lastMonth(6, null));
    }
}
