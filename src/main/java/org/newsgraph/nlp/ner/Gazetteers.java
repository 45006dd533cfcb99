package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Turns the gazetteers ({@code countries.tsv}, {@code cities.tsv}, {@code admin1.tsv}, {@code us-states.tsv},
 * {@code provinces-ca-au.tsv}, {@code regions.tsv}, {@code international-orgs.tsv}) and the title words into
 * one token dictionary for the name finder: each capitalised token maps to the classes of the entries it
 * occurs in, e.g. {@code Paris → CITY}, {@code York → CITYp} (part of a longer city name), {@code Israeli →
 * DEMONYM}, {@code NATO → ORG}, {@code President → TITLE_ORGp}. The model learns from training data how much
 * each class tells; the lookup is one hash probe per token, so tagging stays fast.
 */
final class Gazetteers {

    static final String TITLE_WORDS = "/models/ner-title-words.txt";

    private Gazetteers() {
    }

    /** Lines of the title-word list: lower-case words, no final dot. */
    static Set<String> titleWords() {
        try (InputStream in = Gazetteers.class.getResourceAsStream(TITLE_WORDS)) {
            if (in == null) {
                throw new ConfigException("not on the classpath: " + TITLE_WORDS);
            }
            Set<String> words = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#") && !w.contains(" ")) {
                    words.add(w);
                }
            }
            return words;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + TITLE_WORDS + ": " + e.getMessage(), e);
        }
    }

    /** The token dictionary, as {@code token class} lines for OpenNLP's {@code WordClusterDictionary}. */
    static Map<String, String> dictionary(Path dir) {
        Map<String, Set<String>> classes = new TreeMap<>();
        for (Map<String, String> row : rows(dir.resolve("countries.tsv"))) {
            add(classes, "COUNTRY", row.get("name"), row.get("alt_names"), row.get("historic_names"));
            add(classes, "DEMONYM", row.get("demonyms"), row.get("people"));
            add(classes, "CITY", row.get("capital"));
        }
        for (Map<String, String> row : rows(dir.resolve("cities.tsv"))) {
            add(classes, "CITY", row.get("name"), row.get("ascii_name"));
        }
        for (Map<String, String> row : rows(dir.resolve("admin1.tsv"))) {
            add(classes, "REGION", row.get("name"), row.get("ascii_name"));
        }
        for (Map<String, String> row : rows(dir.resolve("us-states.tsv"))) {
            add(classes, "REGION", row.get("name"), row.get("ap_abbreviation"), row.get("other_abbreviations"));
        }
        for (Map<String, String> row : rows(dir.resolve("provinces-ca-au.tsv"))) {
            add(classes, "REGION", row.get("name"), row.get("abbreviation"), row.get("other_abbreviations"));
        }
        for (Map<String, String> row : rows(dir.resolve("regions.tsv"))) {
            add(classes, "REGION", row.get("name"), row.get("alt_names"));
        }
        for (Map<String, String> row : rows(dir.resolve("international-orgs.tsv"))) {
            add(classes, "ORG", row.get("name"), row.get("abbreviations"), row.get("alt_names"));
        }
        for (String title : titleWords()) {
            String cap = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            for (String form : List.of(title, cap, cap + ".")) {
                classes.computeIfAbsent(form, k -> new TreeSet<>()).add("TITLE");
            }
        }
        Map<String, String> dict = new TreeMap<>();
        classes.forEach((token, set) -> dict.put(token, String.join("_", set)));
        return dict;
    }

    private static void add(Map<String, Set<String>> classes, String type, String... fields) {
        for (String field : fields) {
            if (field == null || field.isEmpty()) {
                continue;
            }
            for (String name : field.split("\\|")) {
                String[] words = name.strip().split("\\s+");
                for (String w : words) {
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.contains(" ")) {
                        continue;
                    }
                    classes.computeIfAbsent(w, k -> new TreeSet<>()).add(words.length == 1 ? type : type + "p");
                }
            }
        }
    }

    private static List<Map<String, String>> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cols = lines.get(i).split("\t", -1);
                Map<String, String> row = new TreeMap<>();
                for (int c = 0; c < header.length && c < cols.length; c++) {
                    row.put(header[c].toLowerCase(Locale.ROOT), cols[c]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new ConfigException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }
}
