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
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the dataset (the default graph is the union of all articles).")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
            description = {"Binds ?VAR to VALUE before the query runs (repeatable). VALUE is read as:",
                    "  <https://...> or a bare http(s) address: an IRI, e.g. entity=<https://w3id.org/newsgraph/id/"
                            + "person/marco-rubio>;",
                    "  a prefixed name the query (or newsgraph: person:, organization:, place:, role:...) declares:"
                            + " an IRI, e.g. entity=person:marco-rubio;",
                    "  a literal in SPARQL syntax, quotes included: '\"2025-03-10\"^^xsd:date', '\"5\"^^xsd:integer';",
                    "  anything else: a plain string, e.g. name='Marco Rubio'."})
    Map<String, String> bindings = Map.of();

    @Override
    public Integer call() {
        Query query = source.file != null ? Queries.fromFile(source.file) : Queries.fromText(source.text);
        PrintStream out = System.out;
        Map<String, RDFNode> values = new java.util.HashMap<>();
        java.util.Set<String> variables = variables(query);
        for (var b : bindings.entrySet()) {
            String name = b.getKey().startsWith("?") || b.getKey().startsWith("$") ? b.getKey().substring(1) : b.getKey();
            if (!variables.contains(name)) {
                throw new ParameterException(spec.commandLine(), "--bind " + b.getKey() + "=...: the query has no "
                        + "variable ?" + name + (variables.isEmpty() ? "" : " (it has " + variables.stream().sorted()
                        .map(v -> "?" + v).collect(java.util.stream.Collectors.joining(" ")) + ")"));
            }
            try {
                values.put(name, Queries.term(b.getValue(), query.getPrefixMapping()));
            } catch (NewsGraphException e) {
                throw new ParameterException(spec.commandLine(), "--bind " + b.getKey() + ": " + e.getMessage());
            }
        }
        try (NewsStore store = db.openExisting()) {
            store.read(query, values, qe -> {
                run(qe, query, out);
                return null;
            });
        }
        out.flush();
        return Main.OK;
    }

    /** Every variable the query mentions, in its pattern or its result. */
    private static java.util.Set<String> variables(Query query) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (query.getQueryPattern() != null) {
            org.apache.jena.sparql.syntax.PatternVars.vars(query.getQueryPattern()).forEach(v -> names.add(v.getVarName()));
            // and the variables of its subqueries, which a binding reaches too ("timeline.rq" binds ?person there)
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                            names.addAll(variables(sub.getQuery()));
                        }
                    });
        }
        query.getProjectVars().forEach(v -> names.add(v.getVarName()));
        if (query.hasValues()) {
            query.getValuesVariables().forEach(v -> names.add(v.getVarName()));
        }
        return names;
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
