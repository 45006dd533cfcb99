package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.NewsStore;

/**
 * Loads the same N-Quads into empty TDB2 datasets two ways and times them: newsgraph's batch writer
 * ({@link NewsStore#putAll}, one transaction per batch of article graphs) and Jena's TDB2 bulk loader.
 * Both times include parsing the file.
 */
public final class StoreLoad {

    /** How long a load of {@code quads} took. */
    public record Timing(String loader, long quads, double seconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    private StoreLoad() {
    }

    /** Writes every article graph of the store as N-Quads; returns the file's size in bytes. */
    public static long export(NewsStore store, Path file) {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            store.export(RDFFormat.NQUADS, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jena's TDB2 loader: {@code "default"} (what {@code tdb2.tdbloader} uses) or {@code "parallel"}. */
    public static Timing jena(Path nquads, Path dir, String kind) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
        try {
            DataLoader loader = kind.equals("parallel")
                    ? LoaderFactory.parallelLoader(dsg, (fmt, args) -> { })
                    : LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            long t0 = System.nanoTime();
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            double s = (System.nanoTime() - t0) / 1e9;
            return new Timing("Jena TDB2 loader (" + kind + ")", loader.countQuads(), s);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** newsgraph's writer: the quads grouped back into article graphs, written {@code batch} at a time. */
    public static Timing newsgraph(Path nquads, Path dir, int batch) {
        try (NewsStore store = NewsStore.open(dir)) {
            Grouper grouper = new Grouper(store, batch);
            long t0 = System.nanoTime();
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(grouper);
            grouper.flushGraph();
            grouper.flushBatch();
            double s = (System.nanoTime() - t0) / 1e9;
            return new Timing("newsgraph batch writer (" + batch + " articles per transaction)", grouper.quads, s);
        }
    }

    /** Regroups consecutive quads of one graph into an article graph; writes whole batches. */
    private static final class Grouper extends StreamRDFBase {
        private final NewsStore store;
        private final int batch;
        private final List<ArticleGraph> pending = new ArrayList<>();
        private Node graph;
        private Model model;
        long quads;

        Grouper(NewsStore store, int batch) {
            this.store = store;
            this.batch = batch;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(graph)) {
                flushGraph();
                graph = quad.getGraph();
                model = ModelFactory.createDefaultModel();
            }
            model.getGraph().add(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
            quads++;
        }

        void flushGraph() {
            if (graph != null) {
                pending.add(new ArticleGraph(graph.getURI(), graph.getURI(), model));
                graph = null;
                if (pending.size() >= batch) {
                    flushBatch();
                }
            }
        }

        void flushBatch() {
            store.putAll(pending);
            pending.clear();
        }
    }
}
