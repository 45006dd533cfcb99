package org.newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.common.NewsGraphException.StoreException;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

/**
 * The TDB2 dataset that holds the graph: one named graph per article (named by the article's IRI), with
 * the default graph answering as the union of them all.
 *
 * <p>Writes replace whole article graphs inside one write transaction, so an article is either fully in
 * the store or fully out, whatever happens to the process; re-ingesting an article replaces its graph.
 * TDB2 lets one process at a time open a dataset directory: a second one fails at once with a message
 * that says so. {@link #open} creates the dataset when the directory holds none; code that only reads asks
 * {@link #isDataset} first, so that a mistyped directory is reported instead of created empty.
 */
public final class NewsStore implements AutoCloseable {

    /** The folder beside the TDB2 files that keeps each article's analysis for re-linking. */
    public static final String ANALYSES_FOLDER = "analyses";

    private final Path directory;
    private final Dataset dataset;
    private final List<Consumer<List<String>>> writeListeners = new CopyOnWriteArrayList<>();
    private final AnalysisLog analyses;

    private NewsStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
        this.analyses = new AnalysisLog(directory.resolve(ANALYSES_FOLDER));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the dataset in {@code directory}, creating it when it does not exist. */
    public static NewsStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            Dataset ds = TDB2Factory.connectDataset(directory.toString());
            return new NewsStore(directory, ds);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create dataset directory " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreException("dataset " + directory + " is in use by another process "
                        + "(a running 'newsgraph serve'?), and a dataset can be opened by one process at a time. "
                        + "To add articles while it serves, start it with 'serve --inbox DIR' and put the files "
                        + "into DIR; or stop it first; or ingest into another --db.", e);
            }
            throw new StoreException("cannot open dataset " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code directory} holds a TDB2 dataset: a directory with the numbered storage folder TDB2
     * creates in it ({@code Data-0001}, a higher number after each compaction).
     */
    public static boolean isDataset(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var entries = Files.list(directory)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Whether opening failed because another process holds the dataset. TDB2 throws {@link DBOpEnvException}
     * itself when the lock file names a live process; its subclasses ({@code FileException},
     * {@code AlreadyLocked}...) report other faults of the storage.
     */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass() == DBOpEnvException.class) {
                return true;
            }
        }
        return false;
    }

    public Path directory() {
        return directory;
    }

    /** The dataset itself, for serving; the default graph is the union of the article graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** Stores one article's graph in its own transaction, replacing what was stored for it before. */
    public void put(ArticleGraph graph) {
        putAll(List.of(graph));
    }

    /**
     * Stores several articles' graphs in one transaction, each replacing its earlier version. Either all of
     * them go in or none do.
     */
    public void putAll(Collection<ArticleGraph> graphs) {
        putAll(graphs, Map.of());
    }

    /**
     * Stores several articles' graphs in one transaction, as {@link #putAll(Collection)} does, and keeps the
     * analyses given for some of them ({@link AnalysisCodec} bytes by article id) in the {@link #analyses() log}
     * beside the dataset: they count there only once the transaction has committed.
     */
    public void putAll(Collection<ArticleGraph> graphs, Map<String, byte[]> analysesById) {
        if (graphs.isEmpty()) {
            return;
        }
        analyses.append(analysesById, graphs.stream().map(ArticleGraph::articleId).toList());
        try {
            write(graphs);
        } catch (RuntimeException e) {
            analyses.abort();
            throw e;
        }
        analyses.commit();
    }

    /**
     * What the stages before resolution read from the stored articles, where it was kept: whoever re-resolves
     * an article reads it there instead of analysing the text again.
     */
    public AnalysisLog analyses() {
        return analyses;
    }

    private void write(Collection<ArticleGraph> graphs) {
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                var prefixes = graphs.iterator().next().model().getNsPrefixMap();
                if (!dsg.prefixes().getMapping().equals(prefixes)) {
                    prefixes.forEach(dsg.prefixes()::add);
                }
                for (ArticleGraph g : graphs) {
                    replace(dsg, NodeFactory.createURI(g.graphIri()), g.model().getGraph());
                }
            });
        } catch (RuntimeException e) {
            throw new StoreException("cannot write to dataset " + directory + ": " + e.getMessage(), e);
        }
        written(graphs.stream().map(ArticleGraph::graphIri).toList());
    }

    /**
     * Makes the named graph {@code name} hold exactly the triples of {@code next}. An article written again
     * (re-linked, re-ingested) mostly keeps its triples: only those that went are deleted and only the new ones
     * added, which spares the indexes the copy-on-write of deleting and re-adding the unchanged ones. A triple
     * is kept only when {@code next} contains it as stored, so the result is the same as deleting the whole
     * graph and adding {@code next}.
     */
    private static void replace(DatasetGraph dsg, Node name, Graph next) {
        List<Triple> gone = new ArrayList<>();
        Set<Triple> kept = new HashSet<>();
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (next.contains(t)) {
                kept.add(t);
            } else {
                gone.add(t);
            }
        });
        gone.forEach(t -> dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
        next.find().forEachRemaining(t -> {
            if (!kept.contains(t)) {
                dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /**
     * Tells {@code listener}, after each committed write of article graphs ({@link #putAll}, {@link #remove}),
     * the names of the graphs it replaced, added or removed, from the writing thread. Closing the returned
     * handle stops it.
     */
    public Listening onArticlesWritten(Consumer<List<String>> listener) {
        writeListeners.add(listener);
        return () -> writeListeners.remove(listener);
    }

    /** A listener's registration; closing it stops the listener. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    private void written(List<String> graphIris) {
        writeListeners.forEach(l -> l.accept(graphIris));
    }

    /**
     * In one write transaction, removes from the named graph {@code graphIri} every triple whose subject is
     * one of {@code subjects}, then adds the triples of each model of {@code additions} to it: the way to rewrite
     * some nodes of a graph that is not an article's. With {@code subjects} null, the whole graph is replaced.
     * The models are made as they are written, so a large rewrite need not be held in memory at once.
     */
    public void replaceNodes(String graphIri, Collection<String> subjects, java.util.stream.Stream<Model> additions) {
        try (additions) {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Node name = NodeFactory.createURI(graphIri);
                if (subjects == null) {
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                } else {
                    for (String s : subjects) {
                        dsg.deleteAny(name, NodeFactory.createURI(s), Node.ANY, Node.ANY);
                    }
                }
                additions.forEach(m -> m.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(),
                        t.getPredicate(), t.getObject())));
            });
        } catch (RuntimeException e) {
            throw new StoreException("cannot write to dataset " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Removes an article's graph; returns false when the article was not in the store. */
    public boolean remove(String articleId) {
        Node name = NodeFactory.createURI(NG.articleIri(articleId));
        boolean removed = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean present = dsg.containsGraph(name);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            return present;
        });
        if (removed) {
            written(List.of(name.getURI()));
        }
        return removed;
    }

    /** Whether an article is in the store. */
    public boolean contains(String articleId) {
        Node name = NodeFactory.createURI(NG.articleIri(articleId));
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(name));
    }

    /** One article's graph, copied out of the store (empty when the article is not there). */
    public Model articleGraph(String articleId) {
        return Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.setNsPrefixes(dataset.asDatasetGraph().prefixes().getMapping());
            copy.add(dataset.getNamedModel(NG.articleIri(articleId)));
            return copy;
        });
    }

    /** Runs a SELECT query in a read transaction and returns its results, copied out. */
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    /** Runs a SELECT query with variables bound first, in a read transaction; the results are copied out. */
    public ResultSetRewindable select(Query query, java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
        return read(query, bindings, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    /** Runs any query in a read transaction and hands the execution to {@code action}. */
    public <T> T read(Query query, Function<QueryExecution, T> action) {
        return read(query, java.util.Map.of(), action);
    }

    /**
     * Runs a query with variables bound to values first (SPARQL substitution, never string pasting), in a
     * read transaction, and hands the execution to {@code action}.
     */
    public <T> T read(Query query, java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings,
                      Function<QueryExecution, T> action) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                return action.apply(qe);
            }
        });
    }

    /**
     * Runs a query once for each map of {@code bindings} (SPARQL substitution, as {@link #read(Query, java.util.Map,
     * Function)}), all in one read transaction, and hands every row of every run to {@code action}. Binding the
     * graph variable of {@code GRAPH ?g} this way lets TDB2 look inside just that graph, where a VALUES table
     * joined to the same pattern has it evaluated over every graph.
     */
    public void readEach(Query query, List<? extends java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode>> bindings,
                         java.util.function.Consumer<org.apache.jena.query.QuerySolution> action) {
        Txn.executeRead(dataset, () -> {
            for (var binding : bindings) {
                var builder = QueryExecution.dataset(dataset).query(query);
                binding.forEach(builder::substitution);
                try (QueryExecution qe = builder.build()) {
                    qe.execSelect().forEachRemaining(action);
                }
            }
        });
    }

    /** The number of quads in the store, over every article graph. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The number of articles in the store, counted from their identifiers (not by scanning every quad). */
    public long articleCount() {
        ResultSetRewindable rs = select(Queries.bundled("article-count"));
        return rs.hasNext() ? rs.next().getLiteral("articles").getLong() : 0;
    }

    /** The article graphs' names (not the summaries graph's). */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (!n.getURI().equals(NG.SUMMARIES)) {
                    names.add(n.getURI());
                }
            });
            return names;
        });
    }

    /**
     * Writes the whole dataset, or one article's graph, to {@code out}. A format without named graphs
     * (Turtle) gets the union of the graphs; TriG, N-Quads and JSON-LD keep one graph per article.
     */
    public void export(RDFFormat format, String articleId, OutputStream out) {
        dataset.begin(TxnType.READ);
        try {
            if (articleId != null) {
                Model m = ModelFactory.createDefaultModel()
                        .setNsPrefixes(dataset.asDatasetGraph().prefixes().getMapping())
                        .add(dataset.getNamedModel(NG.articleIri(articleId)));
                if (format.getLang().equals(org.apache.jena.riot.Lang.TRIG)
                        || format.getLang().equals(org.apache.jena.riot.Lang.NQUADS)) {
                    DatasetGraph one = DatasetGraphFactory.createTxnMem();
                    m.getNsPrefixMap().forEach(one.prefixes()::add);
                    one.addGraph(NodeFactory.createURI(NG.articleIri(articleId)), m.getGraph());
                    RDFDataMgr.write(out, one, format);
                } else {
                    RDFDataMgr.write(out, m, format);
                }
            } else if (RDFFormat.TURTLE.getLang().equals(format.getLang())
                    || RDFFormat.NTRIPLES.getLang().equals(format.getLang())) {
                Model union = ModelFactory.createDefaultModel();
                union.setNsPrefixes(dataset.asDatasetGraph().prefixes().getMapping());
                union.add(dataset.getUnionModel());
                RDFDataMgr.write(out, union, format);
            } else {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), format);
            }
        } finally {
            dataset.end();
        }
    }

    /**
     * Compacts the database files, reclaiming the space of replaced graphs, and the analyses log beside them,
     * keeping the entries of the articles the dataset holds.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        java.util.Set<String> graphs = new java.util.HashSet<>(graphNames());
        analyses.compact(id -> graphs.contains(NG.articleIri(id)));
    }

    /**
     * Closes the dataset and gives its directory back: the lock TDB2 holds on it is released, so another process
     * (or this one, after the directory was replaced) can open it. TDB2 keeps every dataset it opened, and its lock,
     * until the process ends, and offers no public call to let one go: {@code Dataset.close()} does nothing for a
     * TDB2 dataset. {@code TDBInternal.expel} is the call Fuseki itself makes when it drops a TDB2 dataset
     * (JENA-1586), and the one place newsgraph reaches into TDB2's internals.
     */
    @Override
    public void close() {
        analyses.close();
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
