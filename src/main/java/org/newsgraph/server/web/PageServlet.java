package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.newsgraph.rdf.NG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers GET for the pages: {@code /}, {@code /search?q=}, {@code /entity/KEY} (or {@code /entity?iri=}),
 * {@code /article/ID} (or {@code /article?id=}), {@code /article/ID.ttl}, {@code /conflicts}, {@code /sparql-ui}. Every other
 * method is refused: the pages only read. Each answer carries a Content-Security-Policy that allows scripts
 * from this server only, and a Server-Timing header with the time spent: wall clock ({@code page}), the
 * request thread's CPU time ({@code cpu}) and each query's.
 */
final class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final transient HomePage home;
    private final transient EntityPage entity;
    private final transient ArticlePage article;
    private final transient SparqlPage sparql;
    private final transient SummaryViews conflicts;

    PageServlet(GraphReader reader, String datasetPath) {
        this.home = new HomePage(reader);
        this.entity = new EntityPage(reader);
        this.article = new ArticlePage(reader, datasetPath);
        this.sparql = new SparqlPage(datasetPath + "/sparql");
        this.conflicts = new SummaryViews(reader);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        GraphReader.drainTimings();
        String servletPath = req.getServletPath();
        String info = req.getPathInfo();
        String path = servletPath + (info == null ? "" : info);
        try {
            req.getParameterMap();
        } catch (RuntimeException e) {
            // A malformed escape (%zz) or encoding in the query string: the client's error.
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            send(resp, "text/html", Html.page("Bad request", "error", main -> {
                main.appendElement("h1").text("Bad request");
                main.appendElement("p").text("The address holds a malformed %-escape; escape a literal % as %25.");
            }), start, cpuStart);
            return;
        }
        String html;
        try {
            if (path.isEmpty() || path.equals("/")) {
                html = home.render();
            } else if (path.equals("/search")) {
                html = home.search(req.getParameter("q"));
            } else if (path.equals("/conflicts")) {
                html = conflicts.conflicts();
            } else if (path.equals("/sparql-ui")) {
                html = sparql.render();
            } else if (servletPath.equals("/entity")) {
                String iri = req.getParameter("iri");
                if (iri == null && info != null && info.length() > 1) {
                    iri = NG.entityIri(info.substring(1));
                }
                html = iri == null ? null : entity.render(iri);
            } else if (servletPath.equals("/article")) {
                String id = req.getParameter("id");
                if (id == null && info != null && info.length() > 1) {
                    id = info.substring(1);
                }
                boolean turtle = "ttl".equals(req.getParameter("format"));
                if (id != null && req.getParameter("id") == null && id.endsWith(".ttl")) {
                    id = id.substring(0, id.length() - 4);
                    turtle = true;
                }
                if (turtle && id != null) {
                    if (article.turtle(id, () -> stream(resp, "text/turtle", start, cpuStart))) {
                        return;
                    }
                    html = null;
                } else {
                    html = id == null ? null : article.render(id);
                }
            } else {
                html = null;
            }
        } catch (RuntimeException e) {
            LOG.warn("page {} failed: {}", path, e.toString());
            resp.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            send(resp, "text/html", Html.page("Error", "error", main -> {
                main.appendElement("h1").text("Something went wrong");
                main.appendElement("p").text(String.valueOf(e.getMessage()));
            }), start, cpuStart);
            return;
        }
        if (html == null) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            String shown = path;
            html = Html.page("Not found", "not-found", main -> {
                main.appendElement("h1").text("Not found");
                Element p = main.appendElement("p").appendText("Nothing in the graph at ");
                p.appendElement("code").text(shown);
                p.appendText(".");
            });
        }
        send(resp, "text/html", html, start, cpuStart);
    }

    /** Sets the headers of an answer of unknown length and hands out its body's stream. */
    private static java.io.OutputStream stream(HttpServletResponse resp, String type, long start, long cpuStart) {
        headers(resp, type, start, cpuStart);
        try {
            return resp.getOutputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpServletResponse resp, String type, String body, long start, long cpuStart)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers(resp, type, start, cpuStart);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void headers(HttpServletResponse resp, String type, long start, long cpuStart) {
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", "no-store");
        StringBuilder timing = new StringBuilder(String.format(Locale.ROOT, "page;dur=%.1f, cpu;dur=%.1f",
                (System.nanoTime() - start) / 1e6, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6));
        GraphReader.drainTimings().forEach((query, ms) -> timing.append(", ").append(query.replaceAll("[^A-Za-z0-9-]", ""))
                .append(String.format(Locale.ROOT, ";dur=%.1f", ms)));
        resp.setHeader("Server-Timing", timing.toString());
    }
}
