package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;

/**
 * Finds date expressions with regular-expression rules over each sentence's text, and anchors them on the
 * article's publication date. The month and weekday names and the relative phrases come from
 * {@code lexicon/dates-words.tsv}.
 *
 * <p>What it finds, and the value it gives (the span never includes a leading preposition: "on Monday" gives
 * "Monday"):
 * <ul>
 *   <li>absolute days: ISO dates ("2023-10-07"), "March 2, 2025", "Oct. 7, 2023", "7 October 2023"
 *       (a day); "March 2025" (a month); a four-digit year in a date context (a year, see below). These
 *       resolve with or without a publication date.</li>
 *   <li>a month and day without a year ("March 2", "Oct. 7", "October 7th", "7 October"): the year that puts
 *       the day nearest to the publication date, of the publication year and the years either side; on a
 *       tie the earlier one. So "Dec. 20" in an article of 5 January 2025 is 2024-12-20, and "Jan. 20" is
 *       2025-01-20. In a clause about the future ({@link Tense}) a day that would fall before publication
 *       moves a year on ("is to be held from November 20", written in May, is this year's November).</li>
 *   <li>a month after a preposition of time ("in March", "since October") or modifying a noun after "the"
 *       ("the November vote"): the month nearest to publication, by the same rule.</li>
 *   <li>weekdays ("on Monday"): in a clause about the past, the latest such weekday on or before the
 *       publication date; in a clause about the future, the first one on or after it. A Monday article's
 *       "Rubio said on Monday" and "will meet on Monday" are therefore both that same Monday. The tense is
 *       read from the governing verb by {@link Tense}.</li>
 *   <li>"yesterday", "today", "tonight", "tomorrow" (days); "last week", "this week", "next week" (weeks,
 *       Monday to Sunday); "last month", "this month", "earlier this month", "next month" (months);
 *       "last year", "this year", "next year" (years).</li>
 * </ul>
 * A year counts as a date when it follows a word of time ("in 2023", "since 1985", "fiscal 1987", "the 1986
 * season", "early 2024", both years of "the 2002-2003 season") and is not a count ("2023 people", "1,987"). Without a publication date, every
 * relative expression (weekdays, month-days without a year, "last week", ...) is found but left unresolved:
 * its value is null, never guessed.
 *
 * <p>Stateless and thread-safe once built.
 */
public final class RuleTemporalTagger implements TemporalTagger {

