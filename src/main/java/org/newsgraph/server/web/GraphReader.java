package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.store.DatasetReader;
import org.newsgraph.store.Queries;

/**
 * Reads the dataset for the pages, only through the SPARQL in {@code queries/} (loaded once from the jar),
 * with values bound by substitution. A page runs all its queries inside one read transaction, so it sees
 * one state of the store; nothing here writes.
 */
final class GraphReader {

    private final DatasetReader dataset;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();
    /** Milliseconds per query run by the current thread's page, for the Server-Timing header. */
    private static final ThreadLocal<Map<String, Double>> TIMINGS = ThreadLocal.withInitial(java.util.LinkedHashMap::new);

    /** Forgets the timings of the current thread and returns them. */
    static Map<String, Double> drainTimings() {
        Map<String, Double> t = new java.util.LinkedHashMap<>(TIMINGS.get());
        TIMINGS.get().clear();
        return t;
    }

    GraphReader(Dataset dataset) {
        this.dataset = new DatasetReader(dataset);
    }

    /** Runs {@code work} inside one read transaction. */
    <T> T read(Supplier<T> work) {
        return dataset.read(work);
    }

    /** Runs the bundled SELECT query {@code name} with {@code bindings}; call inside {@link #read}. */
    List<Row> select(String name, Map<String, ? extends RDFNode> bindings) {
        return select(name, bindings, -1);
    }

    /**
     * Runs the bundled SELECT query {@code name} with {@code bindings} and at most {@code limit} rows (none when
     * negative); call inside {@link #read}.
     */
    List<Row> select(String name, Map<String, ? extends RDFNode> bindings, long limit) {
        long start = System.nanoTime();
        try (QueryExecution qe = execution(name, bindings, limit)) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            List<Row> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, RDFNode> values = new HashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    if (n != null) {
                        values.put(v, n);
                    }
                }
                rows.add(new Row(values));
            }
            TIMINGS.get().merge(name, (System.nanoTime() - start) / 1e6, Double::sum);
            return rows;
        }
    }

    /** Runs the bundled CONSTRUCT query {@code name} with {@code bindings}; call inside {@link #read}. */
    Model construct(String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(name, bindings, -1)) {
            return qe.execConstruct();
        }
    }

    private QueryExecution execution(String name, Map<String, ? extends RDFNode> bindings, long limit) {
        Query query = queries.computeIfAbsent(name, Queries::bundled);
        if (limit >= 0 && (!query.hasLimit() || query.getLimit() > limit)) {
            query = query.cloneQuery();
            query.setLimit(limit);
        }
        return dataset.execution(query, bindings);
    }
}
