package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.newsgraph.IngestReport;
import org.newsgraph.common.FileTrees;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Loads the bundled articles in data/ into a fresh dataset, starts the SPARQL endpoint and "
                + "prints example queries to try."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DatabaseOption.DEMO_DEFAULT,
            description = {"Where to build the demo dataset; emptied first (default: ${DEFAULT-VALUE}).",
                    "It stays there: after the demo, other commands read it with the same --db."})
    Path directory;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The articles to load (default: the data/ folder of the newsgraph installation).")
    Path data;

    @Mixin
    ServeCommand.ServerOptions server;

    @Mixin
    ExtractorsOption extractors;

    @Mixin
    TextRootOption textRoots;

    @Option(names = "--no-wait", description = "Run the example queries over HTTP, print their results and stop.")
    boolean noWait;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("newsgraph.home", "."));
        Path input = data != null ? data : home.resolve("data");
        if (!Files.isDirectory(input)) {
            throw new NewsGraphException("no data folder at " + input + " (give one with --data)");
        }
        NewsServer.Builder configured = server.builder();
        server.requirePortFree();
        wipe(directory);
        IngestReport report;
        try (NewsStore store = NewsStore.open(directory)) {
            out.println("newsgraph demo: loading " + input + " into " + directory);
            out.flush();
            report = IngestRunner.ingest(List.of(input.toString()), textRoots.reader(seedFolder(home)), store,
                    IngestRunner.threads(), org.newsgraph.Ingestor.BATCH, 0, extractors.names(),
                    org.newsgraph.Compaction.AUTO, out, err, System.console() != null);
            try (NewsServer s = server.start(configured.dataset(store.dataset()))) {
                String endpoint = s.sparqlUrl();
                out.println();
                out.println("SPARQL endpoint: " + endpoint + "   (read-only, " + s.host() + " only)");
                out.println("Web pages:       " + s.webUrl() + "   (search, entity and article pages, SPARQL editor)");
                out.println();
                Path queries = Path.of(System.getProperty("newsgraph.home", ".")).resolve("queries").toAbsolutePath()
                        .normalize();
                out.println("Who holds which role where:");
                out.println("  curl -s " + endpoint + " --data-urlencode query@" + queries.resolve("roles.rq")
                        + " -H 'Accept: text/csv'");
                out.println("Who met whom, where and when:");
                out.println("  curl -s " + endpoint + " --data-urlencode query@" + queries.resolve("meetings.rq")
                        + " -H 'Accept: text/csv'");
                out.println();
                out.println("The dataset stays in " + directory + ". After stopping the demo (one process at a time "
                        + "may open a dataset), read it with --db:");
                out.println("  bin/newsgraph query  --db " + directory + " queries/roles.rq");
                out.println("  bin/newsgraph stats  --db " + directory);
                out.println("  bin/newsgraph serve  --db " + directory);
                out.flush();
                if (noWait) {
                    for (String name : List.of("roles", "meetings")) {
                        out.println();
                        out.println("# queries/" + name + ".rq over HTTP");
                        try (var qe = QueryExecutionHTTP.service(endpoint).query(Queries.bundled(name)).build()) {
                            out.print(ResultSetFormatter.asText(qe.execSelect()));
                        }
                    }
                    out.flush();
                } else {
                    out.println();
                    out.println("Press Ctrl-C to stop.");
                    out.flush();
                    s.join();
                }
            }
        }
        return report.allAccepted() ? Main.OK : Main.REJECTED;
    }

    /**
     * The folder the bundled seed record ({@code data/rubio-2025-03-11.json}) takes its text from: the shared
     * data folder beside the installation, where the article's text is kept because it may not be
     * redistributed (data/README.md). The demo lets its records read there, and nowhere else outside data/.
     */
    static List<Path> seedFolder(Path home) {
        Path seed = home.resolve("../shared/seed");
        return java.nio.file.Files.isDirectory(seed) ? List.of(seed) : List.of();
    }

    /** Empties a previous demo dataset; refuses to touch a folder that is not one. */
    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean isDataset;
        try (Stream<Path> entries = Files.list(dir)) {
            isDataset = entries.allMatch(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("Data-") || n.equals("tdb.lock") || n.startsWith("Backups") || n.equals(NewsStore.ANALYSES_FOLDER);
            });
        }
        if (!isDataset) {
            throw new NewsGraphException(dir + " exists and is not a newsgraph dataset; give another --db");
        }
        FileTrees.delete(dir);
    }
}
