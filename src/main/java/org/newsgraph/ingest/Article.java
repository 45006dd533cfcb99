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

    /**
     * How many characters of an article are read for facts. A news article is a few thousand characters
     * long, the longest a few tens of thousands; text beyond this (a scraped dump, a whole book) is stored
     * in full as the article body but not annotated, so one huge input costs seconds, not hours, and
     * bounded memory.
     */
    public static final int ANALYSED_CHARS = 100_000;

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

    /** True when the text is longer than {@link #ANALYSED_CHARS}, so only its beginning is read for facts. */
    public boolean isLong() {
        return text.length() > ANALYSED_CHARS;
    }

    /**
     * The article with the part of its text that is read for facts: all of it, or for a long article the
     * first {@link #ANALYSED_CHARS} characters, cut at the last line break (else white space) before the
     * limit. The cut text is a prefix of the text, so every offset into it is an offset into the whole.
     */
    public Article analysedPart() {
        if (!isLong()) {
            return this;
        }
        int cut = text.lastIndexOf('\n', ANALYSED_CHARS);
        if (cut < ANALYSED_CHARS / 2) {
            int space = ANALYSED_CHARS;
            while (space > ANALYSED_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            cut = space > ANALYSED_CHARS / 2 ? space : ANALYSED_CHARS;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return withText(text.substring(0, cut));
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
