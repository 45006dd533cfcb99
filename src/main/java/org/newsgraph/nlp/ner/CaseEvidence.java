package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.nlp.Truecaser;

/**
 * How each word is written in running text where its case says something: how often it is capitalised, in
 * capitals or lower-case when it does not open a sentence, and which written form is the most frequent. A
 * capitalised word at the start of a sentence or in an all-capital headline hides whether it is a name;
 * "Enough" usually written "enough" is not one, "GERMANY" usually written "Germany" is.
 *
 * <p>Counted over the same unlabelled text as {@link WordClusters}; sentences mostly in capitals (headlines,
 * tables) and words right after an opening quote, bracket, colon or dash are not counted.
 */
final class CaseEvidence {

    /** The forms of a word kept per lower-cased key. */
    private static final int FORMS = 3;

    /** Lower-cased word to {title-case, lower-case, all-capital} counts. */
    private final Map<String, int[]> counts;
    /** Lower-cased word to its written forms, most frequent first. */
    private final Map<String, List<String>> forms;

    private CaseEvidence(Map<String, int[]> counts, Map<String, List<String>> forms) {
        this.counts = counts;
        this.forms = forms;
    }

    static CaseEvidence count(List<String[]> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> formCounts = new HashMap<>();
        for (String[] s : sentences) {
            if (Truecaser.mostlyCapitals(s)) {
                continue;
            }
            for (int i = 1; i < s.length; i++) {
                String w = s[i];
                int kind = Truecaser.kind(w);
                if (kind < 0 || Truecaser.OPENERS.contains(s[i - 1])) {
                    continue;
                }
                String key = w.toLowerCase(Locale.ROOT);
                counts.computeIfAbsent(key, k -> new int[3])[kind]++;
                formCounts.computeIfAbsent(key, k -> new HashMap<>(2)).merge(w, 1, Integer::sum);
            }
        }
        Map<String, List<String>> forms = new HashMap<>();
        formCounts.forEach((key, fc) -> forms.put(key, fc.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(FORMS).map(Map.Entry::getKey).toList()));
        return new CaseEvidence(counts, forms);
    }

    /**
     * Lower-cased word to its case class: {@code L} always lower-case, {@code l} mostly, {@code m} mixed,
     * {@code c} mostly capitalised, {@code C} always, {@code U} mostly in capitals (acronyms); {@code r} when
     * seen fewer than {@code minCount} times where its case counts.
     */
    Map<String, String> classes(int minCount) {
        Map<String, String> out = new HashMap<>();
        counts.forEach((w, c) -> out.put(w, caseClass(c, minCount)));
        return out;
    }

    static String caseClass(int[] c, int minCount) {
        int n = c[0] + c[1] + c[2];
        if (n < minCount) {
            return "r";
        }
        if (c[2] * 2 > n) {
            return "U";
        }
        double cap = (c[0] + c[2]) / (double) n;
        return cap < 0.02 ? "L" : cap < 0.2 ? "l" : cap < 0.6 ? "m" : cap < 0.98 ? "c" : "C";
    }

    /** Lower-cased word to the cluster (at {@code level}) of its most frequent written form that has one. */
    Map<String, String> casedClusters(WordClusters clusters, int level) {
        Map<String, String> byWord = clusters.level(level);
        Map<String, String> out = new HashMap<>();
        forms.forEach((key, fs) -> {
            for (String f : fs) {
                String c = byWord.get(f);
                if (c != null) {
                    out.put(key, c);
                    return;
                }
            }
        });
        return out;
    }

    /** Lower-cased word to its most frequent written form. */
    Map<String, String> usualForms() {
        Map<String, String> out = new HashMap<>();
        forms.forEach((key, fs) -> {
            if (!fs.isEmpty()) {
                out.put(key, fs.get(0));
            }
        });
        return out;
    }

    int words() {
        return counts.size();
    }

    /** Writes {@code word title lower capitals form...} lines. */
    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counts).forEach((w, c) -> {
            if (w.indexOf(' ') >= 0) {
                return;
            }
            sb.append(w).append(' ').append(c[0]).append(' ').append(c[1]).append(' ').append(c[2]);
            for (String f : forms.getOrDefault(w, List.of())) {
                sb.append(' ').append(f);
            }
            sb.append('\n');
        });
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** Reads what {@link #write} wrote. */
    static CaseEvidence read(Path file) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, List<String>> forms = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f.length >= 4) {
                counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                List<String> fs = new ArrayList<>();
                for (int i = 4; i < f.length; i++) {
                    fs.add(f[i]);
                }
                forms.put(f[0], List.copyOf(fs));
            }
        }
        return new CaseEvidence(counts, forms);
    }
}
