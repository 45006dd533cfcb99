package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Measures the SPARQL endpoint under load: CLIENTS concurrent clients send the contract queries "
                + "(roles, meetings, entities, dates) in turn, over HTTP, for SECONDS seconds or at most MAX queries, "
                + "and the throughput, latency percentiles and error count are reported.",
                "Starts its own server on 127.0.0.1 over --db, or loads a running one given by --endpoint (which "
                        + "must be on this machine). Exit code 0 when no query failed, 1 otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every query answered 200", "1:some query failed", "2:usage error"})
final class LoadTestCommand implements Callable<Integer> {

    static final List<String> CONTRACT_QUERIES = List.of("roles", "meetings", "entities", "dates");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "The TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Load this running endpoint instead (a loopback address only), "
                    + "e.g. http://127.0.0.1:3030/newsgraph/sparql.")
    URI endpoint;

    @Option(names = "--clients", defaultValue = "16", paramLabel = "N",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S",
            description = "How long to measure (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S",
            description = "Seconds of load before measuring, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--max-queries", defaultValue = "1000000", paramLabel = "MAX",
            description = "Stop after this many measured queries (default: ${DEFAULT-VALUE}).")
    long maxQueries;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "The server's time limit per query, when it starts its own (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 256 || seconds < 1 || warmup < 0 || maxQueries < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--clients 1..256, --seconds >= 1, --warmup >= 0, --max-queries >= 1, --timeout >= 1");
        }
        if (endpoint != null) {
            requireLoopback(endpoint);
            return measure(endpoint);
        }
        try (NewsStore store = NewsStore.open(db);
             NewsServer server = NewsServer.create().dataset(store.dataset()).host(NewsServer.LOOPBACK).port(0)
                     .timeout(Duration.ofSeconds(timeoutSeconds)).build().start()) {
            spec.commandLine().getOut().printf("dataset %s: %d articles, %d quads%n", db,
                    store.graphNames().size(), store.size());
            return measure(URI.create(server.sparqlUrl()));
        }
    }

    private void requireLoopback(URI url) {
        try {
            if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
                throw new ParameterException(spec.commandLine(), "--endpoint must be on this machine (127.0.0.1)");
            }
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint host unknown: " + url.getHost());
        }
    }

    /** One query's outcome, for the report. */
    private record Sample(int query, long nanos, boolean ok) {
    }

    private int measure(URI url) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> bodies = new ArrayList<>();
        for (String name : CONTRACT_QUERIES) {
            bodies.add("query=" + URLEncoder.encode(Queries.bundled(name).serialize(), StandardCharsets.UTF_8));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long measureTo = measureFrom + Duration.ofSeconds(seconds).toNanos();
        AtomicLong budget = new AtomicLong(maxQueries);
        List<List<Sample>> perClient = new ArrayList<>();
        ConcurrentHashMap<String, Long> errorKinds = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        out.printf("load: %d clients, %d s (after %d s warm-up), at most %d queries, against %s%n", clients, seconds,
                warmup, maxQueries, url);
        out.flush();
        for (int c = 0; c < clients; c++) {
            List<Sample> samples = new ArrayList<>();
            perClient.add(samples);
            int first = c;
            Thread t = new Thread(() -> {
                int i = first;
                while (true) {
                    long now = System.nanoTime();
                    if (now >= measureTo) {
                        return;
                    }
                    boolean measured = now >= measureFrom;
                    if (measured && budget.decrementAndGet() < 0) {
                        return;
                    }
                    int q = i++ % bodies.size();
                    boolean ok = send(http, url, bodies.get(q), errorKinds);
                    if (measured) {
                        samples.add(new Sample(q, System.nanoTime() - now, ok));
                    }
                }
            }, "newsgraph-load-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = Math.max(1e-9, (Math.min(System.nanoTime(), measureTo) - measureFrom) / 1e9);
        List<Sample> all = perClient.stream().flatMap(List::stream).toList();
        long errors = all.stream().filter(s -> !s.ok()).count();
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s%n", "query", "count", "p50 ms", "p90 ms", "p99 ms",
                "max ms");
        for (int q = 0; q < CONTRACT_QUERIES.size(); q++) {
            int query = q;
            row(out, CONTRACT_QUERIES.get(q), all.stream().filter(s -> s.query() == query).toList());
        }
        row(out, "all", all);
        out.printf(Locale.ROOT, "throughput %.1f queries/s over %.1f s, %d queries, %d errors%n",
                all.size() / elapsed, elapsed, all.size(), errors);
        errorKinds.forEach((kind, n) -> out.printf("  error %s: %d%n", kind, n));
        out.flush();
        return errors == 0 && !all.isEmpty() ? BenchMain.OK : BenchMain.FAILED;
    }

    private static void row(PrintWriter out, String name, List<Sample> samples) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        out.printf(Locale.ROOT, "%-10s %9d %9.1f %9.1f %9.1f %9.1f%n", name, nanos.length, percentile(nanos, 50),
                percentile(nanos, 90), percentile(nanos, 99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    /** Sends one query and reads the whole answer; true when it came back 200. */
    private static boolean send(HttpClient http, URI url, String body, ConcurrentHashMap<String, Long> errorKinds) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                errorKinds.merge("HTTP " + response.statusCode(), 1L, Long::sum);
                return false;
            }
            return true;
        } catch (IOException e) {
            errorKinds.merge(e.getClass().getSimpleName(), 1L, Long::sum);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errorKinds.merge("interrupted", 1L, Long::sum);
            return false;
        }
    }
}
