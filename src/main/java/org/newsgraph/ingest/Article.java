package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it came in. Only {@code id} and {@code text} are required; every other field is
 * {@code null} when the input does not give it, never invented.
 *
 * @param id        the caller's identifier, unique within a dataset
 * @param title     the headline
 * @param published the publication date or date-time as ISO 8601 text ({@code 2025-03-11} or
 *                  {@code 2025-03-11T08:00:00Z}); it anchors relative dates such as "on Monday"
 * @param url       where the article was published
 * @param source    the outlet ("Reuters", "JNS")
 * @param authors   bylined authors, in order
 * @param text      the body; every character offset in newsgraph points into this string
 */
public record Article(String id, String title, String published, String url, String source,
                      List<String> authors, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        if (published != null && parseDate(published).isEmpty()) {
            throw new IllegalArgumentException("published is not an ISO date or date-time: " + published);
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article with only the required fields. */
    public static Article of(String id, String text) {
        return new Article(id, null, null, null, null, List.of(), text);
    }

    /** The calendar day of publication, which anchors relative dates; empty when not given. */
    public Optional<LocalDate> publicationDate() {
        return published == null ? Optional.empty() : parseDate(published);
    }

    /** True when the publication value carries a time of day as well as a date. */
    public boolean publishedWithTime() {
        return published != null && published.contains("T");
    }

    public Article withText(String newText) {
        return new Article(id, title, published, url, source, authors, newText);
    }

    /** Parses an ISO date or an ISO date-time (with offset) to its calendar day. */
    public static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return Optional.of(LocalDate.parse(v));
            }
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.LocalDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
