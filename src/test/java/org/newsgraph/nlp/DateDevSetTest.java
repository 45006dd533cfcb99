package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

/**
 * Scores the date tagger on the hand-checked dates development set ({@code src/test/resources/dates/devset.tsv})
 * over (article, begin, end, value): an expression counts only with its exact span and value. The article text
 * is read from the shared corpus. The threshold is the score reached. Run with
 * {@code mvn -B -o test -Dtest=DateDevSetTest}.
 */
class DateDevSetTest {

    static final double MIN_F1 = 0.98;

    @Test
    void datesReachTheDevSetScore() throws IOException {
        Set<String> gold = new HashSet<>();
        Set<String> ids = new HashSet<>();
        try (InputStream in = DateDevSetTest.class.getResourceAsStream("/dates/devset.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ids.add(f[0]);
                gold.add(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[4]);
            }
        }
        assertTrue(gold.size() >= 100, "at least 100 expressions");
        OpenNlpAnnotator annotator = new OpenNlpAnnotator(List.of(), new RuleTemporalTagger());
        Set<String> predicted = new HashSet<>();
        for (Article a : articles(ids).values()) {
            for (TemporalExpression d : annotator.annotate(a).dates()) {
                String value = d.value() == null ? "" : d.value().lexical() != null ? d.value().lexical()
                        : "W" + d.value().start();
                predicted.add(a.id() + "|" + d.begin() + "|" + d.end() + "|" + value);
            }
        }
        Set<String> tp = new HashSet<>(predicted);
        tp.retainAll(gold);
        double p = (double) tp.size() / predicted.size();
        double r = (double) tp.size() / gold.size();
        double f = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "dates dev set (span, value): P=%.3f R=%.3f F1=%.3f (%d predicted, %d expected)%n",
                p, r, f, predicted.size(), gold.size());
        if (Boolean.getBoolean("newsgraph.devset.verbose")) {
            predicted.stream().filter(x -> !gold.contains(x)).sorted().forEach(x -> System.out.println("  wrong  " + x));
            gold.stream().filter(x -> !predicted.contains(x)).sorted().forEach(x -> System.out.println("  missed " + x));
        }
        assertTrue(f >= MIN_F1, "F1 " + f + " below " + MIN_F1);
    }

    static Map<String, Article> articles(Set<String> ids) throws IOException {
        Path corpus = Path.of(System.getProperty("newsgraph.shared", "../shared"), "corpus");
        ObjectMapper json = new ObjectMapper();
        Map<String, Article> found = new LinkedHashMap<>();
        for (String part : List.of("wikinews", "reuters21578")) {
            try (Stream<String> lines = Files.lines(corpus.resolve(part).resolve("articles.jsonl"))) {
                for (String line : (Iterable<String>) lines::iterator) {
                    JsonNode n = json.readTree(line);
                    String id = n.get("id").asText();
                    if (ids.contains(id)) {
                        found.put(id, new Article(id, null, n.get("published").asText(), null, null, List.of(),
                                n.get("text").asText()));
                    }
                }
            }
        }
        assertTrue(found.keySet().containsAll(ids), "dev-set articles missing from the corpus");
        return found;
    }
}
