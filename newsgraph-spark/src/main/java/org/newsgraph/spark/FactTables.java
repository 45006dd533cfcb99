package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.Queries;

/**
 * The Parquet tables of facts, one per kind, with the columns of the contract queries
 * ({@code queries/roles.rq}, {@code meetings.rq}, {@code entities.rq}, {@code dates.rq}, {@code quotes.rq}):
 * each article's rows are those very queries run over the article's graph, so a table holds what the query
 * returns over a dataset of the same articles. IRIs and literals as strings (literals by their lexical form: an
 * {@code xsd:date} as {@code 2025-03-10}), character offsets as longs, unbound values as nulls.
 */
enum FactTables {
    ROLES("roles", "article", "person", "role", "organization"),
    MEETINGS("meetings", "article", "meeting", "participant", "location", "date"),
    ENTITIES("entities", "article", "name", "type"),
    DATES("dates", "article", "text", "begin:long", "end:long", "value"),
    QUOTES("quotes", "article", "speaker", "quote", "verb", "addressee", "begin:long");

    private final String query;
    private final String[] columns;
    private final boolean[] longs;

    FactTables(String query, String... columns) {
        this.query = query;
        this.columns = new String[columns.length];
        this.longs = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            longs[i] = columns[i].endsWith(":long");
            this.columns[i] = columns[i].replace(":long", "");
        }
    }

    /** The folder under {@code DIR/parquet/} and the query it mirrors. */
    String kind() {
        return query;
    }

    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            DataType type = longs[i] ? DataTypes.LongType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(columns[i], type, i > 0));
        }
        return DataTypes.createStructType(fields);
    }

    /** The query, parsed once per thread (a parsed query is not shared between threads). */
    private Query parsed() {
        return PARSED.get()[ordinal()];
    }

    /** Every table's rows for one article graph, in the order of {@link #values()}. */
    static List<List<Object[]>> rows(ArticleGraph graph) {
        Dataset one = DatasetFactory.create();
        one.asDatasetGraph().addGraph(NodeFactory.createURI(graph.graphIri()), graph.model().getGraph());
        List<List<Object[]>> out = new ArrayList<>();
        for (FactTables t : values()) {
            out.add(t.rows(one));
        }
        return out;
    }

    private List<Object[]> rows(Dataset dataset) {
        List<Object[]> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(parsed()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Object[] values = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    RDFNode n = row.get(columns[i]);
                    if (n == null) {
                        values[i] = null;
                    } else if (longs[i]) {
                        values[i] = n.asLiteral().getLong();
                    } else {
                        values[i] = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
                    }
                }
                out.add(values);
            }
        }
        return out;
    }

    /** The contract queries, read from the core jar once per thread. */
    private static final ThreadLocal<Query[]> PARSED = ThreadLocal.withInitial(() -> {
        Query[] queries = new Query[values().length];
        for (FactTables t : values()) {
            queries[t.ordinal()] = Queries.bundled(t.query);
        }
        return queries;
    });
}
