package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Tense.Time;

/**
 * Finds date expressions with regular-expression rules over the article text, and anchors them on the article's
 * publication date, following ANNOTATION.md §5. The month and weekday names, the relative phrases, the number
 * words and the names that hold a date word but name no date come from {@code lexicon/dates-words.tsv}.
 *
 * <p>What it finds, and the value it gives (the span never includes a leading preposition: "on Monday" gives
 * "Monday"):
 * <ul>
 *   <li>absolute days: ISO dates ("2023-10-07"), "March 2, 2025", "Oct. 7, 2023", "7 October 2023", with a
 *       weekday before them or not ("Thursday, May 7, 2015" is one expression); a range gives its first day
 *       ("June 2-5, 2020", "November 20 to December 11"), two days joined by "and" or "or" each their own
 *       ("December 1 and 2, 2004");</li>
 *   <li>months of a year: "March 2025", "November of 2020"; years: every four-digit number that is not a count,
 *       an amount, a time of day, a street number or a fiscal year ("in 2023", "the 2008 crisis", "AIG's 2008
 *       bailout", "mid-2015"), and each end of a range ("1957-58", "2000 - 2050");</li>
 *   <li>months and days named without a year ("March 2", "in October", "the November vote", "CNN's May poll"):
 *       the publication year, or the adjacent year when the clause demands it ({@link DateAnchor}); the year
 *       that a full date of the same day gives elsewhere in the article ("October 7th" after "Oct. 7, 2023");</li>
 *   <li>"last June" / "next June": the latest June strictly before / the first strictly after the publication
 *       month;</li>
 *   <li>weekdays: in a clause about the past, the latest such weekday on or before the publication date; in a
 *       clause about the future, the first on or after it; "last Monday" / "next Monday" strictly before / after.
 *       The tense is read from the governing verb by {@link Tense};</li>
 *   <li>the relative phrases of the lexicon: "yesterday", "today", "tomorrow" (days); "last week", "this week"
 *       (weeks, Monday to Sunday, with no calendar value); "last month", "earlier this month" (months); "last
 *       year", "next year" (years); "the end of the year", "year-end" (the year, last year's for a past event
 *       in a year not yet ended); "the end of the month" (the month); "tonight", "last night" (parts of days: no
 *       calendar value, but the day they fall on);</li>
 *   <li>"N days / months / years ago" ("two years ago", "Seventeen years ago", "a month ago"): publication minus N
 *       in that unit; "a year ago this month" is a month;</li>
 *   <li>"on the 29th": that day of the publication month, or of the month before or after as the tense demands.</li>
 * </ul>
 * Not dates: holidays and names that hold a date word ("Black Friday", "USA Today"), "today" meaning "of our
 * time" ("today's world", "more than today", "Today, about 100,000 Greeks worship ..."), dates relative to
 * another date ("the next year", "the following Tuesday"), vague spans ("more than a year ago"), fiscal years.
 * Without a publication date, every relative expression is found but left unresolved: its value is null,
 * never guessed.
 *
 * <p>Every pattern is compiled once, in the constructor, and runs once over the whole text. Stateless and
 * thread-safe once built.
 */
