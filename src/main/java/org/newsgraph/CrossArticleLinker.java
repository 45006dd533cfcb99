package org.newsgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.NameLink;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.resolve.ShortNameLinker;
import org.newsgraph.resolve.SurnameIndex;
import org.newsgraph.store.AnalysisCodec;
import org.newsgraph.store.AnalysisLog;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps cross-article links consistent with the whole store. Each article's short names are resolved
 * against the people named in full anywhere in the store. What an article names in full does not depend on
 * the links (see {@link #introduced}), so the known names are a function of the stored articles alone, and the
 * links are too, whatever the order the articles came in, once {@link #relink} has run after a change: it
 * re-resolves exactly the articles whose decisions the store's current names change.
 *
 * <p>Re-resolving an article starts from what the stages before resolution read from it, kept in the store's
 * {@link NewsStore#analyses() analyses log}; only an article with nothing kept there is analysed again.
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

    /**
     * The people an article graph names in full: the labels of the people that a mention of two words or more
     * refers to, leaving out a person the article reaches only through a cross-article link ("Mr. Rubio" linked
     * to Marco Rubio). {@code queries/known-people.rq} counts the same over the store. Since an article never
     * links a short name to a person it names in full itself, the result depends on the article alone.
     */
    public static Set<String> introduced(ArticleGraph graph) {
        Model m = graph.model();
        Set<Resource> linked = new java.util.HashSet<>();
        m.listResourcesWithProperty(RDF.type, NG.NameLink).forEachRemaining(link ->
                m.listObjectsOfProperty(link, NG.refersTo).forEachRemaining(o -> linked.add(o.asResource())));
        Set<String> names = new TreeSet<>();
        m.listResourcesWithProperty(RDF.type, NG.Mention).forEachRemaining(mention -> {
            Statement text = mention.getProperty(NG.anchorText);
            Statement target = mention.getProperty(NG.refersTo);
            if (text == null || target == null || !text.getString().contains(" ")) {
                return;
            }
            Resource entity = target.getResource();
            if (entity.hasProperty(RDF.type, SchemaDO.Person) && !linked.contains(entity)) {
                entity.listProperties(RDFS.label).forEachRemaining(l -> names.add(l.getString()));
            }
        });
        return names;
    }

    /**
     * What a {@link #relink} did.
     *
     * @param rewritten  articles whose decisions changed, written back
     * @param reanalysed of the articles looked at again, those that had nothing kept and were analysed again
     *                   from their text
     */
    public record Relinked(int rewritten, int reanalysed) {
        static final Relinked NONE = new Relinked(0, 0);
    }

    /**
     * Re-resolves the articles whose short-name decisions differ from what the store's current names give,
     * and writes them back, processing them on {@code threads} threads. {@code index} must be the index
     * {@code pipeline} resolves against; it is reloaded from the store first. An article that fails to
     * re-process keeps its stored version.
     */
    public static Relinked relink(NewsStore store, Pipeline pipeline, SurnameIndex index, int threads) {
        reload(index, store);
        ShortNameLinker linker = new ShortNameLinker(index);
        Map<String, Set<String>> stored = new TreeMap<>();
        store.select(Queries.bundled("name-links")).forEachRemaining(row ->
                stored.computeIfAbsent(row.getLiteral("article").getString(), k -> new TreeSet<>()).add(signature(row)));
        // Suspects: a stored decision the current names would make otherwise. The decision is taken here without
        // the article's own full names left out (the resolver leaves them out), so a suspect is only a suspect
        // until it is resolved again and its decisions compared.
        List<String> suspects = new ArrayList<>();
        for (var entry : stored.entrySet()) {
            for (String sig : entry.getValue()) {
                String name = sig.substring(0, sig.indexOf('|'));
                if (!sig.equals(signature(linker.decide(name, entry.getKey())))) {
                    suspects.add(entry.getKey());
                    break;
                }
            }
        }
        if (suspects.isEmpty()) {
            return Relinked.NONE;
        }
        Map<String, AnalysisLog.Entry> kept = store.analyses().find(suspects);
        List<String> unkept = new ArrayList<>();
        int rewritten = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-relink");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < suspects.size(); from += Ingestor.BATCH) {
                List<Future<ArticleGraph>> jobs = new ArrayList<>();
                List<String> chunk = suspects.subList(from, Math.min(suspects.size(), from + Ingestor.BATCH));
                for (String id : chunk) {
                    AnalysisLog.Entry entry = kept.get(id);
                    byte[] bytes = entry == null ? null : store.analyses().read(entry);
                    if (bytes == null) {
                        unkept.add(id);
                        continue;
                    }
                    Set<String> before = stored.get(id);
                    jobs.add(pool.submit(() -> {
                        ResolvedDocument resolved = pipeline.resolve(AnalysisCodec.decode(bytes));
                        return before.equals(signatures(resolved)) ? null : pipeline.graph(resolved);
                    }));
                }
                List<ArticleGraph> graphs = new ArrayList<>();
                for (Future<ArticleGraph> job : jobs) {
                    ArticleGraph g = job.get();
                    if (g != null) {
                        graphs.add(g);
                    }
                }
                store.putAll(graphs);
                rewritten += graphs.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while re-linking", e);
        } catch (ExecutionException e) {
            throw new NewsGraphException("re-linking failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        rewritten += reanalyse(store, pipeline, unkept, stored, threads);
        LOG.info("relinked {} articles ({} suspects, {} analysed again)", rewritten, suspects.size(), unkept.size());
        return new Relinked(rewritten, unkept.size());
    }

    /**
     * Re-processes, from their stored text, the articles whose analyses were not kept, and writes those whose
     * decisions changed, keeping their analyses this time.
     */
    private static int reanalyse(NewsStore store, Pipeline pipeline, List<String> ids,
                                 Map<String, Set<String>> stored, int threads) {
        if (ids.isEmpty()) {
            return 0;
        }
        ReadResult.Origin origin = new ReadResult.Origin("<store>", 0);
        Stream<ReadResult> input = ids.stream()
                .map(id -> new ReadResult.Accepted(article(store, id), origin, List.of()));
        int[] written = {0};
        IngestReport report = pipeline.run(input,
                (extracted, graph) -> new Kept(AnalysisCodec.encode(extracted), signatures(graph)),
                made -> {
                    List<ArticleGraph> graphs = new ArrayList<>();
                    Map<String, byte[]> analyses = new HashMap<>();
                    for (Pipeline.Made<Kept> m : made) {
                        String id = m.graph().articleId();
                        if (!m.kept().signatures().equals(stored.get(id))) {
                            graphs.add(m.graph());
                            analyses.put(id, m.kept().analysis());
                        }
                    }
                    store.putAll(graphs, analyses);
                    written[0] += graphs.size();
                }, threads, Ingestor.BATCH, Pipeline.Progress.NONE);
        report.rejected().forEach(r -> LOG.warn("re-linking kept the stored version: {}", r.reason()));
        return written[0];
    }

    /** An article's analysis, and the signatures of its decisions. */
    private record Kept(byte[] analysis, Set<String> signatures) {
    }

    /** The signatures of the decisions a resolved article made. */
    private static Set<String> signatures(ResolvedDocument resolved) {
        Set<String> out = new TreeSet<>();
        for (NameLink link : resolved.links()) {
            out.add(signature(link));
        }
        return out;
    }

    /** The signatures of the decisions an article graph holds, read as {@code name-links.rq} reads them. */
    private static Set<String> signatures(ArticleGraph graph) {
        org.apache.jena.query.Dataset one = org.apache.jena.query.DatasetFactory.create();
        one.addNamedModel(graph.graphIri(), graph.model());
        Set<String> out = new TreeSet<>();
        try (var qe = org.apache.jena.query.QueryExecution.dataset(one)
                .query(Queries.bundled("name-links")).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(signature(row)));
        }
        return out;
    }

    /**
     * A decision as one string: the short name, the entity and its label, the method, and the candidates
     * with their confidences and labels, in one order.
     */
    private static String signature(String name, String entity, String label, String method,
                                    Map<String, String> candidates) {
        StringBuilder out = new StringBuilder(name).append('|').append(entity).append('|').append(label).append('|')
                .append(method);
        candidates.forEach((iri, rest) -> out.append('|').append(iri).append('=').append(rest));
        return out.toString();
    }

    /** A decision the resolver made (or would make). */
    private static String signature(NameLink link) {
        Map<String, String> candidates = new TreeMap<>();
        for (NameLink.Scored c : link.candidates()) {
            candidates.put(NG.entityIri(c.entity().key()), Double.toString(c.confidence()) + "=" + c.entity().label());
        }
        return signature(link.shortName(), NG.entityIri(link.entity().key()), link.entity().label(), link.method(),
                candidates);
    }

    /** A decision as {@code name-links.rq} reads it from a stored graph. */
    private static String signature(QuerySolution row) {
        Map<String, String> confidences = new TreeMap<>();
        RDFNode scores = row.get("candidates");
        for (String c : scores == null || scores.asLiteral().getString().isBlank() ? new String[0]
                : scores.asLiteral().getString().split(" ")) {
            // the store writes a confidence in its own canonical form ("0.5e0"): compare the numbers
            int eq = c.lastIndexOf('=');
            confidences.put(c.substring(0, eq), Double.toString(Double.parseDouble(c.substring(eq + 1))));
        }
        Map<String, String> labels = new HashMap<>();
        RDFNode names = row.get("candidateLabels");
        for (String c : names == null || names.asLiteral().getString().isEmpty() ? new String[0]
                : names.asLiteral().getString().split("\t")) {
            int eq = c.indexOf('=');
            labels.put(c.substring(0, eq), c.substring(eq + 1));
        }
        Map<String, String> candidates = new TreeMap<>();
        confidences.forEach((iri, confidence) -> candidates.put(iri, confidence + "=" + labels.get(iri)));
        return signature(row.getLiteral("name").getString(), row.getResource("entity").getURI(),
                row.getLiteral("label").getString(), row.getLiteral("method").getString(), candidates);
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
