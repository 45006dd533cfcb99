package org.newsgraph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dataset over SPARQL at http://HOST:PORT/newsgraph/sparql.",
                "Read-only and on 127.0.0.1 unless told otherwise; every query has a time limit."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (NewsStore store = NewsStore.open(db.directory);
             NewsServer s = server.build(store).start()) {
            var out = spec.commandLine().getOut();
            out.println("newsgraph: serving " + db.directory + " at " + s.datasetUrl());
            out.println("  SPARQL endpoint: " + s.sparqlUrl());
            out.println("  Web pages:       " + s.webUrl());
            out.println("  Press Ctrl-C to stop.");
            out.flush();
            s.join();
        }
        return Main.OK;
    }

    /** Server options shared by {@code serve} and {@code demo}. */
    static final class ServerOptions {
        @Option(names = "--host", defaultValue = NewsServer.LOOPBACK, paramLabel = "HOST",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
                description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "Time limit of every query (default: ${DEFAULT-VALUE} s).")
        int timeoutSeconds;

        @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes.")
        boolean allowUpdate;

        NewsServer build(NewsStore store) {
            return NewsServer.create().dataset(store.dataset()).host(host).port(port)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).allowUpdate(allowUpdate).build();
        }
    }
}
