package org.newsgraph.server.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;

/** A real TDB2 store in a temporary folder served by a real NewsServer on a free port, for the page tests. */
final class PageServer implements AutoCloseable {

    final NewsStore store;
    final NewsServer server;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    PageServer(Path dir, List<ArticleGraph> graphs) {
        this.store = WebFixtures.storeWith(dir, graphs);
        this.server = NewsServer.create().dataset(store.dataset()).port(0).build().start();
        String web = server.webUrl();
        this.base = web.substring(0, web.length() - 1);
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest r = request.build();
            // A refused write may close its connection; a fresh client keeps that from failing the next request.
            return (r.method().equals("GET") ? http : java.net.http.HttpClient.newHttpClient())
                    .send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }

    /**
     * The meetings {@code queries/meetings.rq} returns with {@code name} among the participants, each as
     * "[participants] @ location", to compare with what a page shows.
     */
    java.util.Set<String> contractMeetingsOf(String name) {
        java.util.Map<String, java.util.Set<String>> participants = new java.util.HashMap<>();
        java.util.Map<String, String> location = new java.util.HashMap<>();
        store.select(org.newsgraph.store.Queries.bundled("meetings")).forEachRemaining(s -> {
            String m = s.getResource("meeting").getURI();
            participants.computeIfAbsent(m, k -> new java.util.TreeSet<>()).add(s.getLiteral("participant").getString());
            location.put(m, s.contains("location") ? s.getLiteral("location").getString() : "");
        });
        java.util.Set<String> out = new java.util.HashSet<>();
        participants.forEach((m, p) -> {
            if (p.contains(name)) {
                out.add(p + " @ " + location.get(m));
            }
        });
        return out;
    }
}
