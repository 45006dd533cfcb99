package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * Measures how well person and organization mentions are linked across articles, against a hand-annotated
 * set of news articles that share people ({@code linking-eval/gold.json}: article ids and gold mentions
 * only; the text is read from the shared corpus).
 *
 * <p>The articles are ingested with the real pipeline into a TDB2 store; each gold mention is matched to the
 * system mention whose span overlaps it (an exact span first, then the largest overlap), and so to the entity
 * IRI the system gave it ({@code queries/mentions.rq}). Over the gold mentions the system found, it reports
 * pairwise precision and recall of merges (two mentions share an IRI; two mentions are the same real-world
 * entity) and B-cubed precision, recall and F1, for all mentions and for persons alone, and how many gold
 * mentions got any entity at all. The test fails when a figure drops below what the linking reaches today,
 * less a small margin.
 */
class CrossArticleLinkingEvalTest {

    /** What the figures may fall short of the floors below before the test fails. */
    private static final double MARGIN = 0.02;

    private static final Map<String, Double> FLOORS = Map.of(
            "mention recall", 0.90,
            "pairwise precision", 0.96,
            "pairwise recall", 0.91,
            "B3 precision", 0.98,
            "B3 recall", 0.90,
            "person pairwise precision", 0.97,
            "person pairwise recall", 0.94,
            "person B3 F1", 0.97,
            "cross-article pairwise precision", 0.97,
            "cross-article pairwise recall", 0.91);

    private static final ObjectMapper JSON = new ObjectMapper();

    private record GoldMention(String article, String text, int begin, int end, String type, String entity) {
    }

    private record SystemMention(String text, int begin, int end, String entity) {
    }

    private static List<Article> articles;
    private static List<GoldMention> gold;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readTheSet() throws IOException {
        JsonNode root;
        try (InputStream in = CrossArticleLinkingEvalTest.class.getResourceAsStream("/linking-eval/gold.json")) {
            root = JSON.readTree(in);
        }
        Map<String, String> fileOf = new LinkedHashMap<>();
        gold = new ArrayList<>();
        for (JsonNode a : root.get("articles")) {
            String id = a.get("article").asText();
            fileOf.put(id, a.get("file").asText());
            for (JsonNode m : a.get("mentions")) {
                gold.add(new GoldMention(id, m.get("text").asText(), m.get("begin").asInt(), m.get("end").asInt(),
                        m.get("type").asText(), m.get("entity").asText()));
            }
        }
        Map<String, Article> byId = new HashMap<>();
        Path corpus = Fixtures.shared().resolve("corpus");
        for (String file : Set.copyOf(fileOf.values())) {
            try (var results = new ArticleReader().readFile(corpus.resolve(file))) {
                results.filter(r -> r instanceof ReadResult.Accepted)
                        .map(r -> ((ReadResult.Accepted) r).article())
                        .filter(a -> fileOf.containsKey(a.id()))
                        .forEach(a -> byId.put(a.id(), a));
            }
        }
        articles = fileOf.keySet().stream().map(id -> {
            Article a = byId.get(id);
            if (a == null) {
                throw new IllegalStateException("article " + id + " is not in the corpus");
            }
            return a;
        }).toList();
        for (GoldMention g : gold) {
            String text = byId.get(g.article()).text();
            assertEquals(g.text(), text.substring(g.begin(), g.end()),
                    "gold mention at " + g.begin() + " in " + g.article() + " matches the corpus text");
        }
    }

    @Test
    void linksMentionsAcrossArticlesAtLeastAsWellAsMeasured() {
        Map<String, List<SystemMention>> system;
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            new Ingestor(store).ingest(accepted(articles), 1, Pipeline.Progress.NONE);
            system = systemMentions(store);
        }

        Map<GoldMention, String> linked = new LinkedHashMap<>();
        List<GoldMention> missed = new ArrayList<>();
        for (GoldMention g : gold) {
            SystemMention s = match(g, system.getOrDefault(g.article(), List.of()));
            if (s == null) {
                missed.add(g);
            } else {
                linked.put(g, s.entity());
            }
        }

        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("mention recall", (double) linked.size() / gold.size());
        figures.putAll(scores("", linked, g -> true));
        figures.putAll(scores("person ", linked, g -> g.type().equals("PERSON")));
        figures.putAll(scores("organization ", linked, g -> g.type().equals("ORGANIZATION")));
        figures.putAll(crossArticlePairs(linked));

        long people = gold.stream().filter(g -> g.type().equals("PERSON")).count();
        System.out.printf(Locale.ROOT, "Cross-article linking: %d articles, %d gold mentions (%d person), %d gold entities%n",
                articles.size(), gold.size(), people, gold.stream().map(GoldMention::entity).distinct().count());
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-36s %.3f%n", k, v));
        errors(linked, missed);

