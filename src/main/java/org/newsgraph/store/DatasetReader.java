package org.newsgraph.store;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Read-only access to a dataset for code outside the store (the web pages): work runs inside one read
 * transaction, so it sees one state of the store however many queries it runs, and queries get their values
 * bound by SPARQL substitution, never by pasting strings. Nothing here writes.
 */
public final class DatasetReader {

    private final Dataset dataset;

    public DatasetReader(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** Runs {@code work} inside one read transaction and returns what it returns. */
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
    }

    /**
     * An execution of {@code query} over the dataset with {@code bindings} substituted; call it inside
     * {@link #read} and close it there.
     */
    public QueryExecution execution(Query query, Map<String, ? extends RDFNode> bindings) {
        var builder = QueryExecution.dataset(dataset).query(query);
        bindings.forEach(builder::substitution);
        return builder.build();
    }
}
