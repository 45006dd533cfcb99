package org.newsgraph.summary;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The name an entity goes by across the articles ({@code skos:prefLabel}): of the labels the articles give it,
 * the one most articles give among the well-formed ones. A label is ill-formed when it starts with a mark
 * ("...Donald Trump", "'Joe Biden") or shouts two words or more in capitals ("BARACK OBAMA", a headline or a
 * byline); a single word in capitals is an acronym ("NATO") and well-formed. When every label is ill-formed,
 * the most given one is kept. Ties go to the longer name, then to the first in code point order, so the choice
 * depends on the counts alone.
 */
final class PreferredLabels {

    private PreferredLabels() {
    }

    private static final Comparator<Map.Entry<String, Integer>> BEST = Comparator
            .comparing((Map.Entry<String, Integer> e) -> !wellFormed(e.getKey()))
            .thenComparing(Map.Entry<String, Integer>::getValue, Comparator.reverseOrder())
            .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey);

    /** The preferred label among labels and the number of articles that give each, or null when there is none. */
    static String choose(Map<String, Integer> articlesByLabel) {
        return articlesByLabel.entrySet().stream().filter(e -> !e.getKey().isBlank()).min(BEST)
                .map(Map.Entry::getKey).orElse(null);
    }

    static boolean wellFormed(String label) {
        String s = label.strip();
        if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        boolean hasLower = s.chars().anyMatch(Character::isLowerCase);
        long words = java.util.Arrays.stream(s.split("\\s+")).filter(w -> w.chars().filter(Character::isLetter)
                .count() >= 2).count();
        return hasLower || words < 2 || !s.equals(s.toUpperCase(Locale.ROOT));
    }
}
