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
 * {@code CHICAGO} and {@code TAKES}, whose case says nothing. A word's form is the one the same article uses
 * most often where case counts (not opening a sentence, not in capitals), else the form most frequent in
 * running text at large (a table from the name-finder model), else the word is left as it is.
 *
 * <p>The name finder is trained on text cased the same way, so training and tagging agree. Stateless.
 */
public final class Truecaser {

    /** Tokens after which a word is capitalised for reasons other than being a name. */
    public static final Set<String> OPENERS = Set.of("\"", "``", "''", "'", "`", "(", "[", "{", ":", "-", "--",
            "\u2013", "\u2014", "...", "\u2026", "*", "\u2022", ".", "?", "!");

    private final Function<String, String> usualForm;

    /** @param usualForm lower-cased word to its most frequent form in running text, or null when unknown */
    public Truecaser(Function<String, String> usualForm) {
        this.usualForm = usualForm;
    }

    /** Each sentence's words, those of lines set in capitals recased; other sentences are returned as they are. */
    public String[][] apply(List<String[]> sentences) {
        boolean[] capitals = new boolean[sentences.size()];
        boolean any = false;
        for (int s = 0; s < sentences.size(); s++) {
            capitals[s] = mostlyCapitals(sentences.get(s));
            any |= capitals[s];
        }
        if (!any) {
            // most articles: nothing to recase, so no need to learn the article's own forms
            return sentences.toArray(String[][]::new);
        }
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            if (capitals[s]) {
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
            if (!capitals[s]) {
                out[s] = words;
                continue;
            }
            out[s] = words.clone();
            for (int i = 0; i < words.length; i++) {
                if (kind(words[i]) != 2) {
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