public final class RuleTemporalTagger implements TemporalTagger {

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String SPACE = "[ \\t]+";
    private static final String DASH = "[ \\t]*[-\\u2013\\u2014][ \\t]*";
    /** Words before a year of the first millennium's second half or earlier (1000-1799) that make it a year. */
    private static final Set<String> OLD_YEAR_CUES = Set.of("in", "since", "until", "till", "by", "year", "circa",
            "during", "from", "before", "after");
    /** Words before a four-digit number that make it a label or an amount, not a year. */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of("fiscal", "fy", "no", "nos", "number", "flight",
            "route", "room", "page", "pages", "article", "section", "chapter", "paragraph", "resolution", "bus",
            "highway", "interstate", "model", "version", "channel", "platform", "gate", "suite", "apartment", "unit",
            "box", "code", "about", "approximately", "nearly", "almost", "some", "roughly", "least", "only");
    /** Words after a four-digit number that make it a count, an amount or a time of day. */
    private static final Set<String> COUNT_WORDS = Set.of("people", "persons", "mln", "million", "billion",
            "dlrs", "dollars", "pct", "percent", "tonnes", "tons", "shares", "barrels", "bpd", "points", "yen",
            "marks", "francs", "pounds", "euros", "acres", "troops", "members", "workers", "employees", "votes",
            "units", "cars", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "children",
            "deaths", "cases", "jobs", "houses", "homes", "soldiers", "times", "hours", "hrs", "minutes", "seconds",
            "days", "weeks", "months", "years", "dead", "killed", "injured", "gmt", "utc", "est", "edt", "cst",
            "cdt", "pst", "pdt", "bst", "cet", "cest", "local", "am", "pm", "fiscal");
    /** Street words: "1600 Pennsylvania Avenue" is an address. */
    private static final Set<String> STREET = Set.of("avenue", "ave", "street", "st", "road", "rd", "boulevard",
            "blvd", "drive", "lane", "way", "place", "court", "square", "parkway", "highway");
    /** Words before a year and a plural noun that keep it a year ("the 2020 elections", "in 2014 sales ..."). */
    private static final Set<String> YEAR_BEFORE_NOUN = Set.of("the", "a", "an", "its", "his", "her", "their",
            "our", "my", "your", "this", "that", "in", "since", "during", "until", "by", "before", "after");
    /** Words before a weekday that make it no one day: "one Saturday", "every Monday". */
    private static final Set<String> INDEFINITE = Set.of("one", "some", "any", "every", "each", "another");
    /** Words that bound a span of time: "more than a year ago" names no year. */
    private static final Set<String> BOUNDS = Set.of("than", "over", "under", "least", "nearly", "almost");
    /** Words before a month or a year that say where it stands: "since July" is past. */
    private static final Set<String> PAST_CUES = Set.of("since");
    /** Words before a date that say it is ahead: "ahead of the November elections". */
    private static final Set<String> FUTURE_CUES = Set.of("upcoming", "coming");
    /** Capitalised words that may stand before a month or weekday at the start of its clause. */
    private static final Set<String> CAPITALISED_CUES = Set.of("In", "Since", "Until", "By", "During", "Before",
            "After", "Through", "From", "Last", "Next", "This", "Early", "Late", "Mid", "End", "On", "Of", "And",
            "Or", "Till", "Between", "To", "Starting", "Beginning", "Ending", "As");
    /** Words before "May" that make it a month, not a name or a modal. */
    private static final Set<String> MAY_CUES = Set.of("in", "since", "until", "till", "by", "during", "before",
            "after", "through", "from", "of", "last", "next", "this", "early", "late", "mid", "end", "beginning",
            "start", "the", "a", "an", "and", "or", "to", "between", "on", "as", "for");

    private final DateWords words;
    private final Pattern iso;
    private final Pattern monthDayRange;
    private final Pattern monthDayPair;
    private final Pattern monthDayYear;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    private final Pattern monthDay;
    private final Pattern monthAlone;
    private final Pattern weekday;
    private final Pattern relative;
    private final Pattern ago;
    private final Pattern yearRange;
    private final Pattern year;
    private final Pattern nth;
    private final Pattern notDate;

    public RuleTemporalTagger() {
        this(DateWords.load());
    }

