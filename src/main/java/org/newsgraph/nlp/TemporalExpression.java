package org.newsgraph.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression in the article text ("on Monday", "Oct. 7, 2023", "last week") with its character
 * offsets and, when it can be anchored, its value. Without a publication date, relative expressions stay
 * unresolved: the value is empty, never guessed.
 */
public record TemporalExpression(String text, int begin, int end, int sentence, TemporalValue value) {
    public TemporalExpression {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
    }

    public Optional<TemporalValue> resolved() {
        return Optional.ofNullable(value);
    }
}
