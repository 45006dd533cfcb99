package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.EntityType;

/**
 * Mints entity keys, and so entity IRIs: the one place that decides when two names are the same node.
 * A key is the type's folder and a slug of the normalised name: diacritics dropped, case folded, runs of
 * anything but letters and digits turned into one hyphen ("Mohammed Bin Salman" and "Mohammed bin Salman"
 * both give {@code person/mohammed-bin-salman}).
 */
public final class EntityKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EntityKeys() {
    }

    public static String key(EntityType type, String canonicalName) {
        return folder(type) + "/" + slug(canonicalName);
    }

    /**
     * The key of a node that stands for a name only within one article: a short name that could be one of
     * several known people gets its own node per article rather than merging with any of them.
     */
    public static String articleKey(EntityType type, String name, String articleId) {
        return key(type, name) + "/in/" + slug(articleId);
    }

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("of", "for", "and", "the", "on", "in",
            "to", "at", "a", "an", "with");

    /**
     * A role's label in one canonical case, so that "prime minister" (after a name) and "Prime Minister"
     * (before one) are one role with one label: each word capitalised except short function words, and
     * words already holding capitals ("CEO", "McDonald's") kept as written.
     */
    public static String roleLabel(String role) {
        String[] words = role.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            boolean hasCapital = w.chars().anyMatch(Character::isUpperCase);
            if (hasCapital || (i > 0 && MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                out.append(i > 0 && MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT) : w);
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    /** The key of a role, by its label: {@code role/secretary-of-state}. */
    public static String roleKey(String role) {
        return "role/" + slug(role);
    }

    public static String folder(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
            case MISC -> "name";
        };
    }

    /** The name folded for comparison and for use in an IRI path. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("'", "").replace("\u2019", "").replace(".", "");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
