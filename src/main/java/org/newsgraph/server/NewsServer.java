package org.newsgraph.server;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.server.web.WebPages;

/**
 * An embedded Fuseki serving the newsgraph dataset at {@code /newsgraph}: SPARQL query at
 * {@code /newsgraph/sparql} (and {@code /newsgraph/query}), the Graph Store Protocol read-only at
 * {@code /newsgraph/get} and {@code /newsgraph/data}.
 *
 * <p>Safe by default: bound to 127.0.0.1, read-only (SPARQL Update and Graph Store writes are refused)
 * unless {@link Builder#allowUpdate(boolean)}, every query stopped after the time limit, and no admin
 * endpoints.
 *
 * <pre>{@code
 * NewsServer server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
 * String endpoint = server.sparqlUrl();
 * }</pre>
 */
public final class NewsServer implements AutoCloseable {

    public static final String DATASET_NAME = "/newsgraph";
    public static final String LOOPBACK = "127.0.0.1";

    private final FusekiServer fuseki;
    private final String host;

    private NewsServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder create() {
        return new Builder();
    }

    public NewsServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/newsgraph}. */
    public String datasetUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = LOOPBACK;
        }
        return "http://" + h + ":" + port() + DATASET_NAME;
    }

    /** The web pages' home, e.g. {@code http://127.0.0.1:3030/}. */
    public String webUrl() {
        return datasetUrl().substring(0, datasetUrl().length() - DATASET_NAME.length()) + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
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
        private Duration timeout = Duration.ofSeconds(30);

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

        /** Whether SPARQL Update and Graph Store writes are accepted; false by default. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
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

        public NewsServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset");
            }
            String millis = Long.toString(timeout.toMillis());
            dataset.getContext().set(ARQ.queryTimeout, millis);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .add(DATASET_NAME, dataset, allowUpdate)
                    .enablePing(true);
            FusekiServer fuseki = WebPages.mount(fb, dataset, DATASET_NAME).build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new NewsServer(fuseki, host);
        }
    }
}
