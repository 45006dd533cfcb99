package org.newsgraph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The Graph Store Protocol, read-only, with the same default graph as SPARQL: the union of every article's
 * graph. TDB2's union default graph is a setting of query execution only, so a plain {@code GET ?default}
 * would answer the stored default graph, which newsgraph leaves empty. A request for the whole dataset as
 * quads (no {@code ?default}, no {@code ?graph}) still gets each article graph once, under its own name.
 */
final class UnionGraphStore extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph stored = super.decideDataset(action);
        if (isQuads(action)) {
            return stored;
        }
        return new DatasetGraphWrapper(stored) {
            @Override
            public Graph getDefaultGraph() {
                return stored.getUnionGraph();
            }
        };
    }
}
