package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetRewindable;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts articles, triples and facts by kind.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (NewsStore store = db.openExisting()) {
            out.printf("articles  %d%n", store.graphNames().size());
            out.printf("triples   %d%n", store.size());
            ResultSetRewindable rs = store.select(Queries.bundled("stats"));
            rs.forEachRemaining(row -> out.printf("%-9s %d%n", localName(row.getResource("kind").getURI()),
                    row.getLiteral("count").getLong()));
        }
        out.flush();
        return Main.OK;
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
