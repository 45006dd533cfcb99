package org.newsgraph.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.Sentence;

/**
 * Reads names annotated stand-off over articles of the unlabelled corpus, so that annotated text whose licence
 * forbids copying stays where it is and only offsets are kept. A file is tab-separated, one row a line:
 * <pre>
 * ARTICLE-ID  BEGIN  END  REGION  SHA1-PREFIX     an annotated stretch of the article's text, every name in it marked
 * ARTICLE-ID  BEGIN  END  TYPE                    a name: PER, ORG, LOC or MISC, character offsets into the text
 * </pre>
 * The first 12 hex digits of the SHA-1 of the region's text (UTF-8) check that the corpus still holds the text that
 * was annotated. Regions are cut into sentences and words exactly as the pipeline and the name finder cut them
 * ({@link OpenNlpAnnotator}, {@link NameFinderMentionFinder#modelWords}), so the model is trained on the words it
 * will meet. A row that cannot be used (bad columns, a changed text, a name that does not start and end on word
 * boundaries) is reported with its file and line and left out with its sentence; the rest is read.
 */
final class StandoffNames {

    static final String REGION = "REGION";
    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

    private record Row(int line, int begin, int end, String type, String hash) {
    }

    private StandoffNames() {
    }

    /**
     * The annotated regions as documents, one per article.
     *
     * @param file      the stand-off annotations
     * @param corpus    folders or {@code .jsonl} files that hold the articles' text
     * @param excluded  article ids that must never be read (the quality sets); an annotation of one is an error
     * @param isCountry whether a word is a whole country (how the finder cuts {@code U.S.-Canada})
     * @param log       hears what was read and what was left out
     */
    static List<NerDocument> read(Path file, List<Path> corpus, Set<String> excluded, Predicate<String> isCountry,
            Consumer<String> log) {
        Map<String, List<Row>> byArticle = rows(file, log);
        for (Map.Entry<String, List<Row>> e : byArticle.entrySet()) {
            if (excluded.contains(e.getKey())) {
                throw new ConfigException(file + ":" + e.getValue().get(0).line() + ": article " + e.getKey()
                        + " is in a quality set and may not be trained on");
            }
        }
        Map<String, String> texts = texts(corpus, byArticle.keySet());
        OpenNlpAnnotator annotator = new OpenNlpAnnotator(List.of(), (article, sentences) -> List.of());
        List<NerDocument> docs = new ArrayList<>();
        int sentences = 0;
        int names = 0;
        for (Map.Entry<String, List<Row>> e : byArticle.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) {
                log.accept(file + ":" + e.getValue().get(0).line() + ": article " + e.getKey()
                        + " is not in the corpus; its rows are left out");
                continue;
            }
            List<TaggedSentence> doc = new ArrayList<>();
            for (Row region : e.getValue()) {
                if (!region.type().equals(REGION)) {
                    continue;
                }
                List<TaggedSentence> tagged = region(file, e.getKey(), text, region, e.getValue(), annotator,
                        isCountry, log);
                doc.addAll(tagged);
                sentences += tagged.size();
                names += tagged.stream().mapToInt(s -> s.names().size()).sum();
            }
            if (!doc.isEmpty()) {
                docs.add(new NerDocument(doc));
            }
        }
        log.accept("stand-off names: " + names + " in " + sentences + " sentences of " + docs.size() + " articles");
        return docs;
    }

    private static List<TaggedSentence> region(Path file, String id, String text, Row region, List<Row> rows,
            OpenNlpAnnotator annotator, Predicate<String> isCountry, Consumer<String> log) {
        if (region.end() > text.length()) {
            log.accept(file + ":" + region.line() + ": region ends past the text of " + id + "; left out");
            return List.of();
        }
        String part = text.substring(region.begin(), region.end());
        if (!sha1(part).startsWith(region.hash())) {
            log.accept(file + ":" + region.line() + ": the corpus text of " + id
                    + " is not the text that was annotated (checksum differs); region left out");
            return List.of();
        }
        List<Row> inside = rows.stream().filter(r -> !r.type().equals(REGION)
                && r.begin() >= region.begin() && r.end() <= region.end()).toList();
        List<TaggedSentence> out = new ArrayList<>();
        Set<Integer> reported = new java.util.HashSet<>();
        for (Sentence sentence : annotator.annotate(Article.of(id, part)).sentences()) {
            List<int[]> words = NameFinderMentionFinder.modelWords(part, sentence, isCountry);
            if (words.isEmpty()) {
                continue;
            }
            int sBegin = words.get(0)[0] + region.begin();
            int sEnd = words.get(words.size() - 1)[1] + region.begin();
            String[] tokens = new String[words.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = NameFinderMentionFinder.normalise(part.substring(words.get(i)[0], words.get(i)[1]));
            }
            List<Span> spans = new ArrayList<>();
            boolean usable = true;
            for (Row r : inside) {
                if (r.end() <= sBegin || r.begin() >= sEnd) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i)[0] + region.begin() == r.begin()) {
                        first = i;
                    }
                    if (words.get(i)[1] + region.begin() == r.end()) {
                        last = i;
                    }
                }
                if (first < 0 || last < first) {
                    if (reported.add(r.line())) {
                        log.accept(file + ":" + r.line() + ": name " + r.begin() + "-" + r.end() + " of " + id
                                + " does not start and end on the words the finder reads (or crosses a sentence "
                                + "end); its sentence is left out");
                    }
                    usable = false;
                    break;
                }
                spans.add(new Span(first, last + 1, r.type()));
            }
            if (usable) {
                out.add(TaggedSentence.of(tokens, spans));
            }
        }
        return out;
    }

    private static Map<String, List<Row>> rows(Path file, Consumer<String> log) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                boolean region = f.length == 5 && f[3].equals(REGION);
                if (!region && !(f.length == 4 && TYPES.contains(f[3]))) {
                    throw new IllegalArgumentException("expected ID, BEGIN, END and a type (PER, ORG, LOC, MISC), "
                            + "or ID, BEGIN, END, REGION and a checksum");
                }
                int begin = Integer.parseInt(f[1]);
                int end = Integer.parseInt(f[2]);
                if (begin < 0 || end <= begin) {
                    throw new IllegalArgumentException("empty or negative span " + begin + "-" + end);
                }
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Row(n, begin, end, f[3],
                        region ? f[4] : null));
            } catch (IllegalArgumentException e) {
                log.accept(file + ":" + n + ": " + e.getMessage() + "; line left out");
            }
        }
        return out;
    }

    /** The text of the wanted articles; no other article's text is kept. */
    private static Map<String, String> texts(List<Path> sources, Set<String> wanted) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        for (Path source : sources) {
            List<Path> files;
            try {
                if (Files.isDirectory(source)) {
                    try (Stream<Path> walk = Files.walk(source)) {
                        files = walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
                    }
                } else {
                    files = List.of(source);
                }
                for (Path f : files) {
                    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            if (line.isBlank()) {
                                continue;
                            }
                            JsonNode node = json.readTree(line);
                            JsonNode id = node.get("id");
                            if (id != null && wanted.contains(id.asText()) && node.hasNonNull("text")) {
                                out.put(id.asText(), node.get("text").asText());
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new ConfigException("cannot read corpus " + source + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
