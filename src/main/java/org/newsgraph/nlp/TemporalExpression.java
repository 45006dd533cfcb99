package org.newsgraph.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression in the article text ("on Monday", "Oct. 7, 2023", "last week") with its character
 * offsets and, when it can be anchored, its value. Without a publication date, relative expressions stay
 * unresolved: the value is empty, never guessed.
 *
 * @param value the calendar value (a day, week, month or year), or null when the expression has none: it
 *              cannot be anchored, or it names a part of a day ("tonight"), which has no calendar value
 * @param day   the day the expression falls on: the value of a day, the day of a part of a day ("tonight",
 *              "last night"), which an event still takes; null otherwise
 */
public record TemporalExpression(String text, int begin, int end, int sentence, TemporalValue value,
                                 TemporalValue day) {
    public TemporalExpression {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
        if (day != null && day.granularity() != TemporalValue.Granularity.DAY) {
            throw new IllegalArgumentException("not a day: " + day);
        }
    }

    /** An expression whose day, if any, is its value. */
    public TemporalExpression(String text, int begin, int end, int sentence, TemporalValue value) {
        this(text, begin, end, sentence, value,
                value != null && value.granularity() == TemporalValue.Granularity.DAY ? value : null);
    }

    public Optional<TemporalValue> resolved() {
        return Optional.ofNullable(value);
    }
}
