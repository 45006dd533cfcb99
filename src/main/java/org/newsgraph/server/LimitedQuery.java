package org.newsgraph.server;

import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.web.HttpSC;
import org.newsgraph.common.NewsGraphException.QueryException;
import org.newsgraph.store.Queries;

/**
 * Fuseki's SPARQL query operation with newsgraph's limits on every request:
 * <ul>
 *   <li>a query longer than {@code maxQueryBytes} is refused (413) before it is parsed: parsing and planning
 *       are not interrupted by the time limit, and cost in proportion to the query's length (Jena plans a
 *       130,000-value {@code IN} list, 0.9 MB, in about 30 s);</li>
 *   <li>a syntax error is answered 400 with its line, column and token in words;</li>
 *   <li>a federated query is refused unless its endpoints are allowed ({@link ServicePolicy});</li>
 *   <li>the time limit counts from the request's arrival: the time spent waiting for a turn
 *       ({@link QueryGate}), parsing and planning is taken from what the execution gets, and a query whose time
 *       is up before it runs is answered 503 at once;</li>
 *   <li>a query without a {@code LIMIT}, or with a larger one, is run with {@code LIMIT maxRows}: for a SELECT
 *       the number of rows, for a CONSTRUCT or DESCRIBE the number of solutions the template is filled from.
 *       The request's query is left as it came; only the execution gets the lowered limit.</li>
 * </ul>
 */
final class LimitedQuery extends SPARQL_QueryDataset {

    /** The request attribute holding the {@link System#nanoTime()} at which newsgraph first saw the request. */
    static final String ARRIVAL = "newsgraph.arrival";

    private final long maxRows;
    private final long maxQueryBytes;
    private final long timeoutMillis;
    private final QueryGate gate;
    private final ServicePolicy services;

    LimitedQuery(long maxRows, long maxQueryBytes, long timeoutMillis, QueryGate gate, ServicePolicy services) {
        this.maxRows = maxRows;
        this.maxQueryBytes = maxQueryBytes;
        this.timeoutMillis = timeoutMillis;
        this.gate = gate;
        this.services = services;
    }

    /** When the request arrived, as {@link System#nanoTime()}; now, when nothing recorded it earlier. */
    static long arrival(HttpAction action) {
        Object at = action.getRequest().getAttribute(ARRIVAL);
        if (at instanceof Long nanos) {
            return nanos;
        }
        long now = System.nanoTime();
        action.getRequest().setAttribute(ARRIVAL, now);
        return now;
    }

    private long deadline(HttpAction action) {
        return arrival(action) + timeoutMillis * 1_000_000L;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() * 3L > maxQueryBytes
                && queryString.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLong(maxQueryBytes));
        }
        if (queryString != null) {
            try {
                // Parsed here first to say what is wrong in words; Fuseki parses it again to run it.
                Query query = Queries.parse(queryString, "query");
                String refusal = services.check(query);
                if (refusal != null) {
                    ServletOps.errorBadRequest(refusal);
                }
            } catch (QueryException e) {
                ServletOps.errorBadRequest(e.getMessage());
            }
        }
        Runnable leave;
        try {
            leave = gate.enter(deadline(action));
        } catch (QueryGate.Busy e) {
            action.getResponse().setHeader("Retry-After", "1");
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the server is stopping");
            return;
        }
        try {
            super.execute(queryString, action);
        } finally {
            leave.run();
        }
    }

    /** The message for a query longer than the server takes. */
    static String tooLong(long maxQueryBytes) {
        return "the query is longer than this server accepts (" + maxQueryBytes + " bytes): a query that long "
                + "takes longer to read and plan than its time limit allows. Start the server with "
                + "--max-query-size to change the limit";
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long left = (deadline(action) - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        // Fuseki reads the limit from the request's own copy of the dataset's context; a ?timeout= can only
        // lower it. A SERVICE call gets what is left as its HTTP timeout.
        action.getContext().set(ARQ.queryTimeout, Long.toString(left));
        action.getContext().set(ARQ.httpQueryTimeout, left);
        Query capped = query;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            capped = query.cloneQuery();
            capped.setLimit(maxRows);
        }
        return super.createQueryExec(action, capped, dataset);
    }
}
