package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.newsgraph.common.NewsGraphException.QueryException;
import org.newsgraph.store.Queries;

/**
 * Fuseki's SPARQL Update operation (served only with updates allowed, to the authenticated user) with two
 * refusals: an update longer than the server takes, and a {@code LOAD} from anything but an {@code http:} or
 * {@code https:} address. A {@code LOAD <file:///...>} would read a file of the server's machine into the
 * store, where every client can query it.
 */
final class GuardedUpdate extends SPARQL_Update {

    private final long maxBytes;

    GuardedUpdate(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        if (bytes.length > maxBytes) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "the update is longer than this server accepts ("
                    + maxBytes + " bytes)");
        }
        UpdateRequest request;
        try {
            request = Queries.parseUpdate(new String(bytes, StandardCharsets.UTF_8), "update");
        } catch (QueryException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load && !isWebAddress(load.getSource())) {
                ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> refused: this server loads only "
                        + "http: and https: addresses, never its own files");
            }
        }
        super.execute(action, new ByteArrayInputStream(bytes));
    }

    private static boolean isWebAddress(String iri) {
        try {
            String scheme = URI.create(iri).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
                    || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
