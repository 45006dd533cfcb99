package org.newsgraph.nlp.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.MentionFinder;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Measures a {@link MentionFinder} on an annotated corpus. Each document's gold tokens are laid out as text
 * (tokens joined by spaces, one sentence a line) and handed to the finder exactly as the pipeline hands it an
 * article, so the figures are those of the component the pipeline runs. Found names are compared with the
 * gold names by exact token span and type.
 */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    /**
     * Scores {@code finder} on the corpus in {@code file}.
     *
     * @param types the CoNLL types to score (PER, ORG, LOC, MISC); names of other types, gold or found, are
     *              left out on both sides. Empty means all.
     */
    public static NerScores evaluate(MentionFinder finder, Path file, NerFormat format, Set<String> types) {
        return evaluate(finder, NerCorpusReader.read(file, format), types);
    }

    /**
     * Scores {@code finder} on names annotated stand-off over corpus articles ({@code train-ner --standoff}'s
     * format), the articles' text read from {@code corpus}; rows that cannot be used are told to {@code log}.
     */
    public static NerScores evaluateStandoff(MentionFinder finder, Path file, List<Path> corpus, Set<String> types,
            Predicate<String> isCountry, Consumer<String> log) {
        return evaluate(finder, StandoffNames.read(file, corpus, Set.of(), isCountry, log), types, null, null);
    }

    static NerScores evaluate(MentionFinder finder, List<NerDocument> docs, Set<String> types) {
        return evaluate(finder, docs, types, null);
    }

    /**
     * How far the finder's confidence can be trusted: found names on the corpus in {@code file}, sorted by
     * confidence, cut into {@code bins} bins of equal size, each bin's precision made monotone (pool adjacent
     * violators). Rows of {@code upper-confidence-of-bin <TAB> precision}, the format
     * {@code NameFinderMentionFinder} reads to turn a raw score into a calibrated confidence.
     */
    public static String calibration(MentionFinder finder, Path file, NerFormat format, int bins) {
        List<double[]> seen = new ArrayList<>();
        evaluate(finder, NerCorpusReader.read(file, format), Set.of(), seen);
        seen.sort((a, b) -> Double.compare(a[0], b[0]));
        int n = seen.size();
        List<double[]> rows = new ArrayList<>(); // {upper, correct, count}
        for (int b = 0; b < bins && n > 0; b++) {
            int from = b * n / bins;
            int to = (b + 1) * n / bins;
            if (to <= from) {
                continue;
            }
            double correct = 0;
            for (int i = from; i < to; i++) {
                correct += seen.get(i)[1];
            }
            rows.add(new double[] {seen.get(to - 1)[0], correct, to - from});
        }
        for (int i = 1; i < rows.size(); i++) { // pool adjacent violators
            if (rows.get(i)[1] / rows.get(i)[2] < rows.get(i - 1)[1] / rows.get(i - 1)[2]) {
                double[] prev = rows.remove(i - 1);
                double[] cur = rows.get(i - 1);
                cur[1] += prev[1];
                cur[2] += prev[2];
                i = Math.max(0, i - 2);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            double upper = i == rows.size() - 1 ? 1.0 : rows.get(i)[0];
            sb.append(String.format(java.util.Locale.ROOT, "%.6f\t%.4f%n", upper, rows.get(i)[1] / rows.get(i)[2]));
        }
        return sb.toString();
    }

    static NerScores evaluate(MentionFinder finder, List<NerDocument> docs, Set<String> types,
                              List<double[]> seen) {
        return evaluate(finder, docs, types, seen, null);
    }

    /**
     * Scores {@code finder} on the corpus in {@code file} and tells {@code errors}, one line per sentence with an
     * error, the gold names missed ({@code -}) and the names found wrongly ({@code +}).
     */
    public static NerScores evaluate(MentionFinder finder, Path file, NerFormat format, Set<String> types,
            Consumer<String> errors) {
        return evaluate(finder, NerCorpusReader.read(file, format), types, null, errors);
    }

    /** {@link #evaluateStandoff} telling {@code errors} what {@link #evaluate(MentionFinder, Path, NerFormat, Set,
     * Consumer)} tells. */
    public static NerScores evaluateStandoff(MentionFinder finder, Path file, List<Path> corpus, Set<String> types,
            Predicate<String> isCountry, Consumer<String> log,
            Consumer<String> errors) {
        return evaluate(finder, StandoffNames.read(file, corpus, Set.of(), isCountry, log), types, null, errors);
    }

    private static NerScores evaluate(MentionFinder finder, List<NerDocument> docs, Set<String> types,
                              List<double[]> seen, Consumer<String> errors) {
        Map<String, long[]> counts = new HashMap<>();
        int sentenceCount = 0;
        int tokenCount = 0;
        for (NerDocument doc : docs) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            Map<Integer, int[]> tokenAtBegin = new HashMap<>();
            Map<Integer, int[]> tokenAtEnd = new HashMap<>();
            for (int s = 0; s < doc.sentences().size(); s++) {
                String[] words = doc.sentences().get(s).tokens();
                int sentenceBegin = text.length();
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    if (i > 0) {
                        text.append(' ');
                    }
                    int b = text.length();
                    text.append(words[i]);
                    tokens.add(new Token(words[i], b, text.length(), "X", words[i]));
                    tokenAtBegin.put(b, new int[] {s, i});
                    tokenAtEnd.put(text.length(), new int[] {s, i + 1});
                }
                sentences.add(new Sentence(s, sentenceBegin, text.length(), tokens));
                text.append('\n');
                sentenceCount++;
                tokenCount += words.length;
            }
            List<Map<Name, Double>> found = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                found.add(new HashMap<>());
            }
            for (Mention m : finder.find(text.toString(), sentences)) {
                int[] b = tokenAtBegin.get(m.begin());
                int[] e = tokenAtEnd.get(m.end());
                String type = conllType(m.type());
                if (!types.isEmpty() && !types.contains(type)) {
                    continue;
                }
                Name span = b != null && e != null && b[0] == e[0] ? new Name(b[1], e[1], type)
                        : new Name(-1 - m.begin(), -1, type); // off the token grid: counts as found, never right
                found.get(b != null ? b[0] : m.sentence()).put(span, m.confidence());
            }
            for (int s = 0; s < sentences.size(); s++) {
                Set<Name> predicted = found.get(s).keySet();
                for (Name p : predicted) {
                    counts.computeIfAbsent(p.type(), k -> new long[3])[1]++;
                }
                for (Span g : doc.sentences().get(s).names()) {
                    if (!types.isEmpty() && !types.contains(g.getType())) {
                        continue;
                    }
                    long[] c = counts.computeIfAbsent(g.getType(), k -> new long[3]);
                    c[2]++;
                    if (predicted.contains(new Name(g.getStart(), g.getEnd(), g.getType()))) {
                        c[0]++;
                    }
                }
                if (errors != null) {
                    String[] words = doc.sentences().get(s).tokens();
                    Set<Name> gold = new HashSet<>();
                    doc.sentences().get(s).names().stream().filter(g -> types.isEmpty() || types.contains(g.getType()))
                            .forEach(g -> gold.add(new Name(g.getStart(), g.getEnd(), g.getType())));
                    StringBuilder line = new StringBuilder();
                    for (Name g : gold) {
                        if (!predicted.contains(g)) {
                            line.append("  - ").append(g.type()).append(' ').append(join(words, g));
                        }
                    }
                    for (Name p : predicted) {
                        if (!gold.contains(p)) {
                            line.append("  + ").append(p.type()).append(' ').append(join(words, p));
                        }
                    }
                    if (!line.isEmpty()) {
                        errors.accept(String.join(" ", words) + "\n" + line.toString().strip());
                    }
                }
                if (seen != null) {
                    Set<Name> gold = new HashSet<>();
                    doc.sentences().get(s).names().forEach(g -> gold.add(new Name(g.getStart(), g.getEnd(), g.getType())));
                    found.get(s).forEach((name, confidence) -> seen.add(new double[] {confidence,
                            gold.contains(name) ? 1 : 0}));
                }
            }
        }
        return new NerScores(counts, sentenceCount, tokenCount);
    }

    private static String join(String[] words, Name n) {
        return n.start() < 0 ? "(off the words)" : String.join(" ", Arrays.copyOfRange(words, n.start(), n.end()));
    }

    /** A name as token span and type, compared by value. */
    private record Name(int start, int end, String type) {
    }

    /** The CoNLL short name of an entity type. */
    static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            case MISC -> "MISC";
        };
    }
}
