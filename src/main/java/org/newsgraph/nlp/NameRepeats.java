package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Names the finder found once, found again: within one article, a name the finder found somewhere, or the
 * surname of a person it found by full name, is that name wherever it appears again and the finder missed it
 * ("Volodymyr Zelenskiy ... Zelenskiy, who had flown to Ankara"), as a reader carries a name through a story.
 *
 * <p>A repeat is taken only where it stands as a name of its own: not inside or beside another capitalised
 * word (a title aside: "President Zelenskiy"), so "Trump Tower" is no repeat of "Trump"; not a month or
 * weekday; and not as a sentence's first word that running text writes in lower case ("Brown" opening a
 * sentence stays a name only if the model's case table says "brown" is mostly capitalised). A name the article
 * gives more than one type is not repeated.
 */
final class NameRepeats {

    /** A name longer than this many words is not looked for again. */
    private static final int MAX_WORDS = 5;

    /** Lower-cased word to its case class in the model's table ("L"/"l" mostly lower case), or null. */
    private final UnaryOperator<String> caseClass;
    private final Predicate<String> isTitle;
    /** Whether a word names a weekday or month ("May" repeats no "Theresa May"). */
    private final Predicate<String> isDateWord;

    NameRepeats(UnaryOperator<String> caseClass, Predicate<String> isTitle, Predicate<String> isDateWord) {
        this.caseClass = caseClass;
        this.isTitle = isTitle;
        this.isDateWord = isDateWord;
    }

    /**
     * The found mentions with the repeats added, sorted by offset.
     *
     * @param pieces per sentence, the {begin, end} offsets of the words the finder read
     */
    List<Mention> add(String text, List<Sentence> sentences, List<List<int[]>> pieces, List<Mention> found) {
        Map<String, Mention> known = knownNames(found);
        if (known.isEmpty()) {
            return found;
        }
        boolean[] covered = new boolean[text.length()];
        for (Mention m : found) {
            for (int c = m.begin(); c < m.end(); c++) {
                covered[c] = true;
            }
        }
        List<Mention> out = new ArrayList<>(found);
        for (int s = 0; s < sentences.size(); s++) {
            List<int[]> words = pieces.get(s);
            int first = firstWord(text, words);
            for (int i = 0; i < words.size(); i++) {
                if (!capitalised(word(text, words, i))) {
                    continue;
                }
                for (int j = Math.min(words.size(), i + MAX_WORDS); j > i; j--) {
                    int begin = words.get(i)[0];
                    int end = words.get(j - 1)[1];
                    Mention source = known.get(text.substring(begin, end));
                    if (source == null || anyCovered(covered, begin, end)
                            || !standsAlone(text, words, i, j, first)) {
                        continue;
                    }
                    out.add(new Mention(source.type(), text.substring(begin, end), begin, end,
                            sentences.get(s).index(), source.confidence()));
                    for (int c = begin; c < end; c++) {
                        covered[c] = true;
                    }
                    i = j - 1;
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** Every found name, and the surname of every person found by two words or more; each with one type. */
    private Map<String, Mention> knownNames(List<Mention> found) {
        Map<String, Mention> known = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : found) {
            if (m.type() == EntityType.MISC) {
                continue; // measured: repeating MISC names ("Russian") adds more wrong names than right ones
            }
            remember(known, ambiguous, m.text(), m);
            String[] words = m.text().split("\\s+");
            if (m.type() == EntityType.PERSON && words.length >= 2) {
                remember(known, ambiguous, words[words.length - 1], m);
            }
        }
        ambiguous.forEach(known::remove);
        known.keySet().removeIf(name -> name.length() < 2 || !Character.isUpperCase(name.charAt(0))
                || name.endsWith(".") || isDateWord.test(name));
        return known;
    }

    private static void remember(Map<String, Mention> known, Set<String> ambiguous, String name, Mention m) {
        Mention before = known.putIfAbsent(name, m);
        if (before != null && before.type() != m.type()) {
            ambiguous.add(name);
        }
    }

    /** Whether words [i, j) stand as a name of their own: no capitalised word beside them but a title. */
    private boolean standsAlone(String text, List<int[]> words, int i, int j, int first) {
        if (i > first && capitalised(word(text, words, i - 1)) && !isTitle.test(word(text, words, i - 1))) {
            return false;
        }
        if (j < words.size() && capitalised(word(text, words, j))) {
            return false;
        }
        if (i == first && j == i + 1) {
            String c = caseClass.apply(word(text, words, i).toLowerCase(Locale.ROOT));
            return !"L".equals(c) && !"l".equals(c);
        }
        return true;
    }

    private static int firstWord(String text, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            if (word(text, words, i).chars().anyMatch(Character::isLetterOrDigit)) {
                return i;
            }
        }
        return 0;
    }

    private static String word(String text, List<int[]> words, int i) {
        return text.substring(words.get(i)[0], words.get(i)[1]);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean anyCovered(boolean[] covered, int begin, int end) {
        for (int c = begin; c < end; c++) {
            if (covered[c]) {
                return true;
            }
        }
        return false;
    }
}
