package org.newsgraph.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.common.Votes;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The country a story is filed from and about, which a reader takes a bare national title for ("BERLIN
 * (Reuters) - ... Chancellor Angela Merkel"): the country of the article's dateline (its city in
 * {@code lexicon/cities.tsv}, or its region or country in {@code lexicon/places.tsv}), when the article
 * names that country (by name, short form or adjective) at least as often as any other; a story filed from Tokyo
 * about North Korea gives no country to "President Obama". An article without a dateline, or filed from a city
 * whose country it never names, is about the country it names most, at least twice and more often than any
 * other; a U.S. state counts for the United States. A seat of government the text names for its
 * country ("the White House said", {@code lexicon/seats.tsv}) counts for that country. Immutable; safe to share.
 */
final class HomeCountry {

    static final String CITIES = "/lexicon/cities.tsv";
    static final String PLACES = "/lexicon/places.tsv";
    static final String SEATS = "/lexicon/seats.tsv";
    private static final int LONGEST = 4;

    /** Folded names, short forms and adjectives of countries (and U.S. states), with their country. */
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> cities = new HashMap<>();
    /** Folded names of seats of government ("White House", "Kremlin"): they count for their country. */
    private final Map<String, String> seats = new HashMap<>();
    /** Folded names of U.S. states: they count for the United States but do not name it. */
    private final java.util.Set<String> states = new java.util.HashSet<>();

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
            } else {
                states.add(fold(row[0]));
                countries.putIfAbsent(fold(row[0]), country); // "New Jersey" is a state, not Jersey
                if (row.length > 2) {
                    for (String alias : row[2].split("\\|")) {
                        states.add(fold(alias));
                    }
                }
            }
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        countries.putIfAbsent(fold(alias), country);
                    }
                }
            }
        }
        readCountryColumn(CITIES, cities);
        readCountryColumn(SEATS, seats);
    }

    /** Reads a table of names and their countries (each a country of places.tsv) into {@code into}, folded. */
    private void readCountryColumn(String resource, Map<String, String> into) {
        for (String[] row : Lexicons.table(resource, 2)) {
            String country = row[1].strip();
            if (!country.equals(countries.get(fold(country)))) {
                throw new NewsGraphException.ConfigException(resource + ": '" + country
                        + "' is no country of " + PLACES + " in '" + String.join("\t", row) + "'");
            }
            into.put(fold(row[0]), country);
        }
    }

    private static final HomeCountry BUNDLED = new HomeCountry();

    static HomeCountry bundled() {
        return BUNDLED;
    }

    /**
     * The article's countries, counted, with its home country as a place mention over its first naming in the text
     * (or none). With a dateline whose country is known, that country when the article names it at least as often
     * as any other (null when another country is named more often: a story filed from Tokyo about North Korea).
     * Without a dateline (or with one whose place is not known or whose country the article never names), the
     * country the article names most, when it is named at least twice and more often than any other (a U.S. state
     * counts for the United States).
     */
    Countries of(AnnotatedDocument doc) {
        Dateline dateline = Dateline.of(doc);
        String country = dateline.place() == null ? leadCity(doc) : datelineCountry(doc, dateline);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new HashMap<>();
        Map<String, Mention> byName = new HashMap<>();
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
                    // "the White House said": a seat of government counts, but does not name the country
                    String seatOf = c == null ? seats.get(fold(name)) : null;
                    boolean seat = seatOf != null;
                    if (seat) {
                        c = seatOf;
                    }
                    if (c != null) {
                        counts.merge(c, 1, Integer::sum);
                        Mention naming = new Mention(EntityType.PLACE, name, t.get(i).begin(),
                                t.get(i).begin() + name.length(), s.index(), 0.6);
                        if (!seat && !states.contains(fold(name))) {
                            first.putIfAbsent(c, naming);
                        }
                        if (name.equals(c)) {
                            byName.putIfAbsent(c, naming);
                        }
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        Countries named = new Countries(doc, counts, byName, first, null);
        if (country == null) {
            Mention most = named.most(null);
            return new Countries(doc, counts, byName, first, most);
        }
        int home = counts.getOrDefault(country, 0);
        if (home == 0) {
            // "GENEVA -" in a story that never names Switzerland: about the country it names most
            return new Countries(doc, counts, byName, first, named.most(null));
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(country) && e.getValue() > home) {
                return named; // the dateline's country breaks a tie
            }
        }
        return new Countries(doc, counts, byName, first, first.get(country));
    }

    /**
     * The countries an article names, counted, and its home country (or null). Immutable once made.
     */
    final class Countries {

        private final AnnotatedDocument doc;
        private final Map<String, Integer> counts;
        private final Map<String, Mention> byName;
        /** Each country's first naming that is no state: its name, short form or adjective ("U.S.", "Austrian"). */
        private final Map<String, Mention> first;
        private final Mention home;

        private Countries(AnnotatedDocument doc, Map<String, Integer> counts, Map<String, Mention> byName,
                Map<String, Mention> first, Mention home) {
            this.doc = doc;
            this.counts = counts;
            this.byName = byName;
            this.first = first;
            this.home = home;
        }

        /** The home country as a place mention, or null. */
        Mention home() {
            return home;
        }

        /**
         * The country named most besides the one {@code excluded} stands for, at least twice and more often than
         * any other left, or null: in a story about Israel that names "Israeli President X", the bare "President
         * Y" is the next country's.
         */
        Mention besides(Mention excluded) {
            return home == null ? null : most(country(excluded.text()));
        }

        /**
         * The country named most apart from {@code excluded}, at least twice and more often than any other, as a
         * place the name finder found, else the country's own name ("Pakistan"), else its abbreviation ("U.S."; an
         * adjective names no entity), or null.
         */
        private Mention most(String excluded) {
            String best = Votes.winner(counts, country -> !country.equals(excluded), 2);
            if (best == null) {
                return null;
            }
            Mention found = placeFound(doc, best);
            if (found == null) {
                found = byName.get(best);
            }
            Mention shortForm = first.get(best);
            return found != null || shortForm == null || !abbreviation(shortForm.text()) ? found : shortForm;
        }
    }

    /**
     * "TOKYO \u2014 North Korea said ...": the country of a known city written in capitals before a dash at the
     * text's start (a dateline with neither date nor agency), or null.
     */
    private String leadCity(AnnotatedDocument doc) {
        java.util.regex.Matcher m = LEAD_CITY.matcher(doc.text());
        return m.find() ? cities.get(fold(m.group(1))) : null;
    }

    private static final java.util.regex.Pattern LEAD_CITY = java.util.regex.Pattern.compile(
            "^[^\n]{0,40}?\\b([A-Z][A-Z.']+(?: [A-Z][A-Z.']+)?)\\s*[-\u2013\u2014]{1,2}\\s");

    /** "U.S.", "US", "UK": a country's short form in capitals. */
    private static boolean abbreviation(String naming) {
        String letters = naming.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** The first mention of the country that the name finder found as a place, or null. */
    private Mention placeFound(AnnotatedDocument doc, String country) {
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PLACE && country.equals(country(m.text())) && !states.contains(fold(m.text()))) {
                return m;
            }
        }
        return null;
    }

    /** The country a name, short form or adjective stands for ("U.S.", "Israeli"), or null. */
    String country(String name) {
        return countries.get(fold(name.replaceAll("('s|\u2019s)$", "")));
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
