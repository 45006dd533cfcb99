package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsgraph.extract.DevCorpus;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.NewsStore;

/**
 * Scores a quality set: the system's rows for the set's articles against the gold, kind by kind and article by
 * article, with totals micro-averaged over the articles (counts summed, then divided). An article counts for a
 * kind only if its annotation covers that kind.
 */
final class Evaluation {

    /** One article's results, for the kinds it annotates. */
    record ArticleResult(String id, Map<Kind, KindResult> kinds) {
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final GoldSet gold;
    private final List<ArticleResult> articles;
    private final Map<Kind, KindResult> totals = new EnumMap<>(Kind.class);
    private final List<String> goldProblems;

    private Evaluation(GoldSet gold, List<ArticleResult> articles, List<String> goldProblems) {
        this.gold = gold;
        this.articles = List.copyOf(articles);
        this.goldProblems = List.copyOf(goldProblems);
        for (ArticleResult a : articles) {
            a.kinds().forEach((k, r) -> totals.merge(k, r, KindResult::plus));
        }
    }

    /** Scores given rows against the gold. */
    static Evaluation score(GoldSet gold, Predictions predicted) {
        return score(gold, predicted, List.of());
    }

    private static Evaluation score(GoldSet gold, Predictions predicted, List<String> goldProblems) {
        List<ArticleResult> out = new ArrayList<>();
        for (GoldSet.Article a : gold.articles()) {
            Map<Kind, KindResult> kinds = new EnumMap<>(Kind.class);
            for (Kind k : a.annotated()) {
                kinds.put(k, switch (k) {
                    case ENTITIES -> EntityScorer.score(a, of(predicted.entities(), a, Predictions.EntityRow::article));
                    case ROLES -> RoleScorer.score(a, of(predicted.roles(), a, Predictions.RoleRow::article));
                    case MEETINGS -> MeetingScorer.score(a, of(predicted.meetings(), a, Predictions.MeetingRow::article));
                    case DATES -> DateScorer.score(a, of(predicted.dates(), a, Predictions.DateRow::article));
                });
            }
            out.add(new ArticleResult(a.id(), kinds));
        }
        return new Evaluation(gold, out, goldProblems);
    }

    private static <R> List<R> of(List<R> rows, GoldSet.Article a, Function<R, String> article) {
        return rows.stream().filter(r -> article.apply(r).equals(a.id())).toList();
    }

    /**
     * Runs the set's articles, each alone, through the standard pipeline into a fresh TDB2 store in {@code dir},
     * reads the contract queries' rows back and scores them. Articles come from the shared corpus and
     * {@code data/}. Each article is processed on its own (no cross-article linking), so a set's figures do not
     * depend on which other articles it holds.
     */
    static Evaluation run(GoldSet gold, Path dir) {
        Map<String, Article> texts = DevCorpus.articles(new LinkedHashSet<>(gold.ids()));
        List<String> problems = checkOffsets(gold, texts);
        List<ArticleGraph> graphs = texts.values().parallelStream().map(DevCorpus.pipeline()::process).toList();
        try (NewsStore store = NewsStore.open(dir)) {
            store.putAll(graphs);
            return score(gold, Predictions.read(store), problems);
        }
    }

    /** Gold spans whose text is not the article's text at those offsets (quotes and spacing aside). */
    private static List<String> checkOffsets(GoldSet gold, Map<String, Article> texts) {
        List<String> out = new ArrayList<>();
        for (GoldSet.Article a : gold.articles()) {
            String text = texts.get(a.id()).text();
            for (int i = 0; i < a.dates().size(); i++) {
                GoldSet.DateExpression d = a.dates().get(i);
                if (d.begin() < 0 || d.end() > text.length() || d.begin() >= d.end()
                        || !fold(text.substring(d.begin(), d.end())).equals(fold(d.text()))) {
                    out.add(a.id() + ": dates[" + i + "]: the offsets do not hold the date's text in the article");
                }
            }
            for (int i = 0; i < a.roles().size(); i++) {
                if (a.roles().get(i).evidence().begin() < 0) {
                    out.add(a.id() + ": roles[" + i + "]: evidence not located");
                }
            }
            for (int i = 0; i < a.meetings().size(); i++) {
                if (a.meetings().get(i).evidence().begin() < 0) {
                    out.add(a.id() + ": meetings[" + i + "]: evidence not located");
                }
            }
        }
        return out;
    }

