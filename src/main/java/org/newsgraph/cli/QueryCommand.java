package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the dataset (the default graph is the union of all articles).")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "--query", paramLabel = "SPARQL", description = "The query itself.")
        String text;
    }

    enum Format { table, csv, tsv, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--bind", paramLabel = "VAR=VALUE",
            description = "Binds a variable to a plain string before the query runs, or to an IRI when the value is "
                    + "written in angle brackets: person=<https://w3id.org/newsgraph/id/person/marco-rubio> "
                    + "(repeatable).")
    Map<String, String> bindings = Map.of();

    @Override
    public Integer call() {
        Query query = source.file != null ? Queries.fromFile(source.file) : Queries.fromText(source.text);
        PrintStream out = System.out;
        Map<String, RDFNode> values = new java.util.HashMap<>();
        bindings.forEach((k, v) -> values.put(k, v.length() > 2 && v.startsWith("<") && v.endsWith(">")
                ? ResourceFactory.createResource(v.substring(1, v.length() - 1)) : ResourceFactory.createPlainLiteral(v)));
        try (NewsStore store = NewsStore.open(db.directory)) {
            store.read(query, values, qe -> {
                run(qe, query, out);
                return null;
            });
        }
        out.flush();
        return Main.OK;
    }

    private void run(QueryExecution qe, Query query, PrintStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                case table -> ResultSetFormatter.out(out, rs, query);
            }
        } else if (query.isAskType()) {
            out.println(qe.execAsk());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
    }
}
