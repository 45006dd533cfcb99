package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.newsgraph.Lexicons;

/**
 * Rules of news English applied to the name finder's spans, with their words in data files:
 * <ul>
 *   <li>a name does not run across a bracket ({@code Ohad Tal (Religious Zionism)} is two names);</li>
 *   <li>a name does not end in lower-case words and a day or month ({@code BBC on Tuesday} → {@code BBC});</li>
 *   <li>a title word ({@value #TITLES}) is not part of a person's name, and capitalised words after a title
 *       inside a longer found name are a person ({@code Advisor Mike Waltz} → {@code Mike Waltz});</li>
 *   <li>a person's name runs on over a lower-case name particle ({@value #PARTICLES}) followed by a
 *       capitalised word ({@code Mohammed bin Salman}).</li>
 * </ul>
 * Stateless and thread-safe once built.
 */
final class NameRules {

    static final String TITLES = "/models/ner-title-words.txt";
    static final String PARTICLES = "/models/ner-name-particles.txt";

    private final Set<String> titles;
    private final Set<String> particles;

    NameRules() {
        this.titles = words(TITLES);
        this.particles = words(PARTICLES);
    }

    /** The spans, corrected; sorted by start, never overlapping. */
    List<Span> apply(String[] words, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span cut = cutAtBracket(words, cutBeforeTrailingDate(words, s));
            if (cut != null) {
                out.add(personAfterTitle(words, cut));
            }
        }
        out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        List<Span> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (!result.isEmpty() && result.get(result.size() - 1).getEnd() > s.getStart()) {
                continue; // swallowed by a person name extended over a particle
            }
            result.add(isPerson(s) ? extendOverParticle(words, s) : s);
        }
        return result;
    }

    private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private static Span cutBeforeTrailingDate(String[] words, Span s) {
        int last = s.getEnd() - 1;
        if (last - s.getStart() < 2 || !DAYS_AND_MONTHS.contains(words[last].toLowerCase(Locale.ROOT))) {
            return s;
        }
        int cut = last;
        while (cut - 1 > s.getStart() && !words[cut - 1].isEmpty() && Character.isLowerCase(words[cut - 1].charAt(0))) {
            cut--;
        }
        return cut == last ? s : new Span(s.getStart(), cut, s.getType(), s.getProb());
    }

    private static Span cutAtBracket(String[] words, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (isBracket(words[i])) {
                return i == s.getStart() ? null : new Span(s.getStart(), i, s.getType(), s.getProb());
            }
        }
        return s;
    }

    private Span personAfterTitle(String[] words, Span s) {
        if (s.getType() != null && s.getType().equalsIgnoreCase("loc")) {
            return s;
        }
        for (int k = s.getEnd() - 2; k >= s.getStart(); k--) {
            if (!isTitle(words[k])) {
                continue;
            }
            int rest = s.getEnd() - (k + 1);
            boolean capitalised = true;
            for (int i = k + 1; i < s.getEnd(); i++) {
                boolean particle = i > k + 1 && i < s.getEnd() - 1 && particles.contains(words[i]);
                capitalised &= particle || isCapitalised(words[i]) && !isTitle(words[i]);
            }
            if (capitalised && (isPerson(s) || rest >= 2)) {
                return new Span(k + 1, s.getEnd(), personType(s), s.getProb());
            }
            return s;
        }
        return s;
    }

    private Span extendOverParticle(String[] words, Span s) {
        int end = s.getEnd();
        while (end + 1 < words.length && particles.contains(words[end]) && isCapitalised(words[end + 1])) {
            end += 2;
            while (end < words.length && isCapitalised(words[end]) && !isTitle(words[end])) {
                end++;
            }
        }
        return end == s.getEnd() ? s : new Span(s.getStart(), end, s.getType(), s.getProb());
    }

    private boolean isTitle(String word) {
        if (!isCapitalised(word)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return titles.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static boolean isPerson(Span s) {
        return s.getType() != null && EntityType.fromTag(s.getType()) == EntityType.PERSON;
    }

    /** The model's own spelling of the person type ("PER" or "per"), kept so mapping stays in one place. */
    private static String personType(Span s) {
        return s.getType() != null && Character.isLowerCase(s.getType().charAt(0)) ? "per" : "PER";
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isBracket(String word) {
        return word.equals("(") || word.equals(")") || word.equals("[") || word.equals("]");
    }

    private static Set<String> words(String resource) {
        return Lexicons.lines(resource).stream().map(String::strip).filter(w -> !w.contains(" "))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
