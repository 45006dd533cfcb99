package org.newsgraph.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The country a story is filed from and about, which a reader takes a bare national title for ("BERLIN
 * (Reuters) - ... Chancellor Angela Merkel"): the country of the article's dateline (its city in
 * {@code lexicon/cities.tsv}, or its region or country in {@code lexicon/places.tsv}), when the article
 * names that country (by name, short form or adjective) more often than any other. Null otherwise: a story
 * filed from Tokyo about North Korea gives no country to "President Obama". Immutable; safe to share.
 */
final class HomeCountry {

    static final String CITIES = "/lexicon/cities.tsv";
    static final String PLACES = "/lexicon/places.tsv";
    private static final int LONGEST = 4;

    /** Folded names, short forms and adjectives of countries (and U.S. states), with their country. */
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> cities = new HashMap<>();

    private HomeCountry() {
        for (String[] row : Lexicons.table(PLACES, 2)) {
            String kind = row[1].strip();
            String country = kind.equals("country") ? row[0].strip()
                    : kind.equals("us-state") || kind.equals("us-federal-district") ? "United States" : null;
            if (country == null) {
                continue;
            }
            if (kind.equals("country")) {
                countries.put(fold(country), country);
            }
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        countries.putIfAbsent(fold(alias), country);
                    }
                }
            }
        }
        for (String[] row : Lexicons.table(CITIES, 2)) {
            String country = row[1].strip();
            if (!country.equals(countries.get(fold(country)))) {
                throw new NewsGraphException.ConfigException(CITIES + ": '" + country
                        + "' is no country of " + PLACES + " in '" + String.join("\t", row) + "'");
            }
            cities.put(fold(row[0]), country);
        }
    }

    private static final HomeCountry BUNDLED = new HomeCountry();

    static HomeCountry bundled() {
        return BUNDLED;
    }

    /**
     * The article's home country as a place mention over its first naming in the text, or null when the article
     * has no dateline, the dateline's country is not known, or another country is named as often.
     */
    Mention of(AnnotatedDocument doc) {
        Dateline dateline = Dateline.of(doc);
        if (dateline.place() == null) {
            return null;
        }
        String country = datelineCountry(doc, dateline);
        if (country == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Mention first = null;
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).isCapitalised() || t.get(i).begin() < dateline.end()) {
                    continue;
                }
                for (int n = Math.min(LONGEST, t.size() - i); n >= 1; n--) {
                    String name = doc.text().substring(t.get(i).begin(), t.get(i + n - 1).end())
                            .replaceAll("('s|\u2019s)$", "");
                    String c = countries.get(fold(name));
                    if (c == null && !name.endsWith(".") && i + n < t.size() && t.get(i + n).text().equals(".")
                            && t.get(i + n).begin() == t.get(i + n - 1).end()) {
                        c = countries.get(fold(name + ".")); // "U.S" "." at a sentence's end
                    }
                    if (c != null) {
                        counts.merge(c, 1, Integer::sum);
                        if (first == null && c.equals(country)) {
                            first = new Mention(EntityType.PLACE, name, t.get(i).begin(),
                                    t.get(i).begin() + name.length(), s.index(), 0.6);
                        }
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        int home = counts.getOrDefault(country, 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(country) && e.getValue() >= home) {
                return null;
            }
        }
        return home == 0 ? null : first;
    }

    /** "BERLIN" gives Germany; "ALEXANDRIA, Va." the United States by its region; "ISRAEL" itself. */
    private String datelineCountry(AnnotatedDocument doc, Dateline dateline) {
        String city = dateline.place().text();
        String rest = doc.text().substring(dateline.place().end(), dateline.end()).strip();
        if (rest.startsWith(",")) {
            String region = rest.substring(1).split("[(,\\-\u2013\u2014]")[0].strip();
            String c = countries.get(fold(region));
            if (c != null) {
                return c;
            }
        }
        String c = cities.get(fold(city));
        return c != null ? c : countries.get(fold(city));
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
