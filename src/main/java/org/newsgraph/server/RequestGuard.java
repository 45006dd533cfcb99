package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.riot.RDFLanguages;

/**
 * In front of the dataset's endpoints: notes when each request arrived (the query time limit counts from
 * then), caps the body a query or update may send, and answers a write sent to a read-only server with what
 * it is and how to allow it, instead of Fuseki's "No 'query=' parameter", 404 or 415.
 */
final class RequestGuard implements Filter {

    static final String READ_ONLY = "this endpoint is read-only: SPARQL Update and Graph Store writes are refused. "
            + "A server started with 'newsgraph serve --allow-update' (and a password) accepts them, from its "
            + "user only, at %s/update and %s/data";
    static final String UPDATE_ELSEWHERE = "SPARQL Update is not accepted here: send it to %s/update "
            + "(as its user, with HTTP basic authentication)";

    private final String datasetPath;
    private final boolean allowUpdate;
    private final long maxBodyBytes;

    /**
     * @param maxQueryBytes the longest query or update accepted; a form-encoded body may be up to three times
     *                      as long (every byte of the query written as {@code %XX})
     */
    RequestGuard(String datasetPath, boolean allowUpdate, long maxQueryBytes) {
        this.datasetPath = datasetPath;
        this.allowUpdate = allowUpdate;
        this.maxBodyBytes = maxQueryBytes * 3 + 4096;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        req.setAttribute(LimitedQuery.ARRIVAL, System.nanoTime());
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String type = mediaType(req.getContentType());
        boolean graphStoreWrite = path.endsWith("/data");

        if (!allowUpdate && isWrite(path, method, type, req)) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, String.format(READ_ONLY, datasetPath, datasetPath));
            return;
        }
        if (allowUpdate && !path.endsWith("/update") && !graphStoreWrite && isUpdate(method, type, req)) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, String.format(UPDATE_ELSEWHERE, datasetPath));
            return;
        }
        if (graphStoreWrite) {
            // Graph Store uploads (updates allowed, authenticated) are data, not queries: not capped here.
            chain.doFilter(request, response);
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, LimitedQuery.tooLong(maxBodyBytes / 3));
            return;
        }
        chain.doFilter(length < 0 && method.equals("POST") ? new Capped(req, maxBodyBytes) : req, response);
    }

    private static boolean isWrite(String path, String method, String type, HttpServletRequest req) {
        if (path.endsWith("/update") || path.endsWith("/data")) {
            return true;
        }
        if (method.equals("PUT") || method.equals("DELETE") || method.equals("PATCH")) {
            return true;
        }
        return method.equals("POST") && (isUpdate(method, type, req) || RDFLanguages.contentTypeToLang(type) != null);
    }

    private static boolean isUpdate(String method, String type, HttpServletRequest req) {
        if (!method.equals("POST")) {
            return false;
        }
        if (type.equals("application/sparql-update")) {
            return true;
        }
        return type.equals("application/x-www-form-urlencoded")
                && (req.getParameter("update") != null || req.getParameter("request") != null);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body, of no declared length, fails once it passes the cap. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long max;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new IOException("request body longer than " + max + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("request body longer than " + max + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
