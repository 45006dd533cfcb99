package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import opennlp.tools.util.Span;

/**
 * A subheading set in capitals that the sentence splitter glued onto the sentence after it, as wire stories run
 * their section heads into the text ("... declined to comment. CHRYSLER TRACK RECORD Orr established himself
 * as ...", "CHINA The People's Bank of China has ..."): the finder reads the heading's words and the sentence's
 * first name as one name. A name that starts inside such a run of capitals opening the sentence and goes on in
 * mixed case loses the heading's words, and the sentence's capitalised opening words after them ("The",
 * "In Thursday's"); nothing is left of a name that was all heading, or of one whose only word left is one
 * running text mostly writes in lower case ("EUROPE Investors have been selling ..."). The run is a heading only
 * when none of its words is one that running text writes in capitals (an acronym: "US Airways", "PSA Peugeot
 * Citroen", "GS Yuasa Corp" stay whole) and at least one is a word running text writes otherwise, by the
 * name-finder model's table of how words are written. Stateless and thread-safe.
 */
final class Subheadings {

    /** Function words that open a sentence after a heading ("RUG PULLED The euro ...", "FED REVERSAL And ..."). */
    private static final Set<String> OPENING_WORDS = Set.of("The", "A", "An", "And", "But", "In", "On", "At", "As",
            "For", "This", "That", "So", "After", "While", "With", "By", "From", "Of", "To");

    /** Lower-cased word to how running text writes it ({@code U} mostly in capitals), null when unknown. */
    private final UnaryOperator<String> caseClass;
    /** Whether a word names a day or a month ("Thursday"). */
    private final Predicate<String> isDateWord;

    Subheadings(UnaryOperator<String> caseClass, Predicate<String> isDateWord) {
        this.caseClass = caseClass;
        this.isDateWord = isDateWord;
    }

    /** The spans of one sentence's words as written, those that start in a glued-on heading cut after it. */
    Span[] cut(String[] written, Span[] spans) {
        int heading = headingEnd(written);
        if (heading == 0) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (s.getStart() >= heading || s.getEnd() <= heading) {
                out.add(s);
                continue;
            }
            int start = heading;
            while (start < s.getEnd() && opensTheSentence(written[start])) {
                start++;
            }
            boolean commonWordLeft = start == s.getEnd() - 1 && "l".equals(caseOf(written[start]));
            if (start < s.getEnd() && !commonWordLeft) {
                out.add(new Span(start, s.getEnd(), s.getType(), s.getProb()));
            }
        }
        return out.toArray(Span[]::new);
    }

    /**
     * Whether a word after the heading is the sentence's own opening, capitalised as such: a function word ("The",
     * "In") or a date's ("In Thursday's filing").
     */
    private boolean opensTheSentence(String word) {
        return OPENING_WORDS.contains(word) || isDateWord.test(word);
    }

    private String caseOf(String word) {
        return caseClass.apply(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The end of the heading that opens a sentence: a run of words in capitals from its first word, followed by a
     * capitalised word in mixed case; 0 when the sentence opens with no such run, or when the run holds an
     * acronym or no word known to be written otherwise.
     */
    private int headingEnd(String[] written) {
        int end = 0;
        boolean known = false;
        while (end < written.length && inCapitals(written[end])) {
            String c = caseOf(written[end]);
            if ("U".equals(c)) {
                return 0;
            }
            known |= c != null && !c.equals("r") && written[end].length() > 1;
            end++;
        }
        boolean mixedAfter = end < written.length && Character.isUpperCase(written[end].charAt(0))
                && !inCapitals(written[end]);
        return known && mixedAfter ? end : 0;
    }

    /** A word of letters all in capitals ("TRACK", "A", "S&amp;P" not: it has no lower-case form to stand for). */
    private static boolean inCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c) || !Character.isLetter(c) && c != '\'' && c != '\u2019') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
