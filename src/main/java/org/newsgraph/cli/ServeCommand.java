package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.inbox.Inbox;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dataset over SPARQL at http://HOST:PORT/newsgraph/sparql.",
                "Read-only and on 127.0.0.1 unless told otherwise; every query has a time limit and a cap on "
                        + "its number of results.",
                "With --inbox DIR, files dropped into DIR are ingested by the server itself (the dataset can "
                        + "be opened by one process only, so a separate 'ingest' cannot write to it meanwhile)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    ServerOptions server;

    @Mixin
    ExtractorsOption extractors;

    @Mixin
    TextRootOption textRoots;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Watch DIR and ingest every .jsonl, .json, .txt or .html file put there; each file is moved "
                    + "to DIR/done (or DIR/rejected, with a .log beside it, when some of it was rejected).")
    Path inbox;

    @Override
    public Integer call() throws IOException {
        NewsServer.Builder builder = server.builder();
        server.requirePortFree();
        // A server that only reads needs a dataset to read; one that takes articles in may start empty.
        boolean writes = inbox != null || server.allowUpdate;
        boolean created = writes && !NewsStore.isDataset(db.directory);
        try (NewsStore store = writes ? db.open() : db.openExisting();
             NewsServer s = server.start(builder.dataset(store.dataset()));
             Inbox watcher = inbox == null ? null
                     : Inbox.start(inbox, store, IngestRunner.threads(), textRoots.reader(),
                             extractors.names())) {
            var out = spec.commandLine().getOut();
            if (created) {
                out.println("newsgraph: created an empty dataset in " + db.directory);
            }
            out.println("newsgraph: serving " + db.directory + " at " + s.datasetUrl());
            out.println("  SPARQL endpoint: " + s.sparqlUrl());
            out.println("  Web pages:       " + s.webUrl());
            if (s.allowsUpdate()) {
                out.println("  SPARQL Update:   " + s.updateUrl() + "   (HTTP basic authentication as '"
                        + server.user + "')");
            }
            if (!s.host().equals(NewsServer.LOOPBACK) && !s.host().equals("localhost")) {
                out.println("  Listening on " + s.host() + ": anyone who can reach this machine can query it"
                        + (s.allowsUpdate() ? ", and the update password travels in clear text: put the server "
                        + "behind TLS." : "."));
            }
            if (watcher != null) {
                out.println("  Inbox:           " + inbox.toAbsolutePath() + "   (files put there are ingested)");
            }
            out.println("  Press Ctrl-C to stop.");
            out.flush();
            s.join();
        }
        return Main.OK;
    }

    /** Server options shared by {@code serve} and {@code demo}. */
    static final class ServerOptions {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        /** The environment variable that may hold the update password. */
        static final String PASSWORD_VARIABLE = "NEWSGRAPH_PASSWORD";

        @Option(names = "--host", defaultValue = NewsServer.LOOPBACK, paramLabel = "HOST",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
                description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "Time limit of every query (default: ${DEFAULT-VALUE} s).")
        int timeoutSeconds;

        @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
                description = "Most results one query returns (default: ${DEFAULT-VALUE}).")
        long maxRows;

        @Option(names = "--max-query-size", defaultValue = "" + NewsServer.DEFAULT_MAX_QUERY_BYTES, paramLabel = "BYTES",
                description = "Longest query or update accepted (default: ${DEFAULT-VALUE} bytes); parsing and "
                        + "planning a longer one could outlast the time limit.")
        long maxQueryBytes;

        @Option(names = "--allow-service", paramLabel = "ENDPOINT",
                description = {"Allow federated queries (SERVICE) to this endpoint IRI (repeatable). Without it "
                        + "every SERVICE is refused: the server fetches nothing for a client.",
                        "An allowed call counts against the query's time limit."})
        List<String> services = List.of();

        @Option(names = "--allow-update", description = {"Accept SPARQL Update and Graph Store writes, from an "
                + "authenticated user only (HTTP basic authentication).",
                "The password comes from --password-file or the " + PASSWORD_VARIABLE + " environment "
                        + "variable; there is no default one."})
        boolean allowUpdate;

        @Option(names = "--user", defaultValue = "newsgraph", paramLabel = "NAME",
                description = "User name for updates (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File whose first line is the update password.")
        Path passwordFile;

        /** The server settings, checked: a usage error when updates are allowed without a password. */
        NewsServer.Builder builder() {
            if (timeoutSeconds < 1) {
                throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
            }
            if (maxRows < 1) {
                throw new ParameterException(spec.commandLine(), "--max-rows must be positive");
            }
            if (maxQueryBytes < 1) {
                throw new ParameterException(spec.commandLine(), "--max-query-size must be positive");
            }
            for (String endpoint : services) {
                if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                    throw new ParameterException(spec.commandLine(), "--allow-service takes an http: or https: "
                            + "endpoint, not " + endpoint);
                }
            }
            NewsServer.Builder b = NewsServer.create().host(host).port(port)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).maxQueryBytes(maxQueryBytes)
                    .allowServices(services).allowUpdate(allowUpdate);
            if (allowUpdate) {
                b.credentials(user, password());
            } else if (passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--password-file is only used with --allow-update");
            }
            return b;
        }

        NewsServer build(NewsStore store) {
            return builder().dataset(store.dataset()).build();
        }

        /**
         * Fails at once, naming the port and what to do, when the port is taken: asked before anything slow
         * (opening or loading a dataset) is done.
         */
        void requirePortFree() {
            if (NewsServer.portInUse(host, port)) {
                throw new NewsGraphException(portTaken());
            }
        }

        /** Builds and starts the server; a port taken meanwhile gets the same message. */
        NewsServer start(NewsServer.Builder configured) {
            try {
                return configured.build().start();
            } catch (NewsServer.PortInUseException e) {
                throw new NewsGraphException(portTaken(), e);
            }
        }

        private String portTaken() {
            return "port " + port + " on " + host + " is already in use (another newsgraph serve or demo?): "
                    + "give another with --port N, or --port 0 to pick a free one";
        }

        private String password() {
            String password;
            if (passwordFile != null) {
                try {
                    password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst()
                            .orElse("");
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(),
                            "cannot read --password-file " + passwordFile + ": " + e.getMessage());
                }
            } else {
                password = System.getenv(PASSWORD_VARIABLE);
            }
            if (password == null || password.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--allow-update needs a password: give "
                        + "--password-file FILE or set " + PASSWORD_VARIABLE + " (there is no default password)");
            }
            return password;
        }
    }
}
