package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.NewsGraphException.ConfigException;

/**
 * The SPARQL that ships in {@code queries/}: read from the jar (the build copies the folder in), so the
 * files users read and edit are the files the program runs.
 */
public final class Queries {

    private Queries() {
    }

    /** A bundled query by name ({@code "roles"} reads {@code /queries/roles.rq}). */
    public static Query bundled(String name) {
        String resource = "/queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("no bundled query " + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + resource, e);
        }
    }

    /** A query from a file, with the file named in any parse error. */
    public static Query fromFile(Path file) {
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read query file " + file + ": " + e.getMessage(), e);
        } catch (QueryParseException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** A query given as text on the command line. */
    public static Query fromText(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new ConfigException("query: " + e.getMessage(), e);
        }
    }
}
