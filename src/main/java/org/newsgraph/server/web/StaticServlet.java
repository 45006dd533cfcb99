package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the pages' style sheet and scripts from the jar, and the graph-drawing library from its
 * webjar: a fixed list of files, nothing fetched from elsewhere at run time.
 */
final class StaticServlet extends HttpServlet {

    /** The ECharts build the entity page draws with, as packaged in the pinned webjar. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final Map<String, String> FILES = Map.of(
            "newsgraph.css", "/web/static/newsgraph.css",
            "article.js", "/web/static/article.js",
            "entity-graph.js", "/web/static/entity-graph.js",
            "sparql-ui.js", "/web/static/sparql-ui.js",
            "echarts.min.js", ECHARTS);

    private final transient Map<String, byte[]> cache = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        String name = info == null ? "" : info.substring(1);
        String resource = FILES.get(name);
        byte[] body = resource == null ? null : cache.computeIfAbsent(name, n -> load(resource));
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType((name.endsWith(".css") ? "text/css" : "text/javascript") + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] load(String resource) {
        try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is the jar complete?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
