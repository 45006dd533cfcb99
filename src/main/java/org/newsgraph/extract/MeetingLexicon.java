package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.common.Lexicons;

/**
 * The words the meeting extractor reads: {@code lexicon/meeting-triggers.tsv} (trigger verbs and nouns and the
 * words around them; its header explains each class) and {@code lexicon/meeting-titles.txt} (title words
 * before names), the countries of {@code lexicon/places.tsv} and their capitals ({@code lexicon/cities.tsv}).
 */
final class MeetingLexicon {

    static final String TRIGGERS = "/lexicon/meeting-triggers.tsv";
    static final String TITLES = "/lexicon/meeting-titles.txt";
    static final String PLACES = "/lexicon/places.tsv";
    static final String CITIES = "/lexicon/cities.tsv";
    /** The kinds of {@code places.tsv} that a visit meets as a country: "a trip to England and West Germany". */
    private static final Set<String> COUNTRY_KINDS = Set.of("country", "constituent-country", "historic-country");

    final Map<String, String> verbs = new HashMap<>();
    final Map<String, String> phoneVerbs = new HashMap<>();
    final Map<String, String> nouns = new HashMap<>();
    final Map<String, String> phoneNouns = new HashMap<>();
    final Set<String> phoneWords = new HashSet<>();
    final Set<String> light = new HashSet<>();
    final Set<String> travel = new HashSet<>();
    /** Travel verbs whose "in" names where the traveller arrived ("arrived in Lima", "landed in Israel"). */
    final Set<String> arrival = new HashSet<>();
    final Set<String> join = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final Set<String> pairs = new HashSet<>();
    final Set<String> say = new HashSet<>();
    final Set<String> host = new HashSet<>();
    final Set<String> placeObject = new HashSet<>();
    final Set<String> people = new HashSet<>();
    /** Last words of the name of a building or site ("Western Wall", "Al Asad Air Base"): a place, never a party. */
    final Set<String> venues = new HashSet<>();
    /** Last words of the name of a body that hears witnesses ("Senate Judiciary Committee"): telling it is a
     * hearing. */
    final Set<String> bodies = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    /** Names of countries and their other names, lower case ("united states", "u.s."), with the country's name
     * ("United States"): a country visited is met. */
    final Map<String, String> countries = new HashMap<>();
    /** Capitals, lower case, with the name of their country ({@code lexicon/cities.tsv}): a capital visited is its
     * country met. */
    final Map<String, String> capitals = new HashMap<>();

    private MeetingLexicon() {
    }

    static MeetingLexicon load() {
        MeetingLexicon lex = new MeetingLexicon();
        int n = 0;
        for (String line : Lexicons.lines(TRIGGERS)) {
            n++;
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new ConfigException(TRIGGERS + ": expected 3 tab-separated columns in '" + line + "'");
            }
            String word = f[1].strip().toLowerCase(Locale.ROOT);
            String kind = f[2].strip();
            switch (f[0].strip()) {
                case "verb" -> lex.verbs.put(word, kind);
                case "phone" -> lex.phoneVerbs.put(word, kind);
                case "noun" -> lex.nouns.put(word, kind);
                case "phonenoun" -> lex.phoneNouns.put(word, kind);
                case "phoneword" -> lex.phoneWords.add(word);
                case "light" -> lex.light.add(word);
                case "travel" -> lex.travel.add(word);
                case "arrival" -> lex.arrival.add(word);
                case "join" -> lex.join.add(word);
                case "group" -> lex.groups.add(word);
                case "pair" -> lex.pairs.add(word);
                case "say" -> lex.say.add(word);
                case "host" -> lex.host.add(word);
                case "place" -> lex.placeObject.add(word);
                case "people" -> lex.people.add(word);
                case "venue" -> lex.venues.add(word);
                case "body" -> lex.bodies.add(word);
                default -> throw new ConfigException(TRIGGERS + ": unknown class '" + f[0] + "'");
            }
        }
        if (n == 0) {
            throw new ConfigException(TRIGGERS + " is empty");
        }
        for (String line : Lexicons.lines(TITLES)) {
            lex.titles.add(line.strip());
        }
        for (String line : Lexicons.lines(PLACES)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 2 && COUNTRY_KINDS.contains(f[1])) {
                lex.countries.put(f[0].toLowerCase(Locale.ROOT), f[0]);
                if (f.length > 2 && !f[2].isEmpty()) {
                    for (String alias : f[2].split("\\|")) {
                        lex.countries.putIfAbsent(alias.toLowerCase(Locale.ROOT), f[0]);
                    }
                }
            }
        }
        for (String[] f : Lexicons.table(CITIES, 2)) {
            if (f.length > 2 && f[2].strip().equals("capital")) {
                lex.capitals.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
            }
        }
        return lex;
    }
}
