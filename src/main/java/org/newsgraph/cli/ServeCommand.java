package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
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

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Watch DIR and ingest every .jsonl, .json, .txt or .html file put there; each file is moved "
                    + "to DIR/done (or DIR/rejected, with a .log beside it, when some of it was rejected).")
    Path inbox;

    @Override
    public Integer call() throws IOException {
        NewsServer.Builder builder = server.builder();
        try (NewsStore store = NewsStore.open(db.directory);
             NewsServer s = builder.dataset(store.dataset()).build().start();
             Inbox watcher = inbox == null ? null : Inbox.start(inbox, store, IngestRunner.threads(), extractors.names())) {
            var out = spec.commandLine().getOut();
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
            NewsServer.Builder b = NewsServer.create().host(host).port(port)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).allowUpdate(allowUpdate);
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
