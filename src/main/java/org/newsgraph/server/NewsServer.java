package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.server.web.WebPages;

/**
 * An embedded Fuseki serving the newsgraph dataset at {@code /newsgraph}: SPARQL query at
 * {@code /newsgraph/sparql} (and {@code /newsgraph/query}, and {@code /newsgraph} itself), the Graph Store
 * Protocol read-only at {@code /newsgraph/get}, where the default graph is, as in SPARQL, the union of the
 * article graphs.
 *
 * <p>Safe by default:
 * <ul>
 *   <li>bound to 127.0.0.1;</li>
 *   <li>read-only: SPARQL Update and Graph Store writes have no endpoint; they are refused with a 403 that
 *       says the endpoint is read-only and how to start one that is not.
 *       With {@link Builder#allowUpdate(boolean)} they are served at {@code /newsgraph/update} and
 *       {@code /newsgraph/data}, and only to a client that logs in with HTTP basic authentication as the
 *       one user given by {@link Builder#credentials(String, String)}; {@link Builder#build()} refuses to
 *       build a writable server without credentials. Queries stay open to everyone.</li>
 *   <li>every query stopped after the time limit: the limit goes into the dataset's context
 *       ({@code ARQ.queryTimeout}), which is where Fuseki reads it for each request; a client's own
 *       {@code ?timeout=} can only make it shorter;</li>
 *   <li>at most {@link Builder#maxRows(long) maxRows} results per query (a larger or missing
 *       {@code LIMIT} is lowered to it);</li>
 *   <li>a query's time limit counts from its arrival; a few queries run at once and a few more wait, so that
 *       a burst is answered 503 at once rather than late ({@link Builder#concurrency});</li>
 *   <li>queries (and updates) longer than {@link Builder#maxQueryBytes} are refused before they are parsed;</li>
 *   <li>no federated query ({@code SERVICE}) unless its endpoint is allowed ({@link Builder#allowServices});
 *       no {@code LOAD} of anything but an http(s) address;</li>
 *   <li>syntax errors answered with their line, column and token in words;</li>
 *   <li>no admin endpoints, no web UI, no files written: Fuseki's work area ({@code FUSEKI_BASE}) is only
 *       used by modules newsgraph does not load.</li>
 * </ul>
 *
 * <p>The builder stays open to extension: {@link Builder#addServlet} and {@link Builder#addFilter} mount
 * more pages beside the endpoint (e.g. a web UI), {@link Builder#configure} reaches the underlying Fuseki
 * builder for anything else.
 *
 * <pre>{@code
 * NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
 * String endpoint = server.sparqlUrl();
 * }</pre>
 */
public final class NewsServer implements AutoCloseable {

    public static final String DATASET_NAME = "/newsgraph";
    public static final String LOOPBACK = "127.0.0.1";
    /** The default cap on the number of results of one query. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /**
     * The default cap on the length of one query or update, in bytes. Parsing and planning a query are not
     * stopped by the time limit and grow with its length, faster than in proportion for long lists of values:
     * a 0.27 MB {@code IN} list of 40,000 values took 1.2-4 s to parse and plan, a 0.9 MB one of 130,000 values
     * 24-35 s (2 shared cores). A quarter of a megabyte keeps that within a few seconds.
     */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;

    private final FusekiServer fuseki;
    private final String host;
    private final int configuredPort;
    private final boolean allowUpdate;