    /** A future clause moves a month-day a year on only when it lies this many days or more before publication. */
    private static final int FUTURE_SHIFT_DAYS = 31;
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "until", "till", "by", "during", "from",
            "before", "after", "through", "throughout", "of", "for", "early", "late", "mid", "end", "year",
            "fiscal", "calendar", "between", "the", "its", "their", "his", "her", "our", "this", "last", "next",
            "spring", "summer", "autumn", "fall", "winter", "quarter", "half", "season", "around", "circa",
            "and", "to", "than", "or");
    /** Cue words after which a count is as likely as a year: the year must not be followed by a unit. */
    private static final Set<String> WEAK_YEAR_CUES = Set.of("to", "and", "than", "or", "from", "between", "by",
            "of", "the", "around");
    private static final Set<String> COUNT_WORDS = Set.of("people", "persons", "mln", "million", "billion",
            "dlrs", "dollars", "pct", "percent", "tonnes", "tons", "shares", "barrels", "bpd", "points", "yen",
            "marks", "francs", "pounds", "acres", "troops", "members", "workers", "employees", "votes", "units",
            "cars", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "children", "deaths",
            "cases", "jobs", "houses", "homes", "soldiers", "times", "hours", "minutes", "seconds", "days",
            "years", "dead", "killed", "injured");

    private final DateWords words;
    private final Pattern iso;
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthYear;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern monthAlone;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern year;
    private final Pattern yearRange;
    private final Pattern monthModifier;

    public RuleTemporalTagger() {
        this(DateWords.load());
    }

    RuleTemporalTagger(DateWords words) {
        this.words = words;
        String month = "(?<month>" + words.monthPattern(false) + ")";
        String strictMonth = "(?<month>" + words.monthPattern(true) + ")";
        iso = Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d-])");
        monthDayYear = Pattern.compile("\\b" + month + "[ \\t]+(?<day>\\d{1,2})" + ORDINAL
                + ",?[ \\t]+(?<year>\\d{4})\\b");
        dayMonthYear = Pattern.compile("\\b(?<day>\\d{1,2})" + ORDINAL + "[ \\t]+(?:of[ \\t]+)?" + month
                + ",?[ \\t]+(?<year>\\d{4})\\b");
        monthYear = Pattern.compile("\\b" + month + ",?[ \\t]+(?<year>\\d{4})\\b(?![,.]\\d)");
        monthDay = Pattern.compile("\\b" + month + "[ \\t]+(?<day>\\d{1,2})" + ORDINAL + "\\b(?![.,:/]\\d|\\s*(?:pct|%))");
        dayMonth = Pattern.compile("(?<![\\d.,$])\\b(?<day>\\d{1,2})" + ORDINAL + "[ \\t]+(?:of[ \\t]+)?" + month + "\\b");
        monthAlone = Pattern.compile("(?i:\\b(?:in|since|until|till|by|during|before|after|through|from|early|late"
                + "|end[ \\t]+of|beginning[ \\t]+of)[ \\t]+|\\bmid-)" + strictMonth + "(?!\\w)(?!\\s*\\d)(?!'s)");
        weekday = Pattern.compile("\\b(?<weekday>" + words.weekdayPattern() + ")\\b(?!s\\b)");
        relative = Pattern.compile("(?i)\\b(?<rel>" + words.relativePattern() + ")\\b");
        yearRange = Pattern.compile("(?<![\\d,.$/-])\\b(?<first>1[89]\\d\\d|20\\d\\d)-(?<second>1[89]\\d\\d|20\\d\\d)\\b");
        monthModifier = Pattern.compile("\\b[Tt]he[ \\t]+(?<month>" + words.fullMonthPattern() + ")(?=[ \\t]+[a-z])");
        year = Pattern.compile("(?<![\\d,.$/-])\\b(?<year>1[89]\\d\\d|20\\d\\d)\\b(?![,.]\\d|/\\d|-\\d|%)");
    }

    @Override
    public List<TemporalExpression> find(Article article, List<Sentence> sentences) {
        LocalDate pub = article.publicationDate().orElse(null);
        String original = article.text();
        // the rules run over the whole text, not sentence by sentence: the sentence detector sometimes cuts
        // after an abbreviated month ("on Jan. | 20"); each expression then goes to the sentence it starts in
        String st = Typography.toAscii(original);
        List<Candidate> found = new ArrayList<>();
        scan(iso, st, m -> day(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mm")),
                Integer.parseInt(m.group("day"))), found);
        scan(monthDayYear, st, m -> day(Integer.parseInt(m.group("year")), words.month(m.group("month")),
                Integer.parseInt(m.group("day"))), found);
        scan(dayMonthYear, st, m -> day(Integer.parseInt(m.group("year")), words.month(m.group("month")),
                Integer.parseInt(m.group("day"))), found);
        scan(monthYear, st, m -> Value.of(TemporalValue.month(
                YearMonth.of(Integer.parseInt(m.group("year")), words.month(m.group("month"))))), found);
        scan(monthDay, st, m -> monthDay(words.month(m.group("month")), Integer.parseInt(m.group("day")), pub,
                sentences, m.start()), found);
        scan(dayMonth, st, m -> monthDay(words.month(m.group("month")), Integer.parseInt(m.group("day")), pub,
                sentences, m.start()), found);
        scanGroup(monthAlone, "month", st, m -> nearestMonth(words.month(m.group("month")), pub), found);
        scanGroup(weekday, "weekday", st, m -> weekday(words.weekday(m.group("weekday")),
                sentenceAt(sentences, m.start("weekday")), m.start("weekday"), pub), found);
        scanGroup(relative, "rel", st, m -> relative(words.relative(m.group("rel")), pub), found);
        scanGroup(monthModifier, "month", st, m -> nearestMonth(words.month(m.group("month")), pub), found);
        Matcher r = yearRange.matcher(st);
        while (r.find()) {
            // "the 2002-2003 season": two years, when the first stands where a year may
            if (isYear(st, r.start("first"), r.end("second"))) {
                found.add(new Candidate(r.start("first"), r.end("first"),
                        Value.of(TemporalValue.year(Integer.parseInt(r.group("first"))))));
                found.add(new Candidate(r.start("second"), r.end("second"),
                        Value.of(TemporalValue.year(Integer.parseInt(r.group("second"))))));
            }
        }
        Matcher y = year.matcher(st);
        while (y.find()) {
            if (isYear(st, y.start(), y.end())) {
                found.add(new Candidate(y.start(), y.end(),
                        Value.of(TemporalValue.year(Integer.parseInt(y.group("year"))))));
            }
        }

        found.sort(Comparator.comparingInt(Candidate::begin).thenComparing(Comparator.comparingInt(Candidate::end)
                .reversed()));
        List<TemporalExpression> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : found) {
            if (c.begin() < lastEnd || !c.value().valid()) {
                continue;
            }
            Sentence s = sentenceAt(sentences, c.begin());
            if (s == null) {
                continue;
            }
            kept.add(new TemporalExpression(original.substring(c.begin(), c.end()), c.begin(), c.end(), s.index(),
                    c.value().value()));
            lastEnd = c.end();
        }
        return kept;
    }

    /** The sentence that holds the offset, or null (sentences are in text order). */
    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** A value, or none when the expression cannot be anchored; INVALID for a date that does not exist. */
    private record Value(TemporalValue value, boolean valid) {
        static final Value NONE = new Value(null, true);
        static final Value INVALID = new Value(null, false);

        static Value of(TemporalValue v) {
            return new Value(v, true);
        }
    }

    private record Candidate(int begin, int end, Value value) {
    }

    private interface Rule {
        Value value(Matcher m);
    }

    private static void scan(Pattern p, String st, Rule rule, List<Candidate> out) {
        Matcher m = p.matcher(st);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), rule.value(m)));
        }
    }

    private static void scanGroup(Pattern p, String group, String st, Rule rule, List<Candidate> out) {
        Matcher m = p.matcher(st);
        while (m.find()) {
            out.add(new Candidate(m.start(group), m.end(group), rule.value(m)));
        }
    }

    private static Value day(int year, int month, int day) {
        try {
            return Value.of(TemporalValue.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Value.INVALID;
        }
    }

    /**
     * A month-day without a year: the nearest to publication; in a clause about the future, when that day is
     * more than a month past, the same day a year later ("the referendum is to be held from November 20" in
     * May). A day only just past stays ("is to run from January 23", written on January 28: a range begun).
     */
    private static Value monthDay(int month, int day, LocalDate pub, List<Sentence> sentences, int offset) {
        Value v = nearestDay(month, day, pub);
        if (v.value() == null || !v.value().start().isBefore(pub.minusDays(FUTURE_SHIFT_DAYS))) {
            return v;
        }
        Sentence s = sentenceAt(sentences, offset);
        if (s != null && Tense.isFuture(s.tokens(), s.tokenAt(offset))) {
            LocalDate next = v.value().start().plusYears(1);
            if (next.getMonthValue() == month && next.getDayOfMonth() == day) {
                return Value.of(TemporalValue.day(next));
            }
        }
        return v;
    }

    /** The month-day in the year, of the publication year and the years either side, nearest publication. */
    static Value nearestDay(int month, int day, LocalDate pub) {
        if (day < 1 || day > 31) {
            return Value.INVALID;
        }
        if (pub == null) {
            return YearMonth.of(2000, month).isValidDay(day) ? Value.NONE : Value.INVALID;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            if (!YearMonth.of(y, month).isValidDay(day)) {
                continue;
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            long distance = Math.abs(ChronoUnit.DAYS.between(pub, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? Value.INVALID : Value.of(TemporalValue.day(best));
    }

    /** The month, of the publication year and the years either side, nearest the publication month. */
    static Value nearestMonth(int month, LocalDate pub) {
        if (pub == null) {
            return Value.NONE;
        }
        YearMonth p = YearMonth.from(pub);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            YearMonth candidate = YearMonth.of(y, month);
            long distance = Math.abs(ChronoUnit.MONTHS.between(p, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Value.of(TemporalValue.month(best));
    }

    private static Value weekday(int isoDay, Sentence s, int offset, LocalDate pub) {
        if (pub == null || s == null) {
            return Value.NONE;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        int token = s.tokenAt(offset);
        boolean future = Tense.isFuture(s.tokens(), token);
        LocalDate d = future ? pub.with(TemporalAdjusters.nextOrSame(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
        return Value.of(TemporalValue.day(d));
    }

    private static Value relative(DateWords.Relative rel, LocalDate pub) {
        if (pub == null) {
            return Value.NONE;
        }
        return Value.of(switch (rel.unit()) {
            case DAY -> TemporalValue.day(pub.plusDays(rel.offset()));
            case WEEK -> TemporalValue.week(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(rel.offset()));
            case MONTH -> TemporalValue.month(YearMonth.from(pub).plusMonths(rel.offset()));
            case YEAR -> TemporalValue.year(pub.getYear() + rel.offset());
        });
    }

    /** A four-digit number is a year when a word of time comes before it and no unit after it. */
    private static boolean isYear(String st, int begin, int end) {
        String before = wordBefore(st, begin);
        String after = wordAfter(st, end);
        if (!YEAR_CUES.contains(before)) {
            return false;
        }
        if (COUNT_WORDS.contains(after)) {
            return false;
        }
        if (WEAK_YEAR_CUES.contains(before) && !after.isEmpty() && Character.isDigit(after.charAt(0))) {
            return false;
        }
        return true;
    }

    private static String wordBefore(String st, int pos) {
        int e = pos;
        while (e > 0 && (st.charAt(e - 1) == ' ' || st.charAt(e - 1) == '-')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(st.charAt(b - 1))) {
            b--;
        }
        return st.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String st, int pos) {
        int b = pos;
        while (b < st.length() && st.charAt(b) == ' ') {
            b++;
        }
        int e = b;
        while (e < st.length() && Character.isLetterOrDigit(st.charAt(e))) {
            e++;
        }
        return st.substring(b, e).toLowerCase(Locale.ROOT);
    }
}
