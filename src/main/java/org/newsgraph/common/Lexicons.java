package org.newsgraph.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Reads the word lists and tables that ship as resources ({@code /lexicon/*.tsv}, {@code /models/*.txt}):
 * UTF-8, one entry a line, blank lines and lines starting with {@code #} skipped.
 */
public final class Lexicons {

    private Lexicons() {
    }

    /** The entry lines of a bundled resource, in order; a missing or unreadable resource is a configuration error. */
    public static List<String> lines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("lexicon not on the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
