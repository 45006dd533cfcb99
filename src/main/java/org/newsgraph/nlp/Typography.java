package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Text clean-up that keeps offsets: every function maps the text one character for one. */
final class Typography {

    private Typography() {
    }

    /** Curly quotes, primes and apostrophes to ASCII; the result has the same length as the input. */
    static String toAscii(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> c[i] = '"';
                case '\u00A0', '\u2009', '\u202F' -> c[i] = ' ';
                default -> {
                }
            }
        }
        return new String(c);
    }

    /** Lines of text between line breaks, trimmed of surrounding white space; empty lines are dropped. */
    static List<Span> paragraphs(String text) {
        List<Span> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                result.add(new Span(b, e));
            }
            start = end + 1;
        }
        return result;
    }

    /** Abbreviations that stand before a name or a number, never at the end of a sentence. */
    private static final java.util.Set<String> BEFORE_NAME = java.util.Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.",
            "Sens.", "Rep.", "Reps.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Maj.", "Prof.", "Rev.",
            "St.", "Cmdr.", "Gens.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
            "Nov.", "Dec.", "No.", "Nos.");
    /** A legislator's party-and-state tag ending in an abbreviation: "R-Fla.", "D-N.Y.," ("Rep. Jane Doe, R-Fla., said"). */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[A-Z]-[A-Z][A-Za-z.]*\\.,?");
    /** A middle initial, or two: "V.", "H.W.". */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:[A-Z]\\.){1,2}");
    /** Country abbreviations that end a sentence only when the next one opens with a usual first word. */
    private static final java.util.Set<String> COUNTRY = java.util.Set.of("U.S.", "U.K.", "U.N.", "E.U.");
    private static final java.util.Set<String> OPENERS = java.util.Set.of("The", "A", "An", "He", "She", "It",
            "They", "We", "I", "You", "In", "On", "At", "But", "And", "This", "That", "These", "Those", "There",
            "His", "Her", "Its", "Their", "Our", "However", "Meanwhile", "Also", "After", "Before", "When", "While",
            "If", "As", "Some", "Many", "Most", "Mr.", "Mrs.", "Ms.", "Earlier", "Later", "Yesterday", "Today", "So");

    /**
     * Joins sentences the detector cut after an abbreviation that cannot end one: a title or an abbreviated
     * month ("Sen. | Patrick Moynihan", "on Jan. | 20"), or "U.S." before a capitalised word that is not a
     * usual sentence opener ("will visit U.S. | Treasury Secretary James Baker"); no sentence ends in a comma
     * ("Rep. Jane Doe, R-Fla., | former chairwoman"), and a party-and-state tag ends none that the next one
     * goes on in lower case ("Sen. John Roe, R-Ky. | said"), and a middle initial ends none ("Sergey V. | Lavrov").
     */
    static List<Span> rejoin(String text, Span[] sentences) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String before = text.substring(last.getStart(), last.getEnd()).strip();
                int cut = before.lastIndexOf(' ');
                String lastWord = before.substring(cut + 1);
                String next = text.substring(s.getStart(), s.getEnd()).strip();
                int sp = next.indexOf(' ');
                String firstWord = sp < 0 ? next : next.substring(0, sp);
                boolean join = BEFORE_NAME.contains(lastWord) || before.endsWith(",")
                        || middleInitial(before, cut, lastWord) && !firstWord.isEmpty()
                        && Character.isUpperCase(firstWord.charAt(0)) && !OPENERS.contains(firstWord)
                        || PARTY_TAG.matcher(lastWord).matches() && !next.isEmpty()
                        && Character.isLowerCase(next.charAt(0))
                        || (COUNTRY.contains(lastWord) && !firstWord.isEmpty()
                        && Character.isUpperCase(firstWord.charAt(0)) && !OPENERS.contains(firstWord));
                if (join) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Whether the last word of a sentence is a middle initial after a capitalised first name ("Sergey V. |
     * Lavrov", "John F. | Kennedy"), which ends no sentence.
     */
    private static boolean middleInitial(String before, int cut, String lastWord) {
        if (!INITIAL.matcher(lastWord).matches() || cut <= 0) {
            return false;
        }
        String previous = before.substring(before.lastIndexOf(' ', cut - 1) + 1, cut);
        return previous.length() > 1 && Character.isUpperCase(previous.charAt(0))
                && Character.isLowerCase(previous.charAt(previous.length() - 1));
    }

    /** Cuts an over-long span at white space into pieces of at most {@code max} characters. */
    static List<Span> cut(String text, int begin, int end, int max) {
        List<Span> result = new ArrayList<>();
        int b = begin;
        while (end - b > max) {
            int cutAt = text.lastIndexOf(' ', b + max);
            if (cutAt <= b) {
                cutAt = b + max;
            }
            result.add(new Span(b, cutAt));
            b = cutAt;
            while (b < end && text.charAt(b) == ' ') {
                b++;
            }
        }
        if (end > b) {
            result.add(new Span(b, end));
        }
        return result;
    }
}
