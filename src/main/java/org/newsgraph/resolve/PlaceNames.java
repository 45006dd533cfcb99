package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.common.Lexicons;

/**
 * Canonical names of countries, states, regions and international bodies, with their aliases and demonyms
 * ("U.S.", "the United States", "American" all give "United States"; "NATO" gives "North Atlantic Treaty
 * Organization"). Read from {@code /lexicon/places.tsv}: canonical name, kind, then {@code |}-separated
 * aliases.
 */
public final class PlaceNames {

    public static final String RESOURCE = "/lexicon/places.tsv";

    private final Map<String, String> canonical;
    private final Map<String, String> kinds;

    private PlaceNames(Map<String, String> canonical, Map<String, String> kinds) {
        this.canonical = canonical;
        this.kinds = kinds;
    }

    /** The bundled lexicon, read through {@link Lexicons}. */
    public static PlaceNames load() {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (String line : Lexicons.lines(RESOURCE)) {
            if (line.startsWith("name\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[0];
            kinds.put(name, f.length > 1 ? f[1] : "");
            canonical.putIfAbsent(fold(name), name);
            if (f.length > 2 && !f[2].isEmpty()) {
                for (String alias : f[2].split("\\|")) {
                    canonical.putIfAbsent(fold(alias), name);
                }
            }
        }
        return new PlaceNames(Map.copyOf(canonical), Map.copyOf(kinds));
    }

    /**
     * The canonical name for a name, alias or demonym, if the lexicon knows it, with or without a leading "the",
     * and with hyphens for spaces ("euro-zone").
     */
    public Optional<String> canonical(String name) {
        String f = fold(name);
        String hit = canonical.get(f);
        if (hit == null && f.startsWith("the ")) {
            hit = canonical.get(f.substring(4));
        }
        if (hit == null && f.indexOf('-') > 0) {
            hit = canonical.get(f.replace('-', ' ')); // "euro-area", written so as a modifier, is the "euro area"
        }
        return Optional.ofNullable(hit);
    }

    /** The kind of a canonical name: country, state, region, organization, ... or empty. */
    public String kind(String canonicalName) {
        return kinds.getOrDefault(canonicalName, "");
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