    private NewsServer(FusekiServer fuseki, String host, int configuredPort, boolean allowUpdate) {
        this.fuseki = fuseki;
        this.host = host;
        this.configuredPort = configuredPort;
        this.allowUpdate = allowUpdate;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts the server. A port already taken is reported in one line that names it, not as Jetty's bind
     * exception.
     */
    public NewsServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new PortInUseException(host, configuredPort, e);
                }
            }
            throw e;
        }
        return this;
    }

    /**
     * Whether something already listens on {@code port} at {@code host}, so that a server could not start
     * there: asked before slow work (loading a dataset) so that the answer comes at once. Port 0 is never
     * taken (the system picks a free one).
     */
    public static boolean portInUse(String host, int port) {
        if (port == 0) {
            return false;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** The server could not start because its port is taken. */
    public static final class PortInUseException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use (another newsgraph serve or demo?)", cause);
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** Whether SPARQL Update and Graph Store writes are served (to the authenticated user only). */
    public boolean allowsUpdate() {
        return allowUpdate;
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/newsgraph}. */
    public String datasetUrl() {
        return serverUrl() + DATASET_NAME.substring(1);
    }

    /** The server's base URL, ending in {@code /}. */
    public String serverUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) {
            h = LOOPBACK;
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The web pages' home, e.g. {@code http://127.0.0.1:3030/}. */
    public String webUrl() {
        return serverUrl();
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The SPARQL Update endpoint (answers only when updates are allowed). */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** The Graph Store Protocol endpoint for reading. */
    public String graphStoreReadUrl() {
        return datasetUrl() + "/get";
    }

    /** The Graph Store Protocol endpoint for writing (answers only when updates are allowed). */
    public String graphStoreUrl() {
        return datasetUrl() + "/data";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Options for the server; {@link #build()} checks them. */
    public static final class Builder {
        private Dataset dataset;
        private String host = LOOPBACK;
        private int port = 3030;
        private boolean allowUpdate;
        private String user;
        private String password;
        private Duration timeout = Duration.ofSeconds(30);
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private int maxRunning = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int maxWaiting = -1;
        private List<String> services = List.of();
        private final List<Consumer<FusekiServer.Builder>> extensions = new ArrayList<>();

        private Builder() {
        }

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The address to listen on; 127.0.0.1 unless told otherwise. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Whether SPARQL Update and Graph Store writes are accepted; false by default. When true,
         * {@link #credentials} must be given too.
         */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The one user who may update, with HTTP basic authentication. There is no default password. */
        public Builder credentials(String user, String password) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isBlank() || user.contains(":")) {
                throw new IllegalArgumentException("user name must be non-blank and without ':'");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("password is empty");
            }
            this.user = user;
            this.password = password;
            return this;
        }

        /** The time limit of every query. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The most results one query returns; a query asking for more (or for all) gets this many. */
        public Builder maxRows(long maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be positive");
            }
            this.maxRows = maxRows;
            return this;
        }

        /** The longest query (or update) accepted, in bytes of UTF-8; a longer one is answered 413. */
        public Builder maxQueryBytes(long maxQueryBytes) {
            if (maxQueryBytes < 1) {
                throw new IllegalArgumentException("maxQueryBytes must be positive");
            }
            this.maxQueryBytes = maxQueryBytes;
            return this;
        }

        /**
         * How many queries run at once, and how many more may wait for a turn (by default four times as many
         * as run). A query that finds the waiting line full is answered 503 at once; one that waits is answered
         * 503 when its time limit runs out in the line.
         */
        public Builder concurrency(int running, int waiting) {
            if (running < 1 || waiting < 0) {
                throw new IllegalArgumentException("running must be positive and waiting not negative");
            }
            this.maxRunning = running;
            this.maxWaiting = waiting;
            return this;
        }

        /**
         * The endpoints a federated query ({@code SERVICE}) may call, by exact IRI. None by default: every
         * {@code SERVICE} is refused. An allowed call gets the query's time limit as its HTTP timeout.
         */
        public Builder allowServices(List<String> endpoints) {
            Objects.requireNonNull(endpoints, "endpoints");
            endpoints.forEach(e -> Objects.requireNonNull(e, "endpoint"));
            this.services = List.copyOf(endpoints);
            return this;
        }

        /** Mounts a servlet beside the endpoint, e.g. {@code "/ui/*"}. */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(servlet, "servlet");
            extensions.add(b -> b.addServlet(pathSpec, servlet));
            return this;
        }

        /** Adds a servlet filter in front of the endpoint and the servlets. */
        public Builder addFilter(String pathSpec, Filter filter) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(filter, "filter");
            extensions.add(b -> b.addFilter(pathSpec, filter));
            return this;
        }

        /**
         * Anything else the underlying Fuseki builder offers, applied after newsgraph's own settings (so an
         * extension can also undo them: use with care).
         */
        public Builder configure(Consumer<FusekiServer.Builder> extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        public NewsServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset");
            }
            if (allowUpdate && user == null) {
                throw new ConfigException("updates are allowed but no credentials are set: "
                        + "give a password (a file or NEWSGRAPH_PASSWORD), there is no default one");
            }
            keepFusekiBaseHarmless();
            // Fuseki reads the limit from the dataset's context at every request (HttpAction merges
            // Fuseki's global context with the dataset's); a per-request ?timeout= can only lower it, and
            // LimitedQuery takes from it the time the request spent before running.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            ServicePolicy servicePolicy = new ServicePolicy(services);
            servicePolicy.install(dataset.getContext(), timeout.toMillis());
            QueryGate gate = new QueryGate(maxRunning, maxWaiting >= 0 ? maxWaiting : 4 * maxRunning);

            DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R)
                    .addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query,
                            new LimitedQuery(maxRows, maxQueryBytes, timeout.toMillis(), gate, servicePolicy))
                    .registerOperation(Operation.GSP_R, new UnionGraphStore())
                    .registerOperation(Operation.Update, new GuardedUpdate(maxQueryBytes))
                    .addFilter(DATASET_NAME, new RequestGuard(DATASET_NAME, allowUpdate, maxQueryBytes))
                    .addFilter(DATASET_NAME + "/*", new RequestGuard(DATASET_NAME, allowUpdate, maxQueryBytes))
                    .enablePing(true);
            if (allowUpdate) {
                AuthPolicy writer = Auth.policyAllowSpecific(user);
                service.addEndpoint(Operation.Update, "update", writer)
                        .addEndpoint(Operation.GSP_RW, "data", writer);
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler("newsgraph",
                        JettySecurityLib.makeUserStore(user, password), AuthScheme.BASIC));
            }
            fuseki.add(DATASET_NAME, service);
            extensions.forEach(e -> e.accept(fuseki));
            WebPages.mount(fuseki, dataset, DATASET_NAME);
            FusekiServer server = fuseki.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new NewsServer(server, host, port, allowUpdate);
        }

        /**
         * Fuseki modules that keep state (admin, UI) write into {@code FUSEKI_BASE}, or into {@code ./run}
         * when it is unset. newsgraph loads none of them, but points the property at a temporary directory
         * anyway, so that nothing is ever left in the user's working directory.
         */
        private static void keepFusekiBaseHarmless() {
            if (System.getProperty("FUSEKI_BASE") == null && System.getenv("FUSEKI_BASE") == null) {
                try {
                    Path base = Files.createTempDirectory("newsgraph-fuseki-");
                    base.toFile().deleteOnExit();
                    System.setProperty("FUSEKI_BASE", base.toString());
                } catch (java.io.IOException e) {
                    throw new ConfigException("cannot create a temporary directory for Fuseki: " + e.getMessage(), e);
                }
            }
        }
    }
}
