package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * The words of dates, read from {@code lexicon/dates-words.tsv}: month and weekday names, the relative
 * phrases ("yesterday", "last week", "earlier this month", "the end of the year") with their offsets, number
 * words, names that hold a date word but name no date, and the nouns that make "today's" mean "of our time".
 * The file's header says what each column means.
 */
final class DateWords {

    static final String RESOURCE = "/lexicon/dates-words.tsv";

    /**
     * What a relative phrase counts in: days, weeks, months, years; a part of a day (an offset in days, no
     * calendar value); a part of a year (the month it is anchored on); a part of a month (the day).
     */
    enum Unit { DAY, WEEK, MONTH, YEAR, PART_OF_DAY, YEAR_PART, MONTH_PART }

    /** A relative phrase and its offset from the publication date, in its unit. */
    record Relative(Unit unit, int offset) {
    }

    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final Map<String, Integer> weekdays = new LinkedHashMap<>();
    private final Map<String, Relative> relatives = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<String> notDates = new ArrayList<>();
    private final java.util.Set<String> nowadays = new java.util.HashSet<>();

    private DateWords() {
    }

    /** The bundled words, read through {@link Lexicons}; a malformed row is a configuration error naming it. */
    static DateWords load() {
        DateWords words = new DateWords();
        for (String line : Lexicons.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new ConfigException(RESOURCE + ": expected 3 tab-separated columns: '" + line + "'");
            }
            int value;
            try {
                value = Integer.parseInt(f[2].strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(RESOURCE + ": not a number in '" + line + "': " + e.getMessage(), e);
            }
            String key = f[0].toLowerCase(Locale.ROOT);
            switch (f[1].strip()) {
                case "month" -> words.months.put(f[0], value);
                case "weekday" -> words.weekdays.put(f[0], value);
                case "day" -> words.relatives.put(key, new Relative(Unit.DAY, value));
                case "week" -> words.relatives.put(key, new Relative(Unit.WEEK, value));
                case "month-rel" -> words.relatives.put(key, new Relative(Unit.MONTH, value));
                case "year-rel" -> words.relatives.put(key, new Relative(Unit.YEAR, value));
                case "part-of-day" -> words.relatives.put(key, new Relative(Unit.PART_OF_DAY, value));
                case "year-part" -> words.relatives.put(key, new Relative(Unit.YEAR_PART, value));
                case "month-part" -> words.relatives.put(key, new Relative(Unit.MONTH_PART, value));
                case "number" -> words.numbers.put(key, value);
                case "not-date" -> words.notDates.add(f[0]);
                case "nowadays" -> words.nowadays.add(key);
                default -> throw new ConfigException(RESOURCE + ": unknown kind " + f[1] + " in '" + line + "'");
            }
        }
        return words;
    }

    /** The month's number for a name as matched by {@link #monthPattern}, with or without its period. */
    int month(String name) {
        Integer m = months.get(name);
        if (m == null) {
            m = months.get(name + ".");
        }
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }

    int weekday(String name) {
        return weekdays.get(name);
    }

    /** Whether a word, in any case, is a weekday's name ("Monday", "MONDAY"). */
    boolean isWeekday(String word) {
        return weekdays.keySet().stream().anyMatch(w -> w.equalsIgnoreCase(word));
    }

    /** Whether a word, in any case, is a month's full name ("August", "AUGUST"), not an abbreviation. */
    boolean isFullMonth(String word) {
        return months.keySet().stream().anyMatch(m -> !m.endsWith(".") && m.equalsIgnoreCase(word));
    }

    /** Whether a word, in any case and with or without a final period, names a month ("August", "Feb", "Sept."). */
    boolean isMonth(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return months.keySet().stream().anyMatch(m -> m.equalsIgnoreCase(bare) || m.equalsIgnoreCase(bare + "."));
    }

    Relative relative(String phrase) {
        return relatives.get(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The value of a number word ("seventeen", "twenty-five", "a"), or -1. */
    int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = numbers.get(w);
        if (n != null) {
            return n;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = numbers.get(w.substring(0, dash));
            Integer units = numbers.get(w.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
                return tens + units;
            }
        }
        return -1;
    }

    /** Whether a noun after "today's" makes it mean "of our time" ("today's world"). */
    boolean isNowadaysNoun(String word) {
        return nowadays.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The number words, and their hyphenated compounds ("twenty-five"), as an alternation. */
    String numberPattern() {
        String words = alternation(numbers.keySet(), Pattern::quote);
        return "(?:" + words + "(?:-" + words + ")?)";
    }

    /** The names that hold a date word but name no date, as an alternation. */
    String notDatePattern() {
        return alternation(notDates, p -> String.join("[ \\t]+", java.util.Arrays.stream(p.split(" "))
                .map(Pattern::quote).toList()));
    }

    /**
     * A regular expression alternation of the month names, longest first; an abbreviation given with a
     * period matches with or without it ("Oct." and "Oct"), and the period is part of the match.
     */
    String monthPattern(boolean abbreviationsNeedPeriod) {
        return alternation(months.keySet(), name -> {
            if (name.endsWith(".")) {
                String stem = Pattern.quote(name.substring(0, name.length() - 1));
                return abbreviationsNeedPeriod ? stem + "\\." : stem + "\\.?";
            }
            return Pattern.quote(name);
        });
    }

    /** The full month names that are not also common words ("May"), for "the November vote". */
    String fullMonthPattern() {
        return alternation(months.keySet().stream().filter(m -> !m.endsWith(".") && m.length() > 3).toList(),
                Pattern::quote);
    }

    String weekdayPattern() {
        return alternation(weekdays.keySet(), Pattern::quote);
    }

    /** The relative phrases, longest first, with any run of white space between their words. */
    String relativePattern() {
        return alternation(relatives.keySet(), p -> {
            List<String> parts = new ArrayList<>();
            for (String w : p.split(" ")) {
                parts.add(Pattern.quote(w));
            }
            return String.join("[ \\t]+", parts);
        });
    }

    private static String alternation(java.util.Collection<String> names,
                                      java.util.function.Function<String, String> quote) {
        return names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