        FLOORS.forEach((name, floor) -> assertTrue(figures.get(name) >= floor - MARGIN,
                String.format(Locale.ROOT, "%s is %.3f, below %.3f", name, figures.get(name), floor)));
    }

    @Test
    void theSameArticlesInAnotherOrderGiveTheSameGraphs() {
        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        try (NewsStore forward = NewsStore.open(tmp.resolve("forward"));
             NewsStore backward = NewsStore.open(tmp.resolve("backward"))) {
            new Ingestor(forward).ingest(accepted(articles), 1, Pipeline.Progress.NONE);
            Ingestor ingestor = new Ingestor(backward);
            int third = reversed.size() / 3;
            ingestor.ingest(accepted(reversed.subList(0, third)), 1, Pipeline.Progress.NONE);
            ingestor.ingest(accepted(reversed.subList(third, 2 * third)), 1, Pipeline.Progress.NONE);
            ingestor.ingest(accepted(reversed.subList(2 * third, reversed.size())), 1, Pipeline.Progress.NONE);

            assertEquals(0, ingestor.ingest(accepted(List.of()), 1, Pipeline.Progress.NONE).relinked(),
                    "once the links agree with the store, nothing is relinked again");

            assertEquals(Set.copyOf(forward.graphNames()), Set.copyOf(backward.graphNames()), "the same article graphs");
            for (Article a : articles) {
                Model one = forward.articleGraph(a.id());
                Model other = backward.articleGraph(a.id());
                assertTrue(one.isIsomorphicWith(other), "the graph of " + a.id() + " does not depend on the order");
            }
        }
    }

    private static java.util.stream.Stream<ReadResult> accepted(List<Article> list) {
        return list.stream().map(a -> new ReadResult.Accepted(a, new ReadResult.Origin("linking-eval", 0), List.of()));
    }

    private static Map<String, List<SystemMention>> systemMentions(NewsStore store) {
        Map<String, List<SystemMention>> out = new HashMap<>();
        store.select(Queries.bundled("mentions")).forEachRemaining((QuerySolution row) ->
                out.computeIfAbsent(row.getLiteral("article").getString(), k -> new ArrayList<>()).add(
                        new SystemMention(row.getLiteral("text").getString(), row.getLiteral("begin").getInt(),
                                row.getLiteral("end").getInt(), row.getResource("entity").getURI())));
        return out;
    }

    /** The system mention that stands for a gold mention: the same span, else the one overlapping it most. */
    private static SystemMention match(GoldMention g, List<SystemMention> candidates) {
        SystemMention best = null;
        int bestOverlap = 0;
        for (SystemMention s : candidates) {
            int overlap = Math.min(g.end(), s.end()) - Math.max(g.begin(), s.begin());
            if (overlap <= 0) {
                continue;
            }
            if (s.begin() == g.begin() && s.end() == g.end()) {
                return s;
            }
            if (overlap > bestOverlap || overlap == bestOverlap && best != null
                    && s.end() - s.begin() < best.end() - best.begin()) {
                best = s;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Pairwise precision/recall of merges and B-cubed precision/recall/F1 over the linked mentions kept. */
    private static Map<String, Double> scores(String prefix, Map<GoldMention, String> linked,
                                              Predicate<GoldMention> keep) {
        List<GoldMention> ms = linked.keySet().stream().filter(keep).toList();
        long samePair = 0;
        long sameSystem = 0;
        long sameGold = 0;
        double b3p = 0;
        double b3r = 0;
        for (int i = 0; i < ms.size(); i++) {
            GoldMention a = ms.get(i);
            int system = 0;
            int goldSize = 0;
            int both = 0;
            for (int j = 0; j < ms.size(); j++) {
                GoldMention b = ms.get(j);
                boolean s = linked.get(a).equals(linked.get(b));
                boolean g = a.entity().equals(b.entity());
                system += s ? 1 : 0;
                goldSize += g ? 1 : 0;
                both += s && g ? 1 : 0;
                if (j > i) {
                    sameSystem += s ? 1 : 0;
                    sameGold += g ? 1 : 0;
                    samePair += s && g ? 1 : 0;
                }
            }
            b3p += (double) both / system;
            b3r += (double) both / goldSize;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(prefix + "pairwise precision", sameSystem == 0 ? 1.0 : (double) samePair / sameSystem);
        out.put(prefix + "pairwise recall", sameGold == 0 ? 1.0 : (double) samePair / sameGold);
        double p = ms.isEmpty() ? 1.0 : b3p / ms.size();
        double r = ms.isEmpty() ? 1.0 : b3r / ms.size();
        out.put(prefix + "B3 precision", p);
        out.put(prefix + "B3 recall", r);
        out.put(prefix + "B3 F1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
        return out;
    }

    /** Pairwise precision and recall over pairs of mentions from different articles only. */
    private static Map<String, Double> crossArticlePairs(Map<GoldMention, String> linked) {
        List<GoldMention> ms = List.copyOf(linked.keySet());
        long both = 0;
        long system = 0;
        long goldPairs = 0;
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                GoldMention a = ms.get(i);
                GoldMention b = ms.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                boolean s = linked.get(a).equals(linked.get(b));
                boolean g = a.entity().equals(b.entity());
                system += s ? 1 : 0;
                goldPairs += g ? 1 : 0;
                both += s && g ? 1 : 0;
            }
        }
        return Map.of("cross-article pairwise precision", system == 0 ? 1.0 : (double) both / system,
                "cross-article pairwise recall", goldPairs == 0 ? 1.0 : (double) both / goldPairs);
    }

    /** Prints, per gold entity, the IRIs its mentions went to when they went to more than one, and the misses. */
    private static void errors(Map<GoldMention, String> linked, List<GoldMention> missed) {
        Map<String, Map<String, Long>> split = linked.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getKey().entity(), java.util.TreeMap::new,
                Collectors.groupingBy(e -> e.getValue().substring(NG.entityIri("").length()),
                        java.util.TreeMap::new, Collectors.counting())));
        split.forEach((entity, iris) -> {
            if (iris.size() > 1) {
                System.out.println("  split  " + entity + " -> " + iris);
            }
        });
        Map<String, Map<String, Long>> merged = linked.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getValue().substring(NG.entityIri("").length()), java.util.TreeMap::new,
                Collectors.groupingBy(e -> e.getKey().entity(), java.util.TreeMap::new, Collectors.counting())));
        merged.forEach((iri, entities) -> {
            if (entities.size() > 1) {
                System.out.println("  merged " + iri + " <- " + entities);
            }
        });
        missed.forEach(g -> System.out.println("  missed " + g.article() + " " + g.begin() + " " + g.text()));
    }
}
