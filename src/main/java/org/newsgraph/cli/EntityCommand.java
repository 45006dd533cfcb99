package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Prints everything known about an entity across articles: names and aliases, roles over "
                + "time, meetings, quotes, candidate identities and the articles it appears in.",
                "NAME matches a name or alias in any case; failing that, names that contain it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:found", "1:no entity of that name", "2:usage error"})
final class EntityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name to look up (words are joined).")
    List<String> words;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = String.join(" ", words);
        try (NewsStore store = db.openExisting()) {
            List<QuerySolution> found = rows(store, "profile-lookup",
                    Map.of("name", ResourceFactory.createPlainLiteral(name)));
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("newsgraph: no entity named '" + name + "' in " + db.directory);
                return Main.REJECTED;
            }
            boolean exact = found.get(0).getLiteral("exactMatch").getInt() == 1;
            List<QuerySolution> shown = exact
                    ? found.stream().filter(r -> r.getLiteral("exactMatch").getInt() == 1).toList()
                    : found.subList(0, Math.min(5, found.size()));
            for (QuerySolution e : shown) {
                profile(store, e, out);
            }
            if (!exact && found.size() > shown.size()) {
                out.printf("(%d more entities contain '%s')%n", found.size() - shown.size(), name);
            }
        }
        out.flush();
        return Main.OK;
    }

    private static void profile(NewsStore store, QuerySolution e, PrintWriter out) {
        String iri = e.getResource("entity").getURI();
        Map<String, RDFNode> bind = Map.of("entity", ResourceFactory.createResource(iri));
        out.printf("%s  (%s, %d articles)%n", e.getLiteral("label").getString(), local(e.getResource("type").getURI()),
                e.getLiteral("articles").getInt());
        out.println("  " + iri);
        List<String> aliases = new ArrayList<>();
        rows(store, "profile-aliases", bind).forEach(r -> aliases.add(r.getLiteral("alias").getString()));
        if (!aliases.isEmpty()) {
            out.println("  also: " + String.join("; ", aliases));
        }
        section(out, "roles", rows(store, "profile-roles", bind), r -> join(
                text(r, "published"), text(r, "role"), text(r, "organization").isEmpty() ? "" : "of " + text(r, "organization"),
                text(r, "qualifier").equals("current") ? "" : "(" + text(r, "qualifier") + ")", "[" + text(r, "article") + "]"));
        section(out, "meetings", rows(store, "profile-meetings", bind), r -> join(
                text(r, "date"), text(r, "kind"), "(" + text(r, "status") + ")",
                text(r, "location").isEmpty() ? "" : "in " + text(r, "location"),
                text(r, "with").isEmpty() ? "" : "with " + text(r, "with"), "[" + text(r, "article") + "]"));
        section(out, "quotes", rows(store, "profile-quotes", bind), r -> join(
                "\u201C" + abbreviate(text(r, "quote"), 160) + "\u201D", text(r, "verb"),
                text(r, "to").isEmpty() ? "" : "to " + text(r, "to"), "[" + text(r, "article") + "]"));
        section(out, "may be", rows(store, "profile-links", bind), r -> join(
                text(r, "name"), String.format("%.2f", r.getLiteral("confidence").getDouble()),
                "[" + text(r, "article") + "]"));
        section(out, "articles", rows(store, "profile-articles", bind), r -> join(
                text(r, "published"), text(r, "article"), text(r, "headline")));
        out.println();
    }

    private static List<QuerySolution> rows(NewsStore store, String query, Map<String, RDFNode> bind) {
        List<QuerySolution> rows = new ArrayList<>();
        store.select(Queries.bundled(query), bind).forEachRemaining(rows::add);
        return rows;
    }

    private static void section(PrintWriter out, String title, List<QuerySolution> rows,
                                java.util.function.Function<QuerySolution, String> line) {
        if (rows.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        rows.stream().map(line).distinct().forEach(l -> out.println("    " + l));
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
