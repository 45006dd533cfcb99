package org.newsgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.NameLink;
import org.newsgraph.resolve.ShortNameLinker;
import org.newsgraph.resolve.SurnameIndex;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps cross-article links consistent with the whole store. Each article's short names are resolved
 * against the people named in full anywhere in the store; since that set does not depend on the order
 * articles came in, neither do the links, once {@link #relink} has run after a change: it re-resolves
 * exactly the articles whose decisions the store's current names would change.
 */
public final class CrossArticleLinker {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.link");

    private CrossArticleLinker() {
    }

    /** The people named in full in the store, with the number of articles that name them. */
    public static SurnameIndex index(NewsStore store) {
        SurnameIndex index = new SurnameIndex();
        reload(index, store);
        return index;
    }

    /** Replaces what the index holds with the people named in full in the store. */
    public static void reload(SurnameIndex index, NewsStore store) {
        index.clear();
        store.select(Queries.bundled("known-people")).forEachRemaining(row ->
                index.add(EntityType.PERSON, row.getLiteral("name").getString(), row.getLiteral("articles").getInt()));
    }

    /** Adds the people an article graph names in full, so later articles of the same run can link to them. */
    public static void learn(SurnameIndex index, ArticleGraph graph) {
        Model m = graph.model();
        Map<String, Boolean> seen = new TreeMap<>();
        m.listResourcesWithProperty(RDF.type, NG.Mention).forEachRemaining(mention -> {
            Statement text = mention.getProperty(NG.anchorText);
            Statement target = mention.getProperty(NG.refersTo);
            if (text == null || target == null || !text.getString().contains(" ")) {
                return;
            }
            Resource entity = target.getResource();
            if (entity.hasProperty(RDF.type, SchemaDO.Person) && entity.hasProperty(RDFS.label)) {
                seen.put(entity.getProperty(RDFS.label).getString(), true);
            }
        });
        seen.keySet().forEach(name -> index.add(EntityType.PERSON, name, 1));
    }

    /**
     * Re-resolves the articles whose short-name decisions differ from what the store's current names give,
     * and writes them back, processing them on {@code threads} threads. {@code index} must be the index
     * {@code pipeline} resolves against; it is reloaded from the store first. Returns the number of articles
     * rewritten. An article that fails to re-process keeps its stored version.
     */
    public static int relink(NewsStore store, Pipeline pipeline, SurnameIndex index, int threads) {
        reload(index, store);
        ShortNameLinker linker = new ShortNameLinker(index);
        Map<String, List<QuerySolution>> byArticle = new TreeMap<>();
        store.select(Queries.bundled("name-links")).forEachRemaining(row ->
                byArticle.computeIfAbsent(row.getLiteral("article").getString(), k -> new ArrayList<>()).add(row));
        List<String> stale = new ArrayList<>();
        for (var entry : byArticle.entrySet()) {
            for (QuerySolution row : entry.getValue()) {
                RDFNode candidates = row.get("candidates");
                String stored = signature(row.getResource("entity").getURI(), row.getLiteral("method").getString(),
                        candidates == null ? "" : candidates.asLiteral().getString());
                String now = current(linker.decide(row.getLiteral("name").getString(), entry.getKey()));
                if (!stored.equals(now)) {
                    stale.add(entry.getKey());
                    break;
                }
            }
        }
        if (stale.isEmpty()) {
            return 0;
        }
        ReadResult.Origin origin = new ReadResult.Origin("<store>", 0);
        Stream<ReadResult> input = stale.stream()
                .map(id -> new ReadResult.Accepted(article(store, id), origin, List.of()));
        IngestReport report = pipeline.run(input, store::putAll, threads, RELINK_BATCH, Pipeline.Progress.NONE);
        report.rejected().forEach(r -> LOG.warn("re-linking kept the stored version: {}", r.reason()));
        LOG.info("relinked {} articles", report.articles());
        return (int) report.articles();
    }

    /** Articles per write transaction when re-linking. */
    private static final int RELINK_BATCH = 64;

    /** What the current names would decide for a short name in an article, as a signature. */
    private static String current(NameLink link) {
        StringBuilder candidates = new StringBuilder();
        for (NameLink.Scored c : link.candidates()) {
            if (candidates.length() > 0) {
                candidates.append(' ');
            }
            candidates.append(NG.entityIri(c.entity().key())).append('=').append(c.confidence());
        }
        return signature(NG.entityIri(link.entity().key()), link.method(), candidates.toString());
    }

    private static String signature(String entity, String method, String candidates) {
        List<String> sorted = new ArrayList<>();
        for (String c : candidates.isBlank() ? new String[0] : candidates.split(" ")) {
            // the store writes a confidence in its own canonical form ("0.5e0"): compare the numbers
            int eq = c.lastIndexOf('=');
            sorted.add(c.substring(0, eq + 1) + Double.parseDouble(c.substring(eq + 1)));
        }
        sorted.sort(null);
        return entity + "|" + method + "|" + String.join(" ", sorted);
    }

    /** Reads an article's input record back from the store. */
    public static Article article(NewsStore store, String id) {
        Map<String, RDFNode> bind = Map.of("article", ResourceFactory.createPlainLiteral(id));
        var rs = store.select(Queries.bundled("article-record"), bind);
        if (!rs.hasNext()) {
            throw new NewsGraphException("no article '" + id + "' in the store");
        }
        QuerySolution row = rs.next();
        List<String> authors = new ArrayList<>();
        store.select(Queries.bundled("article-authors"), bind)
                .forEachRemaining(r -> authors.add(r.getLiteral("author").getString()));
        return new Article(id, string(row, "title"), string(row, "published"), string(row, "url"),
                string(row, "source"), authors, row.getLiteral("text").getString());
    }

    private static String string(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.asLiteral().getLexicalForm();
    }
}
