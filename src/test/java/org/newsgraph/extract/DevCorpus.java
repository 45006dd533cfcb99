package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.Fixtures;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.resolve.EntityKeys;

/**
 * The development and quality sets' articles, read at test time from the shared corpus (its Reuters, BBC and
 * AllSides texts are not part of the repository) and the bundled sample data, and the one standard pipeline the
 * tests share.
 */
public final class DevCorpus {

    private static Pipeline pipeline;

    private DevCorpus() {
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    public static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../shared"));
    }

    /** The articles with the given ids, from the corpus files and {@code data/}, in the order of {@code ids}. */
    public static Map<String, Article> articles(Set<String> ids) {
        Map<String, Article> found = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        if (ids.stream().anyMatch(i -> i.startsWith("bbc-"))) {
            files.add(shared().resolve("corpus/bbc-news-2004-2005/articles.jsonl"));
        }
        if (ids.stream().anyMatch(i -> i.startsWith("reuters21578-"))) {
            files.add(shared().resolve("corpus/reuters21578/articles.jsonl"));
        }
        if (ids.stream().anyMatch(i -> i.startsWith("wikinews-"))) {
            files.add(shared().resolve("corpus/wikinews/articles.jsonl"));
        }
        if (ids.stream().anyMatch(i -> i.startsWith("allsides-2012-2020-"))) {
            files.add(shared().resolve("corpus/allsides-2012-2020/articles.jsonl"));
        }
        if (ids.stream().anyMatch(i -> i.startsWith("reuters-financial-2010-2013-"))) {
            files.add(shared().resolve("corpus/reuters-financial-2010-2013/articles.jsonl"));
        }
        files.add(Path.of("data/rubio-2025-03-11.json"));
        ArticleReader reader = Fixtures.reader();
        for (Path file : files) {
            try (Stream<ReadResult> results = reader.readFile(file)) {
                results.forEach(r -> {
                    if (r instanceof ReadResult.Accepted a && ids.contains(a.article().id())) {
                        found.put(a.article().id(), a.article());
                    }
                });
            }
        }
        Map<String, Article> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            Article a = found.get(id);
            if (a == null) {
                throw new IllegalStateException("dev-set article not found: " + id);
            }
            ordered.put(id, a);
        }
        return ordered;
    }

    /** The rows of a tab-separated annotation file, comments and blank lines left out. */
    static List<String[]> rows(String resource) {
        return lines(resource).stream().map(line -> line.split("\t", -1)).toList();
    }

    /** The lines of a test resource file, comments and blank lines left out. */
    static List<String> lines(String resource) {
        try {
            Path path = Path.of("src/test/resources").resolve(resource);
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a value matches one of the "|"-separated alternatives of an annotation: compared as entity
     * slugs (case, diacritics, punctuation and spacing folded); an empty alternative matches an empty value.
     */
    static boolean matches(String annotated, String value) {
        String v = value == null ? "" : value.strip();
        for (String alternative : annotated.split("\\|", -1)) {
            String a = alternative.strip();
            if (a.isEmpty() ? v.isEmpty() : !v.isEmpty() && EntityKeys.slug(a).equals(EntityKeys.slug(v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores what a stage returned against the annotated rows of a set: precision over the returned items,
     * recall over the annotated ones, each matched by {@code same}. Prints both with the items not
     * annotated and the rows missed, and fails when either falls under its minimum.
     */
    static <R> void score(String set, int articles, List<String[]> expected, Collection<R> returned,
                          BiPredicate<String[], R> same, Function<R, String> show, double minPrecision,
                          double minRecall) {
        int correct = 0;
        List<String> notAnnotated = new ArrayList<>();
        for (R r : returned) {
            if (expected.stream().anyMatch(e -> same.test(e, r))) {
                correct++;
            } else {
                notAnnotated.add(show.apply(r));
            }
        }
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (String[] e : expected) {
            if (returned.stream().anyMatch(r -> same.test(e, r))) {
                found++;
            } else {
                missed.add(String.join(" · ", e));
            }
        }
        double precision = returned.isEmpty() ? 0 : (double) correct / returned.size();
        double recall = (double) found / expected.size();
        System.out.printf("%s: %d articles, %d annotated, %d returned%n", set, articles, expected.size(),
                returned.size());
        System.out.printf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", set, precision, correct,
                returned.size(), recall, found, expected.size());
        notAnnotated.forEach(r -> System.out.println("  not annotated: " + r));
        missed.forEach(r -> System.out.println("  missed:        " + r));
        assertTrue(precision >= minPrecision, set + ": precision " + precision + " below " + minPrecision);
        assertTrue(recall >= minRecall, set + ": recall " + recall + " below " + minRecall);
    }
}
