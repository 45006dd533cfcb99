package org.newsgraph.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.newsgraph.Ingestor;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.summary.SummaryBuilder;

/**
 * What keeping the summaries current costs as the store grows. For each size N it writes N article graphs into a
 * fresh store, replicated from a source store's (the k-th copy of an article gets the id {@code <id>-r<k>}, as the
 * bench replicates texts, so the store's people and roles keep their real shape), rebuilds the summaries, then
 * times the summary step of updates: adding 10 and 100 new articles (written first, as an ingest's stream does)
 * and removing 10, three rounds each.
 */
public final class SummaryCost {

    private static final int ROUNDS = 3;

    private SummaryCost() {
    }

    /** Measures at each size of {@code sizes} from the articles of {@code from}, in stores under {@code scratch}. */
    public static void measure(PrintWriter out, NewsStore from, List<Integer> sizes, Path scratch) {
        List<String> ids = from.graphNames().stream().sorted().map(SummaryCost::id).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("the source store holds no articles");
        }
        out.println();
        out.printf(Locale.ROOT, "### Keeping the summaries current at growing store sizes (from %d stored articles)%n",
                ids.size());
        out.println();
        out.println("| articles in store | write (s) | rebuild (s) | roles | meetings | conflicts | load | add 10 (ms) "
                + "| add 100 (ms) | remove 10 (ms) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        out.flush();
        for (int n : sizes) {
            row(out, from, ids, n, scratch.resolve("summary-cost-" + n));
        }
    }

    private static void row(PrintWriter out, NewsStore from, List<String> ids, int n, Path dir) {
        try (NewsStore store = NewsStore.open(dir)) {
            double load = load();
            long t0 = System.nanoTime();
            List<ArticleGraph> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(replica(from, ids, i));
                if (batch.size() == Ingestor.BATCH) {
                    store.putAll(batch);
                    batch.clear();
                }
            }
            store.putAll(batch);
            double write = (System.nanoTime() - t0) / 1e9;
            SummaryBuilder builder = new SummaryBuilder(store);
            long t1 = System.nanoTime();
            SummaryBuilder.Result all = builder.rebuild();
            double rebuild = (System.nanoTime() - t1) / 1e9;
            List<Double> add10 = new ArrayList<>();
            List<Double> add100 = new ArrayList<>();
            List<Double> remove10 = new ArrayList<>();
            int next = n;
            for (int round = 0; round < ROUNDS; round++) {
                for (int k : new int[] {10, 100}) {
                    List<ArticleGraph> added = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        added.add(replica(from, ids, next++));
                    }
                    store.putAll(added);
                    long t = System.nanoTime();
                    builder.update(added.stream().map(ArticleGraph::graphIri).toList());
                    (k == 10 ? add10 : add100).add((System.nanoTime() - t) / 1e6);
                }
                List<String> removed = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String id = replicaId(ids, (round * 97 + i * 31) % n);
                    store.remove(id);
                    removed.add(NG.articleIri(id));
                }
                long t = System.nanoTime();
                builder.update(removed);
                remove10.add((System.nanoTime() - t) / 1e6);
            }
            out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %,d | %,d | %,d | %.1f | %s | %s | %s |%n", n, write, rebuild,
                    all.roles(), all.meetings(), all.conflicts(), load, runs(add10), runs(add100), runs(remove10));
            out.flush();
        }
    }

    private static String runs(List<Double> ms) {
        return String.join(", ", ms.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }

    /** The id of the i-th article of the replicated sequence. */
    private static String replicaId(List<String> ids, int i) {
        int k = i / ids.size();
        String id = ids.get(i % ids.size());
        return k == 0 ? id : id + "-r" + k;
    }

    private static String id(String graphIri) {
        return URLDecoder.decode(graphIri.substring(NG.ARTICLE.length()), StandardCharsets.UTF_8);
    }

    /** The i-th article of the replicated sequence: the source's article, its IRIs and id those of the copy. */
    private static ArticleGraph replica(NewsStore from, List<String> ids, int i) {
        String original = ids.get(i % ids.size());
        Model m = from.articleGraph(original);
        if (i < ids.size()) {
            return new ArticleGraph(original, NG.articleIri(original), m);
        }
        String id = replicaId(ids, i);
        String oldIri = NG.articleIri(original);
        String newIri = NG.articleIri(id);
        Model copy = ModelFactory.createDefaultModel();
        copy.setNsPrefixes(m.getNsPrefixMap());
        m.getGraph().find().forEachRemaining(t -> {
            Node s = rename(t.getSubject(), oldIri, newIri);
            Node o = t.getPredicate().equals(DCTerms.identifier.asNode()) ? NodeFactory.createLiteralString(id)
                    : rename(t.getObject(), oldIri, newIri);
            copy.getGraph().add(Triple.create(s, t.getPredicate(), o));
        });
        return new ArticleGraph(id, newIri, copy);
    }

    private static Node rename(Node n, String oldIri, String newIri) {
        if (n.isURI() && (n.getURI().equals(oldIri) || n.getURI().startsWith(oldIri + "#"))) {
            return NodeFactory.createURI(newIri + n.getURI().substring(oldIri.length()));
        }
        return n;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