    RuleTemporalTagger(DateWords words) {
        this.words = words;
        String wd = "(?:(?<wd>" + words.weekdayPattern() + "),?" + SPACE + "(?:the" + SPACE + ")?)?";
        String month = "(?<month>" + words.monthPattern(false) + ")";
        String month2 = "(?<month2>" + words.monthPattern(false) + ")";
        String day = "(?<day>\\d{1,2})" + ORDINAL;
        String day2 = "(?<day2>\\d{1,2})" + ORDINAL;
        String year4 = "(?<year>\\d{4})";
        String endYear = "(?:,?" + SPACE + year4 + "\\b(?![,.]\\d))?";
        String notAmount = "(?![.,:/]\\d|[ \\t]*(?:pct|%|percent))";
        String to = "(?:" + DASH + "|" + SPACE + "(?:to|through|until|till|thru)" + SPACE + ")";
        iso = Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d-])");
        monthDayRange = Pattern.compile("\\b" + wd + month + SPACE + day + to + "(?:" + month2 + SPACE + ")?" + day2
                + "\\b" + notAmount + endYear);
        monthDayPair = Pattern.compile("\\b" + month + SPACE + day + SPACE + "(?:and|or|&)" + SPACE + day2 + "\\b"
                + notAmount + endYear);
        monthDayYear = Pattern.compile("\\b" + wd + month + SPACE + day + ",?" + SPACE + year4 + "\\b(?![,.]\\d)");
        dayMonth = Pattern.compile("(?<![\\d.,$])\\b" + wd + day + "(?:" + DASH + day2 + ")?" + SPACE + "(?:of"
                + SPACE + ")?" + month + "\\b" + endYear);
        monthYear = Pattern.compile("\\b" + month + "(?:," + "|" + SPACE + "of)?" + SPACE + year4 + "\\b(?![,.]\\d)");
        monthDay = Pattern.compile("\\b" + wd + month + SPACE + day + "\\b" + notAmount);
        monthAlone = Pattern.compile("\\b(?:(?<rel>(?i:last|next|this))" + SPACE + ")?(?<month>"
                + words.monthPattern(true) + ")(?![\\w-])(?![ \\t]*\\d)");
        weekday = Pattern.compile("\\b(?:(?<rel>(?i:last|next|this|the" + SPACE + "next|the" + SPACE + "following|the"
                + SPACE + "previous|the" + SPACE + "same))" + SPACE + ")?(?<weekday>" + words.weekdayPattern()
                + ")\\b(?!s\\b)");
        relative = Pattern.compile("(?i)\\b(?<rel>" + words.relativePattern() + ")\\b(?!-)");
        ago = Pattern.compile("(?i)(?<![\\w,.\\[])(?<n>\\d{1,3}|\\[?" + words.numberPattern() + "]?)" + SPACE
                + "(?<unit>day|week|month|year)s?" + SPACE + "ago\\b(?<thismonth>" + SPACE + "this" + SPACE
                + "month\\b)?");
        yearRange = Pattern.compile("(?<![\\w$\\u00a3\\u20ac#.,/-])(?<first>1\\d{3}|20\\d{2})(?:" + DASH
                + "|/)(?<second>\\d{4}|\\d{2})(?![\\w%]|[.,/]\\d|[-\\u2013\\u2014]\\d)");
        year = Pattern.compile("(?<![\\w$\\u00a3\\u20ac#.,/])(?<year>1\\d{3}|20\\d{2})(?![\\w%]|[.,]\\d|"
                + "[-\\u2013\\u2014/]\\d|\\.[A-Z])");
        nth = Pattern.compile("(?i)\\b(?:on|by|until|till|from|since|before|after|through)" + SPACE + "(?<nth>the"
                + SPACE + "(?<day>\\d{1,2})(?:st|nd|rd|th))\\b");
        notDate = Pattern.compile("\\b" + words.notDatePattern() + "\\b");
    }

    @Override
    public List<TemporalExpression> find(Article article, List<Sentence> sentences) {
        Scan scan = new Scan(article, sentences);
        scan.run();
        return scan.result();
    }

    /** What became of a candidate: an expression, a span that holds no date, or a date that does not exist. */
    private enum State { FOUND, BLOCKED, INVALID }

    /**
     * A candidate expression. {@code yearless} is the month and day of a day named without its year, which a
     * date of the same day with its year elsewhere in the article fixes.
     */
    private record Candidate(int begin, int end, TemporalValue value, TemporalValue day, State state,
                             MonthDay yearless) {
    }

    /** One article's pass: the text, its sentences, its publication date and the candidates found. */
    private final class Scan {
        private final String original;
        private final String st;
        private final List<Sentence> sentences;
        private final LocalDate pub;
        private final List<Candidate> found = new ArrayList<>();
        /** The years that the article's full dates give their month-days; -1 when two disagree. */
        private final Map<MonthDay, Integer> yearOf = new HashMap<>();

        Scan(Article article, List<Sentence> sentences) {
            this.original = article.text();
            // the rules run over the whole text, not sentence by sentence: the sentence detector sometimes cuts
            // after an abbreviated month ("on Jan. | 20"); each expression then goes to the sentence it starts in
            this.st = Typography.toAscii(original);
            this.sentences = sentences;
            this.pub = article.publicationDate().orElse(null);
        }

        void run() {
            // the order matters only between candidates of the same span: the first one found wins
            each(notDate, m -> block(m.start(), m.end()));
            each(iso, m -> fixed(m.start(), m.end(), DateAnchor.valid(num(m, "year"), num(m, "mm"), num(m, "day"))));
            each(monthDayRange, this::monthDayRange);
            each(monthDayPair, this::monthDayPair);
            each(monthDayYear, m -> fixed(m.start(), m.end(),
                    DateAnchor.valid(num(m, "year"), month(m), num(m, "day"))));
            each(dayMonth, this::dayMonth);
            each(monthYear, m -> add(m.start(), m.end(), TemporalValue.month(YearMonth.of(num(m, "year"), month(m)))));
            each(monthDay, m -> yearless(m.start(), m.end(), month(m), num(m, "day")));
            each(nth, this::nth);
            each(ago, this::ago);
            each(relative, this::relative);
            each(monthAlone, this::monthAlone);
            each(weekday, this::weekday);
            each(yearRange, this::yearRange);
            each(year, m -> {
                if (isYear(m.start(), m.end())) {
                    add(m.start(), m.end(), TemporalValue.year(num(m, "year")));
                }
            });
        }

        List<TemporalExpression> result() {
            found.sort(Comparator.comparingInt(Candidate::begin)
                    .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
            List<TemporalExpression> kept = new ArrayList<>();
            int lastEnd = -1;
            for (Candidate c : found) {
                if (c.begin() < lastEnd || c.state() == State.INVALID) {
                    continue;
                }
                lastEnd = c.end();
                Sentence s = sentenceAt(c.begin());
                if (c.state() == State.BLOCKED || s == null || Set.of("every", "each").contains(wordBefore(c.begin()))) {
                    // "a fiscal year that starts every Oct. 1": no one date
                    continue;
                }
                TemporalValue value = c.value();
                Integer y = c.yearless() == null ? null : yearOf.get(c.yearless());
                if (y != null && y > 0 && c.yearless().isValidYear(y)) {
                    // "October 7th" in an article that says "Oct. 7, 2023" elsewhere
                    value = TemporalValue.day(c.yearless().atYear(y));
                }
                kept.add(new TemporalExpression(original.substring(c.begin(), c.end()), c.begin(), c.end(),
                        s.index(), value, value != null && value.granularity() == TemporalValue.Granularity.DAY
                        ? value : c.day()));
            }
            return kept;
        }

        // ---- the rules

        /** "November 20 to December 11", "June 2-5, 2020": the first day. */
        private void monthDayRange(Matcher m) {
            int month = month(m);
            int first = num(m, "day");
            int last = num(m, "day2");
            int month2 = m.group("month2") == null ? month : words.month(m.group("month2"));
            if (month2 == month && last <= first || last > 31) {
                return;
            }
            if (m.group("year") != null) {
                int y = num(m, "year") - (month2 < month ? 1 : 0);
                fixed(m.start(), m.end(), DateAnchor.valid(y, month, first));
            } else {
                yearless(m.start(), m.end(), month, first);
            }
        }

        /** "December 1 and 2, 2004": two days; "between May 5 and 15": a range, its first day. */
        private void monthDayPair(Matcher m) {
            int month = month(m);
            if (wordBefore(m.start()).equals("between") && num(m, "day2") > num(m, "day")) {
                if (m.group("year") != null) {
                    fixed(m.start(), m.end(), DateAnchor.valid(num(m, "year"), month, num(m, "day")));
                } else {
                    yearless(m.start(), m.end(), month, num(m, "day"));
                }
                return;
            }
            if (m.group("year") != null) {
                int y = num(m, "year");
                fixed(m.start(), m.end("day"), DateAnchor.valid(y, month, num(m, "day")));
                fixed(m.start("day2"), m.end(), DateAnchor.valid(y, month, num(m, "day2")));
            } else {
                yearless(m.start(), m.end("day"), month, num(m, "day"));
                yearless(m.start("day2"), m.end("day2"), month, num(m, "day2"));
            }
        }

        /** "7 October 2023", "Thursday 7 May", "2-5 June 2020". */
        private void dayMonth(Matcher m) {
            if (m.group("day2") != null && num(m, "day2") <= num(m, "day")) {
                return;
            }
            if (m.group("year") != null) {
                fixed(m.start(), m.end(), DateAnchor.valid(num(m, "year"), month(m), num(m, "day")));
            } else {
                yearless(m.start(), m.end(), month(m), num(m, "day"));
            }
        }

        /** A month and a day without a year. */
        private void yearless(int begin, int end, int month, int day) {
            if (day < 1 || day > 31 || !YearMonth.of(2000, month).isValidDay(day)) {
                found.add(new Candidate(begin, end, null, null, State.INVALID, null));
                return;
            }
            LocalDate d = DateAnchor.day(month, day, pub, time(begin));
            found.add(new Candidate(begin, end, d == null ? null : TemporalValue.day(d), null, State.FOUND,
                    MonthDay.of(month, day)));
        }

        /** "on the 29th": a day of the publication month, unless a noun follows ("the 30th anniversary"). */
        private void nth(Matcher m) {
            int begin = m.start("nth");
            Sentence s = sentenceAt(begin);
            if (s == null) {
                return;
            }
            int next = s.tokenAt(m.end("nth"));
            if (next < s.tokens().size()) {
                Token t = s.tokens().get(next);
                if (Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(t.pos()) || t.text().equalsIgnoreCase("of")) {
                    return;
                }
            }
            int day = num(m, "day");
            if (day < 1 || day > 31) {
                return;
            }
            LocalDate d = DateAnchor.dayOfMonth(day, pub, time(begin));
            add(begin, m.end("nth"), d == null ? null : TemporalValue.day(d));
        }

        /** "two years ago", "Seventeen years ago", "a month ago", "a year ago this month". */
        private void ago(Matcher m) {
            if (BOUNDS.contains(wordBefore(m.start()))) {
                // "more than a year ago", "nearly a decade ago": a bound, not a date
                block(m.start(), m.end());
                return;
            }
            String n = m.group("n").replace("[", "").replace("]", "");
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : words.number(n);
            if (count < 0) {
                return;
            }
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (pub == null) {
                add(m.start(), m.end(), null);
                return;
            }
            TemporalValue v = switch (unit) {
                case "day" -> TemporalValue.day(pub.minusDays(count));
                case "week" -> TemporalValue.week(pub.minusWeeks(count).with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY)));
                case "month" -> TemporalValue.month(YearMonth.from(pub).minusMonths(count));
                default -> m.group("thismonth") != null ? TemporalValue.month(YearMonth.from(pub).minusYears(count))
                        : TemporalValue.year(pub.getYear() - count);
            };
            add(m.start(), m.end(), v);
        }

        /** A phrase of the lexicon: "yesterday", "last week", "later this month", "the end of the year". */
        private void relative(Matcher m) {
            int begin = m.start("rel");
            int end = m.end("rel");
            String phrase = m.group("rel").toLowerCase(Locale.ROOT);
            DateWords.Relative rel = words.relative(phrase);
            if ((phrase.startsWith("last ") || phrase.startsWith("next ")) && wordBefore(begin).equals("the")) {
                // "the next year", "over the last month": relative to another date, or a span
                block(begin, end);
                return;
            }
            if (phrase.equals("today") && !isToday(begin, end)) {
                block(begin, end);
                return;
            }
            if (pub == null) {
                add(begin, end, null);
                return;
            }
            switch (rel.unit()) {
                case DAY -> add(begin, end, TemporalValue.day(pub.plusDays(rel.offset())));
                case WEEK -> add(begin, end, TemporalValue.week(pub.with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY)).plusWeeks(rel.offset())));
                case MONTH -> add(begin, end, TemporalValue.month(YearMonth.from(pub).plusMonths(rel.offset())));
                case YEAR -> add(begin, end, TemporalValue.year(pub.getYear() + rel.offset()));
                case PART_OF_DAY -> found.add(new Candidate(begin, end, null,
                        TemporalValue.day(pub.plusDays(rel.offset())), State.FOUND, null));
                case YEAR_PART -> {
                    // "the end of the year": anchored as its month would be, December for the end
                    add(begin, end, TemporalValue.year(DateAnchor.month(rel.offset(), pub, time(begin)).getYear()));
                }
                case MONTH_PART -> {
                    boolean past = time(begin) == Time.PAST && rel.offset() > pub.getDayOfMonth();
                    add(begin, end, TemporalValue.month(YearMonth.from(pub).minusMonths(past ? 1 : 0)));
                }
            }
        }

        /**
         * "today" names the day of publication, unless it means "of our time": quoted as a name ("Today"), before
         * a noun of the times or an adjective ("today's world", "today's best artists"), in a comparison ("more
         * today than ...", "as strong today as ..."), or opening a sentence in the simple present ("Today, about
         * 100,000 Greeks worship ...").
         */
        private boolean isToday(int begin, int end) {
            if (begin > 0 && end < st.length() && st.charAt(begin - 1) == '"' && st.charAt(end) == '"') {
                return false;
            }
            Sentence s = sentenceAt(begin);
            if (s == null) {
                return true;
            }
            List<Token> tokens = s.tokens();
            int i = s.tokenAt(begin);
            if (st.startsWith("'s", end)) {
                // the tokenizer keeps "today's" whole or cuts it in two
                int n = possessive(tokens.get(Math.min(i, tokens.size() - 1))) ? i + 1 : i + 2;
                if (n < tokens.size() && (tokens.get(n).pos().equals("ADJ") || tokens.get(n).pos().equals("ADV")
                        || words.isNowadaysNoun(tokens.get(n).text()))) {
                    return false;
                }
            }
            String after = wordAfter(end);
            if (wordBefore(begin).equals("than") || after.equals("than")) {
                return false;
            }
            if (after.equals("as")) {
                for (int k = Math.max(0, i - 5); k < i; k++) {
                    if (tokens.get(k).text().equalsIgnoreCase("as")) {
                        return false;
                    }
                }
            }
            return !(i == 0 && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",")
                    && Tense.of(tokens, i) == Time.PRESENT);
        }

        /** A month without a day: "in October", "last June", "the November vote", "CNN's May poll". */
        private void monthAlone(Matcher m) {
            int begin = m.start("month");
            int end = m.end("month");
            String name = m.group("month");
            String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
            if (rel == null && !standsAsMonth(begin, end, name)) {
                return;
            }
            int month = words.month(name);
            if (wordAfter(end).equalsIgnoreCase("quarter")) {
                // "the March quarter": a quarter, which has no calendar value
                block(m.start(), end);
                return;
            }
            int yearOffset = relativeAfter(end, "year");
            if (yearOffset != Integer.MIN_VALUE) {
                // "March last year", "in June next year": the phrase gives the year (and stays an expression)
                add(m.start(), end, pub == null ? null : TemporalValue.month(YearMonth.of(pub.getYear() + yearOffset,
                        month)));
                return;
            }
            YearMonth v = rel == null ? DateAnchor.month(month, pub, modifierTime(begin, end))
                    : switch (rel) {
                        case "last" -> DateAnchor.lastMonth(month, pub);
                        case "next" -> DateAnchor.nextMonth(month, pub);
                        default -> pub == null ? null : YearMonth.of(pub.getYear(), month);
                    };
            add(m.start(), end, v == null ? null : TemporalValue.month(v));
        }

        /**
         * The offset of "last UNIT", "next UNIT", "this UNIT" (after "of" or not) right after the offset, or
         * MIN_VALUE; {@code unit} is "year" or "week".
         */
        private int relativeAfter(int pos, String unit) {
            String w1 = wordAfter(pos).toLowerCase(Locale.ROOT);
            int k = w1.equals("of") ? 2 : 1;
            String rel = wordAfter(pos, k).toLowerCase(Locale.ROOT);
            if (!wordAfter(pos, k + 1).equalsIgnoreCase(unit)) {
                return Integer.MIN_VALUE;
            }
            return switch (rel) {
                case "last" -> -1;
                case "next" -> 1;
                case "this" -> 0;
                default -> Integer.MIN_VALUE;
            };
        }

        /**
         * The time of a month's clause. A month that modifies a noun ("the October synod", "October's shutdown",
         * "CNN's May poll") dates the noun, not the verb: only a future clause moves it; otherwise the nearest to
         * publication. So does a month after "for" ("Brent crude for April"): a target.
         */
        private Time modifierTime(int begin, int end) {
            Time t = time(begin);
            Sentence s = sentenceAt(begin);
            if (s == null || t == Time.FUTURE) {
                return t;
            }
            List<Token> tokens = s.tokens();
            int i = s.tokenAt(begin);
            boolean possessive = st.startsWith("'s", end);
            String before = wordBefore(begin);
            if (before.equals("for")) {
                // "Brent crude for April": a target, not the time of the verb
                return Time.NONE;
            }
            boolean determiner = i > 0 && (possessive(tokens.get(i - 1)) || Set.of("the", "a", "an", "this", "its",
                    "their", "his", "her").contains(before));
            boolean beforeNoun = i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NOUN");
            return possessive || determiner && beforeNoun ? Time.NONE : t;
        }

        /** Whether the verb governing the offset is a present progressive ("is demanding"). */
        private boolean progressive(Sentence s, int begin) {
            int verb = Tense.governingVerb(s.tokens(), s.tokenAt(begin));
            return verb >= 0 && s.tokens().get(verb).text().endsWith("ing");
        }

        /**
         * Whether a month's name stands for the month: not inside a name ("Theresa May", "April Ryan", "the
         * Women's March"), and, for "May", only after a word of time or before a noun ("the May elections").
         */
        private boolean standsAsMonth(int begin, int end, String name) {
            Sentence s = sentenceAt(begin);
            if (s == null) {
                return false;
            }
            List<Token> tokens = s.tokens();
            int i = s.tokenAt(begin);
            if (i >= tokens.size()) {
                return false;
            }
            if (tokens.get(i).begin() != begin) {
                // one token with its prefix: "mid-May", "early-March"
                return st.substring(tokens.get(i).begin(), begin).matches("(?i)(?:mid|early|late|pre|post)-");
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (prev != null && possessive(prev)) {
                // "CNN's May poll", but "the Women's March"
                return next != null && next.pos().startsWith("NOUN") && !next.isCapitalised();
            }
            if (prev != null && prev.isCapitalised() && i - 1 > 0 && !CAPITALISED_CUES.contains(prev.text())) {
                return false;
            }
            String before = prev == null ? "" : prev.text().toLowerCase(Locale.ROOT);
            if (next != null && next.isCapitalised() && Character.isLetter(next.text().charAt(0))
                    && !words.isWeekday(next.text()) && !MAY_CUES.contains(before)) {
                // "April Ryan", "March Madness"; but "in March Trump said"
                return false;
            }
            boolean afterArticle = before.equals("the") || before.equals("a") || before.equals("an");
            if (afterArticle && (next == null || !Set.of("NOUN", "ADJ", "PROPN").contains(next.pos()))) {
                // "the March on Washington"
                return false;
            }
            if (name.equals("May")) {
                boolean mid = begin >= 4 && st.substring(begin - 4, begin).equalsIgnoreCase("mid-");
                return mid || MAY_CUES.contains(before);
            }
            return true;
        }

        /** A weekday, alone or after "last", "next", "this". */
        private void weekday(Matcher m) {
            int begin = m.start("weekday");
            DayOfWeek dow = DayOfWeek.of(words.weekday(m.group("weekday")));
            String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String before = wordBefore(m.start());
            if (rel.isEmpty() && (INDEFINITE.contains(before)
                    || Set.of("a", "an").contains(before) && !beforeNoun(m.end()))) {
                // "one Saturday", "every Monday", "on a Friday": no one date; but "at a Thursday press conference"
                block(m.start(), m.end());
                return;
            }
            String after = wordAfter(m.end());
            if (rel.isEmpty() && before.equals("the") && !after.isEmpty() && Character.isUpperCase(after.charAt(0))
                    && !words.isMonth(after)) {
                // "The Sunday Times": a name
                block(m.start(), m.end());
                return;
            }
            int weekOffset = relativeAfter(m.end(), "week");
            if (rel.isEmpty() && weekOffset != Integer.MIN_VALUE) {
                // "Tuesday last week", "on Monday next week": that weekday of that week
                add(begin, m.end(), pub == null ? null : TemporalValue.day(pub.with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY)).plusWeeks(weekOffset).plusDays(dow.getValue() - 1L)));
                return;
            }
            LocalDate d;
            switch (rel) {
                case "last" -> d = DateAnchor.lastWeekday(dow, pub);
                case "next", "the next" -> d = DateAnchor.nextWeekday(dow, pub);
                case "the following", "the previous", "the same" -> {
                    // relative to another date in the text
                    block(m.start(), m.end());
                    return;
                }
                default -> {
                    Time t = weekdayTime(begin, m.end("weekday"));
                    if (t == Time.NONE && Set.of("until", "till").contains(wordBefore(begin))) {
                        // "to remain closed until Thursday": a deadline ahead
                        t = Time.FUTURE;
                    }
                    d = DateAnchor.weekday(dow, pub, t);
                }
            }
            add(rel.isEmpty() || rel.equals("this") ? begin : m.start(), m.end(), d == null ? null : TemporalValue.day(d));
        }

        /** Whether the token right after the offset is a noun ("a Thursday press conference"). */
        private boolean beforeNoun(int end) {
            Sentence s = sentenceAt(end - 1);
            if (s == null) {
                return false;
            }
            int i = s.tokenAt(end);
            return i < s.tokens().size() && s.tokens().get(i).begin() >= end && s.tokens().get(i).pos().startsWith("NOUN");
        }

        /**
         * The time of a weekday's clause. A possessive weekday ("Wednesday's attack") dates a noun, not the verb:
         * it is past unless the clause is plainly about the future ("will", "plans to", "ahead of").
         */
        private Time weekdayTime(int begin, int end) {
            Time t = time(begin);
            boolean possessive = st.startsWith("'s", end);
            if (!possessive || t == Time.PAST || t == Time.NONE) {
                return t;
            }
            if (FUTURE_CUES.contains(wordBefore(begin)) || precededBy(begin, "ahead of")
                    || precededBy(begin, "ahead of the")) {
                return Time.FUTURE;
            }
            return t == Time.FUTURE && !progressive(sentenceAt(begin), begin) ? Time.FUTURE : Time.PAST;
        }

        /** "1957-58", "2002-2003", "2000 - 2050": each end its own year. */
        private void yearRange(Matcher m) {
            int first = num(m, "first");
            String second = m.group("second");
            int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (second.length() == 2 && last <= first) {
                last += 100;
            }
            if (last <= first || last - first > 100 || last > 2099 || !isYear(m.start("first"), m.end())) {
                return;
            }
            add(m.start("first"), m.end("first"), TemporalValue.year(first));
            add(m.start("second"), m.end("second"), TemporalValue.year(last));
        }

        /**
         * Whether a four-digit number is a year: not a count or an amount ("2000 people", "about 2000", "1709
         * schoolchildren"), not a time of day ("1800 GMT"), not a label or an address ("flight 2012", "1600
         * Pennsylvania Avenue"), not a fiscal year ("fiscal 2011", "the 2011 fiscal year"). Years before 1800 need
         * a word of time before them ("in 1492").
         */
        private boolean isYear(int begin, int end) {
            int y = Integer.parseInt(st.substring(begin, begin + 4));
            String before = wordBefore(begin);
            if (begin > 1 && st.charAt(begin - 1) == '-' && Character.isDigit(st.charAt(begin - 2))) {
                return false;
            }
            if (y < 1800 && !OLD_YEAR_CUES.contains(before)) {
                return false;
            }
            if (NOT_YEAR_BEFORE.contains(before) || before.equals("year") && wordBefore(begin, 2).equals("fiscal")) {
                return false;
            }
            if (before.equals("than") && Set.of("more", "less", "fewer", "greater", "over").contains(wordBefore(begin, 2))) {
                // "more than 2000"
                return false;
            }
            String after = wordAfter(end);
            String afterLower = after.toLowerCase(Locale.ROOT);
            if (COUNT_WORDS.contains(afterLower) || afterLower.equals("year") && wordAfter(end, 2).equalsIgnoreCase("old")) {
                return false;
            }
            if (after.matches("[A-Z]+\\d[A-Z\\d]*|\\d+[A-Z]+\\w*")) {
                // "2004 YD5": a catalogue name
                return false;
            }
            if (!after.isEmpty() && Character.isUpperCase(after.charAt(0)) && STREET.contains(wordAfter(end, 2).toLowerCase(Locale.ROOT))) {
                return false;
            }
            Sentence s = sentenceAt(begin);
            if (y < 1900 && s != null) {
                // "1850 people": a count; from 1900 on, news writes counts with a separator ("2,000 people")
                int i = s.tokenAt(end);
                if (i < s.tokens().size()) {
                    Token t = s.tokens().get(i);
                    boolean plural = t.pos().equals("NOUN") && Character.isLowerCase(t.text().charAt(0))
                            && (t.text().endsWith("s") || !t.text().equals(t.lemma()));
                    boolean possessive = begin >= 3 && (st.startsWith("'s ", begin - 3));
                    if (plural && !possessive && !YEAR_BEFORE_NOUN.contains(before)) {
                        return false;
                    }
                }
            }
            return true;
        }

        // ---- helpers

        /** Where the clause of the expression at {@code begin} places it: a word before it, else the verb. */
        private Time time(int begin) {
            String before = wordBefore(begin);
            if (PAST_CUES.contains(before)) {
                return Time.PAST;
            }
            if (FUTURE_CUES.contains(before) || precededBy(begin, "ahead of") || precededBy(begin, "ahead of the")) {
                return Time.FUTURE;
            }
            Sentence s = sentenceAt(begin);
            return s == null ? Time.NONE : Tense.of(s.tokens(), s.tokenAt(begin));
        }

        private static boolean possessive(Token t) {
            return t.text().endsWith("'s") || t.text().endsWith("\u2019s");
        }

        private void add(int begin, int end, TemporalValue v) {
            found.add(new Candidate(begin, end, v, null, State.FOUND, null));
        }

        /** A date named with its year: found, or invalid when the day does not exist ("February 30, 2023"). */
        private void fixed(int begin, int end, LocalDate d) {
            if (d != null) {
                yearOf.merge(MonthDay.from(d), d.getYear(), (a, b) -> a.equals(b) ? a : -1);
            }
            found.add(d == null ? new Candidate(begin, end, null, null, State.INVALID, null)
                    : new Candidate(begin, end, TemporalValue.day(d), null, State.FOUND, null));
        }

        private void block(int begin, int end) {
            found.add(new Candidate(begin, end, null, null, State.BLOCKED, null));
        }

        private void each(Pattern p, java.util.function.Consumer<Matcher> rule) {
            Matcher m = p.matcher(st);
            while (m.find()) {
                rule.accept(m);
            }
        }

        private int month(Matcher m) {
            return words.month(m.group("month"));
        }

        /** The sentence that holds the offset, or null (sentences are in text order). */
        private Sentence sentenceAt(int offset) {
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

        private boolean precededBy(int pos, String phrase) {
            int e = pos;
            while (e > 0 && st.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e - phrase.length();
            return b >= 0 && st.regionMatches(true, b, phrase, 0, phrase.length())
                    && (b == 0 || !Character.isLetter(st.charAt(b - 1)));
        }

        private String wordBefore(int pos) {
            return wordBefore(pos, 1);
        }

        /** The n-th word before the offset, lower-cased, skipping spaces and hyphens; empty at other characters. */
        private String wordBefore(int pos, int n) {
            int e = pos;
            String w = "";
            for (int k = 0; k < n; k++) {
                while (e > 0 && (st.charAt(e - 1) == ' ' || st.charAt(e - 1) == '-' || st.charAt(e - 1) == '\t')) {
                    e--;
                }
                int b = e;
                while (b > 0 && Character.isLetter(st.charAt(b - 1))) {
                    b--;
                }
                w = st.substring(b, e);
                e = b;
                if (w.isEmpty()) {
                    break;
                }
            }
            return w.toLowerCase(Locale.ROOT);
        }

        private String wordAfter(int pos) {
            return wordAfter(pos, 1);
        }

        /** The n-th word after the offset, as written (letters and digits), skipping spaces and hyphens. */
        private String wordAfter(int pos, int n) {
            int b = pos;
            String w = "";
            for (int k = 0; k < n; k++) {
                while (b < st.length() && (st.charAt(b) == ' ' || st.charAt(b) == '-' || st.charAt(b) == '\t')) {
                    b++;
                }
                int e = b;
                while (e < st.length() && Character.isLetterOrDigit(st.charAt(e))) {
                    e++;
                }
                w = st.substring(b, e);
                b = e;
                if (w.isEmpty()) {
                    break;
                }
            }
            return w;
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
