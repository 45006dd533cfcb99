package org.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.resolve.EntityKeys;

/**
 * The development sets' articles, read at test time from the shared corpus (Reuters and BBC texts are not
 * part of the repository) and the bundled sample data, and the one standard pipeline the tests share.
 */
final class DevCorpus {

    private static Pipeline pipeline;

    private DevCorpus() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../shared"));
    }

    /** The articles with the given ids, from the corpus files and {@code data/}, in the order of {@code ids}. */
    static Map<String, Article> articles(Set<String> ids) {
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
        files.add(Path.of("data/rubio-2025-03-11.json"));
        ArticleReader reader = new ArticleReader();
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
        try {
            Path path = Path.of("src/test/resources").resolve(resource);
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
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
}
