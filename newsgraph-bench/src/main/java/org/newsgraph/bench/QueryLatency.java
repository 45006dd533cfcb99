package org.newsgraph.bench;

import java.util.Arrays;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/** Runs a bundled query again and again, all rows read each time, and gives the latency percentiles. */
public final class QueryLatency {

    /** Latencies of one query in milliseconds, and the rows it returns. */
    public record Result(String query, long rows, int runs, double p50, double p95, double p99) {
    }

    private QueryLatency() {
    }

    public static Result measure(NewsStore store, String name, int warmups, int runs) {
        return measure(store, name, Map.of(), warmups, runs);
    }

    /** The same, with the query's parameters bound to {@code bindings} first. */
    public static Result measure(NewsStore store, String name, Map<String, RDFNode> bindings, int warmups,
                                 int runs) {
        Query query = Queries.bundled(name);
        long rows = 0;
        for (int i = 0; i < warmups; i++) {
            rows = count(store, query, bindings);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = count(store, query, bindings);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(name, rows, runs, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99));
    }

    /** Rows of a SELECT, triples of a CONSTRUCT, all read. */
    private static long count(NewsStore store, Query query, Map<String, RDFNode> bindings) {
        return store.read(query, bindings, qe -> {
            if (query.isConstructType()) {
                return qe.execConstruct().size();
            }
            long n = 0;
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
