package org.newsgraph.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Reads the word lists and tables that ship as resources ({@code /lexicon/*.tsv}, {@code /models/*.txt}):
 * UTF-8, one entry a line, blank lines and lines starting with {@code #} skipped. Every lexicon of the
 * program is read through this class.
 */
public final class Lexicons {

    private static final Map<String, Map<String, Set<String>>> LISTS = new ConcurrentHashMap<>();

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

    /**
     * The rows of a tab-separated resource, each with at least {@code columns} fields; a shorter row is a
     * configuration error naming the resource and the row.
     */
    public static List<String[]> table(String resource, int columns) {
        return lines(resource).stream().map(line -> {
            String[] f = line.split("\t", -1);
            if (f.length < columns) {
                throw new ConfigException(resource + ": expected " + columns + " tab-separated columns: '" + line + "'");
            }
            return f;
        }).toList();
    }

    /**
     * Named word lists, one a line: the list's name, a tab, its entries separated by {@code |}; an entry
     * {@code @name} includes the entries of another list of the file. Entries are lower-cased. Read once.
     */
    public static Map<String, Set<String>> lists(String resource) {
        return LISTS.computeIfAbsent(resource, Lexicons::readLists);
    }

    /** One list of {@link #lists}; an unknown name is a configuration error. */
    public static Set<String> list(String resource, String name) {
        Set<String> l = lists(resource).get(name);
        if (l == null) {
            throw new ConfigException(resource + ": no list '" + name + "'");
        }
        return l;
    }

    private static Map<String, Set<String>> readLists(String resource) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (String[] row : table(resource, 2)) {
            List<String> entries = List.of(row[1].split("\\|")).stream().map(String::strip)
                    .filter(e -> !e.isEmpty()).map(e -> e.toLowerCase(Locale.ROOT)).toList();
            if (raw.put(row[0].strip(), entries) != null) {
                throw new ConfigException(resource + ": list '" + row[0] + "' is written twice");
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            out.put(name, Set.copyOf(resolve(resource, name, raw, new HashSet<>())));
        }
        return Map.copyOf(out);
    }

    private static Set<String> resolve(String resource, String name, Map<String, List<String>> raw, Set<String> seen) {
        if (!seen.add(name)) {
            throw new ConfigException(resource + ": list '" + name + "' includes itself");
        }
        List<String> entries = raw.get(name);
        if (entries == null) {
            throw new ConfigException(resource + ": no list '" + name + "'");
        }
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            if (e.startsWith("@")) {
                out.addAll(resolve(resource, e.substring(1), raw, seen));
            } else {
                out.add(e);
            }
        }
        seen.remove(name);
        return out;
    }
}
