package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the words of lines set in capitals (headlines, datelines, shouted lines) the way running text writes
 * them, so the name finder meets {@code Lentini}, {@code Chicago} and {@code takes} rather than {@code LENTINI},
 * {@code CHICAGO} and {@code TAKES}, whose case says nothing; and so the capitalised words of lines set in Title
 * Case ({@code Boehner Says Wages Are Still Stagnant} → {@code Boehner says wages are still stagnant}). A word's
 * form is the one the same article uses most often where case counts (not opening a sentence, not in capitals),
 * else the form most frequent in running text at large (a table from the name-finder model), else the word is
 * left as it is.
 *
 * <p>The name finder is trained on text whose lines in capitals are recased the same way, so training and
 * tagging agree on those; lines in Title Case are recased only when a case table is given, which the finder does
 * at tagging time (training does not, so the shipped model stays reproducible by its documented command).
 * Stateless.
 */
public final class Truecaser {

    /** Tokens after which a word is capitalised for reasons other than being a name. */
    public static final Set<String> OPENERS = Set.of("\"", "``", "''", "'", "`", "(", "[", "{", ":", "-", "--",
            "\u2013", "\u2014", "...", "\u2026", "*", "\u2022", ".", "?", "!");

    private final Function<String, String> usualForm;
    private final Function<String, String> caseClass;

    /** @param usualForm lower-cased word to its most frequent form in running text, or null when unknown */
    public Truecaser(Function<String, String> usualForm) {
        this(usualForm, word -> null);
    }

    /**
     * @param usualForm lower-cased word to its most frequent form in running text, or null when unknown
     * @param caseClass lower-cased word to how running text writes it ({@code L} always in lower case; see the
     *                  name finder's {@code case} table), or null; without it no line is taken for Title Case
     */
    public Truecaser(Function<String, String> usualForm, Function<String, String> caseClass) {
        this.usualForm = usualForm;
        this.caseClass = caseClass;
    }

    /** Each sentence's words, those of lines set in capitals recased; other sentences are returned as they are. */
    public String[][] apply(List<String[]> sentences) {
        boolean[] capitals = new boolean[sentences.size()];
        boolean[] title = new boolean[sentences.size()];
        boolean any = false;
        for (int s = 0; s < sentences.size(); s++) {
            capitals[s] = mostlyCapitals(sentences.get(s));
            title[s] = !capitals[s] && titleCase(sentences.get(s));
            any |= capitals[s] || title[s];
        }
        if (!any) {
            // most articles: nothing to recase, so no need to learn the article's own forms
            return sentences.toArray(String[][]::new);
        }
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            if (capitals[s] || title[s]) {
                continue;
            }
            for (int i = 1; i < words.length; i++) {
                int kind = kind(words[i]);
                if (kind >= 0 && kind != 2 && !OPENERS.contains(words[i - 1])) {
                    forms.computeIfAbsent(words[i].toLowerCase(Locale.ROOT), k -> new HashMap<>(2))
                            .merge(words[i], 1, Integer::sum);
                }
            }
        }
        String[][] out = new String[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            if (!capitals[s] && !title[s]) {
                out[s] = words;
                continue;
            }
            out[s] = words.clone();
            for (int i = 0; i < words.length; i++) {
                if (kind(words[i]) != (capitals[s] ? 2 : 0)) {
                    continue;
                }
                String key = words[i].toLowerCase(Locale.ROOT);
                Map<String, Integer> here = forms.get(key);
                String form = here != null
                        ? here.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()
                        : usualForm.apply(key);
                if (form != null && form.length() == words[i].length()) {
                    out[s][i] = form;
                }
            }
        }
        return out;
    }

    /** 0 capitalised (first letter upper, some lower after), 1 lower-case, 2 all capitals, -1 no letter first. */
    public static int kind(String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return -1;
        }
        if (Character.isLowerCase(w.charAt(0))) {
            return 1;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return 0;
            }
        }
        return w.length() > 1 ? 2 : 0;
    }

    /**
     * Whether a line is set in Title Case (headlines, lists of headlines, captions, share and ad boilerplate:
     * {@code Economy Was Gaining Traction Before Shutdown, White House Says}): four or more words of two or more
     * letters after the first (small words in lower case aside: "for", "the"), at least 80% of them capitalised,
     * and at least two of those words that running text always writes in lower case ({@code Was}, {@code Says}). A line of names ({@code Barack Obama, Hillary
     * Clinton and Joe Biden}, {@code Torrejon Air Base, Spain}) has no such words; capitals in a Title Case line
     * are no evidence of names.
     */
    private boolean titleCase(String[] words) {
        int letters = 0;
        int capitalised = 0;
        int usuallyLower = 0;
        boolean first = true;
        for (String w : words) {
            int k = kind(w);
            if (k < 0 || w.length() < 2 || k == 1 && w.length() <= 3) {
                continue; // headlines keep small words in lower case: "Prepare for the Worst"
            }
            if (first) {
                first = false;
                continue;
            }
            letters++;
            if (k == 0) {
                capitalised++;
                if ("L".equals(caseClass.apply(w.toLowerCase(Locale.ROOT)))) {
                    usuallyLower++;
                }
            } else if (k == 2) {
                capitalised++;
            }
        }
        return letters >= 4 && capitalised * 5 >= letters * 4 && usuallyLower >= 2;
    }

    /** Whether more than half the words of two or more letters are in capitals. */
    public static boolean mostlyCapitals(String[] words) {
        int letters = 0;
        int capitals = 0;
        for (String w : words) {
            int k = kind(w);
            if (k >= 0 && w.length() > 1) {
                letters++;
                if (k == 2) {
                    capitals++;
                }
            }
        }
        return letters > 0 && capitals * 2 > letters;
    }
}
