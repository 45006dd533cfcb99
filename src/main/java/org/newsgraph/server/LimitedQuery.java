package org.newsgraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with a cap on the size of every answer: a query without a {@code LIMIT},
 * or with a larger one, is run with {@code LIMIT maxRows}. For a SELECT that is the number of rows; for a
 * CONSTRUCT or DESCRIBE, the number of solutions the template is filled from. The request's query is left
 * as it came; only the execution gets the lowered limit.
 */
final class LimitedQuery extends SPARQL_QueryDataset {

    private final long maxRows;

    LimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = query;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            capped = query.cloneQuery();
            capped.setLimit(maxRows);
        }
        return super.createQueryExec(action, capped, dataset);
    }
}