    private static String fold(String s) {
        return SPACE.matcher(s.replaceAll("[\u2018\u2019\u201a\u201b\u2032`\u00b4]", "'")
                .replaceAll("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")).replaceAll(" ").strip();
    }

    GoldSet gold() {
        return gold;
    }

    List<ArticleResult> articles() {
        return articles;
    }

    /** Problems found in the gold against the article texts (offsets that do not hold their text). */
    List<String> goldProblems() {
        return goldProblems;
    }

    /** Whether some article of the set annotates this kind. */
    boolean annotates(Kind kind) {
        return totals.containsKey(kind);
    }

    /** The kind's results summed over the articles that annotate it. */
    KindResult total(Kind kind) {
        return totals.getOrDefault(kind, KindResult.empty(kind));
    }

    /** How many articles annotate the kind. */
    long articles(Kind kind) {
        return articles.stream().filter(a -> a.kinds().containsKey(kind)).count();
    }

    /** The totals of one kind: the main line and its sub-scores and counts, no article named. */
    String totals(Kind kind) {
        KindResult t = total(kind);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s %s (%d articles): %s, %d rows, %d gold%n", gold.name(),
                kind.label(), articles(kind), t.score().summary(), t.score().rows(), t.score().gold()));
        t.parts().forEach((name, s) -> out.append("    ").append(name).append(": ").append(part(name, s)).append('\n'));
        t.counts().forEach((name, n) -> out.append("    ").append(name).append(": ").append(n).append('\n'));
        return out.toString();
    }

    private static String part(String name, Score s) {
        if (name.equals(MeetingScorer.LOCATION) || name.equals(MeetingScorer.DATE)) {
            return String.format(Locale.ROOT, "accuracy %.3f (%d of %d)", s.rows() == 0 ? 0.0
                    : (double) s.correct() / s.rows(), s.correct(), s.rows());
        }
        if (name.equals(MeetingScorer.MEETINGS)) {
            return String.format(Locale.ROOT, "%d predicted, %d gold: found %d, missed %d, spurious %d", s.rows(),
                    s.gold(), s.found(), s.falseNegatives(), s.falsePositives());
        }
        return s.summary();
    }

    /** The totals of every kind the set annotates, no article named. */
    String totals() {
        StringBuilder out = new StringBuilder();
        for (Kind k : Kind.values()) {
            if (annotates(k)) {
                out.append(totals(k));
            }
        }
        return out.toString();
    }

    /**
     * Writes the report: the totals, the gold problems (counted only when {@code perArticle} is false), then,
     * if {@code perArticle}, every article's scores and errors.
     */
    void writeReport(Path file, boolean perArticle) {
        StringBuilder out = new StringBuilder();
        out.append("newsgraph quality on the set ").append(gold.name()).append(" (").append(gold.articles().size())
                .append(" articles); matching rules and commands: docs/quality.md\n\n");
        out.append(totals());
        if (!goldProblems.isEmpty()) {
            out.append("\ngold problems: ").append(goldProblems.size()).append('\n');
            if (perArticle) {
                goldProblems.forEach(p -> out.append("    ").append(p).append('\n'));
            }
        }
        if (perArticle) {
            for (ArticleResult a : articles) {
                out.append("\n== ").append(a.id()).append('\n');
                a.kinds().forEach((k, r) -> {
                    out.append(k.label()).append(": ").append(r.score().summary()).append('\n');
                    r.errors().forEach(e -> out.append("    ").append(e).append('\n'));
                });
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
