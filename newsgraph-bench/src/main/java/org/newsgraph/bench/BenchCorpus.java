package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;

/**
 * Real articles replicated to any size: the {@code articles.jsonl} files of a corpus folder, put in one order
 * with a fixed seed, then repeated with new ids ({@code <id>-r<k>} for the k-th repetition). Only the
 * originals are held in memory; the replicas are made as they are read.
 *
 * <p>Two orders: {@link Mix#SHUFFLED} shuffles all articles together, so any prefix samples the sources in
 * proportion to their size; {@link Mix#EVEN} shuffles each source and takes one article from each in turn,
 * so any prefix holds every source about equally (a small source runs out first, and the others share the
 * rest).
 */
public final class BenchCorpus {

    private final List<Article> originals;

    private BenchCorpus(List<Article> originals) {
        this.originals = List.copyOf(originals);
    }

    /** How the sources are mixed in the sequence. */
    public enum Mix { SHUFFLED, EVEN }

    /** Reads every {@code <source>/articles.jsonl} under {@code folder}, all shuffled together. */
    public static BenchCorpus load(Path folder, long seed) {
        return load(folder, seed, Mix.SHUFFLED);
    }

    /** Reads every {@code <source>/articles.jsonl} under {@code folder}, mixed as {@code mix} says. */
    public static BenchCorpus load(Path folder, long seed, Mix mix) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            dirs.map(d -> d.resolve("articles.jsonl")).filter(Files::isRegularFile).sorted()
                    .forEach(f -> files.add(f.toString()));
        } catch (IOException e) {
            throw new ConfigException("cannot list corpus folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ConfigException("no <source>/articles.jsonl under " + folder);
        }
        List<List<Article>> sources = new ArrayList<>();
        for (String file : files) {
            List<Article> articles = new ArrayList<>();
            try (Stream<ReadResult> read = new ArticleReader().read(List.of(file))) {
                read.forEach(r -> {
                    if (r instanceof ReadResult.Accepted a) {
                        articles.add(a.article());
                    }
                });
            }
            sources.add(articles);
        }
        Random random = new Random(seed);
        List<Article> all = new ArrayList<>();
        if (mix == Mix.SHUFFLED) {
            sources.forEach(all::addAll);
            Collections.shuffle(all, random);
        } else {
            sources.forEach(source -> Collections.shuffle(source, random));
            int longest = sources.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<Article> source : sources) {
                    if (i < source.size()) {
                        all.add(source.get(i));
                    }
                }
            }
        }
        return new BenchCorpus(all);
    }

    public int originals() {
        return originals.size();
    }

    /** The i-th article of the replicated sequence (0-based). */
    public Article article(long i) {
        Article a = originals.get((int) (i % originals.size()));
        long copy = i / originals.size();
        return copy == 0 ? a : new Article(a.id() + "-r" + copy, a.title(), a.published(), a.url(), a.source(),
                a.authors(), a.text());
    }

    /** The first {@code n} articles, made lazily. */
    public Stream<Article> articles(long n) {
        return LongStream.range(0, n).mapToObj(this::article);
    }

    /** The first {@code n} articles as the reader would give them from a JSON Lines file. */
    public Stream<ReadResult> input(long n) {
        return LongStream.range(0, n).mapToObj(i -> new ReadResult.Accepted(article(i),
                new ReadResult.Origin("bench", i + 1), List.of()));
    }

    /** Writes the first {@code n} articles as JSON Lines, one article per line. */
    public void writeJsonLines(long n, Path file) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                Article a = article(i);
                ObjectNode node = json.createObjectNode().put("id", a.id());
                putIfPresent(node, "title", a.title());
                putIfPresent(node, "published", a.published());
                putIfPresent(node, "url", a.url());
                putIfPresent(node, "source", a.source());
                node.put("text", a.text());
                out.write(json.writeValueAsString(node));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
