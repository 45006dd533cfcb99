package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.RoleGrammar.Candidate;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Turns the role candidates the rules read into facts: a principal's role takes the principal's country
 * ("Trump's envoy" after "U.S. President Donald Trump"), each person and role is stated once, and conjoined
 * titles give one role each.
 */
final class RoleFacts {

    private RoleFacts() {
    }

    /**
     * Gives a principal's role its principal's country: "Trump's envoy" takes the country of the article's
     * "U.S. President Donald Trump"; with no country, the body the principal holds a company or institution post
     * in ("Poehl's deputy" after "Bundesbank President Karl Otto Poehl"). Other candidates pass unchanged.
     */
    static List<Candidate> resolvePrincipals(List<Candidate> mine, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : mine) {
            Phrase p = c.phrase();
            if (p.principal() == null || p.organization() != null) {
                out.add(c);
                continue;
            }
            String word = RoleGrammar.lastWord(p.principal().mention().text());
            Mention country = null;
            for (Candidate other : all) {
                Mention o = other.phrase().organization();
                if (o != null && o.type() == EntityType.PLACE && other.phrase().principal() == null
                        && RoleGrammar.lastWord(other.person().text()).equals(word)) {
                    country = o;
                    break;
                }
            }
            for (Candidate other : all) {
                // "Poehl's deputy": the body the principal heads ("Bundesbank President Karl Otto Poehl"), when he
                // has no country's office; never a party he is a member of
                Mention o = other.phrase().organization();
                if (country == null && o != null && o.type() == EntityType.ORGANIZATION
                        && other.phrase().principal() == null && !other.phrase().role().equalsIgnoreCase("member")
                        && Words.BUSINESS_TITLES.contains(RoleLexicon.fold(other.phrase().role()))
                        && RoleGrammar.lastWord(other.person().text()).equals(word)) {
                    country = o;
                    break;
                }
            }
            out.add(new Candidate(c.person(), new Phrase(p.from(), p.to(), p.role(), country, p.qualifier(),
                    p.principal()), c.evidence()));
        }
        return out;
    }

    /**
     * Gives a bare national title ("President Obama", "Chancellor Angela Merkel", "Finance Minister X") that
     * names no country the article's home country ({@link HomeCountry}), read once and only when needed; when
     * another person holds that office of the home country by name, the country named most after it. Other
     * candidates pass unchanged.
     */
    static List<Candidate> withHomeCountry(List<Candidate> candidates,
            java.util.function.Supplier<HomeCountry.Countries> countries, List<Candidate> others) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Phrase p = c.phrase();
            Mention country = p.organization() == null && p.principal() == null && nationalOffice(p.role())
                    ? countries.get().home() : null;
            if (country != null && (statedElsewhere(c, candidates) || statedElsewhere(c, others))) {
                country = null;
            } else if (country != null && heldByAnother(c, country, candidates, others)) {
                // "Israeli President X" in a story about Israel: the bare "President Y" is the next country's
                Mention next = countries.get().besides(country);
                country = next != null && !heldByAnother(c, next, candidates, others) ? next : null;
            }
            out.add(country == null ? c : new Candidate(c.person(), new Phrase(p.from(), p.to(), p.role(), country,
                    p.qualifier(), p.principal()), c.evidence()));
        }
        return out;
    }

    /**
     * The bodies an article names that a bare title may belong to, read once per article: the department or
     * ministry of each portfolio ("the Education Department" for "Education Secretary"), each body by its folded
     * name ("senate", "supreme court"), and the courts other than a supreme court.
     */
    static final class Bodies {

        private final Map<String, Mention> departments = new java.util.HashMap<>();
        private final Map<String, Mention> named = new java.util.HashMap<>();
        private final Map<String, Mention> courts = new LinkedHashMap<>();
        /** Committees by their folded name without the chamber: "finance committee" of "Senate Finance Committee". */
        private final Map<String, Mention> committees = new java.util.HashMap<>();

        /** "the ", "U.S. " before a body's name: "the U.S. Senate" is the Senate. */
        private static final java.util.regex.Pattern NATIONAL_PREFIX = java.util.regex.Pattern.compile(
                "^(the |u\\.s\\. |us |united states )+");
        private static final java.util.regex.Pattern COURT = java.util.regex.Pattern.compile("(.* )?court( .*)?");
        private static final java.util.regex.Pattern CHAMBER = java.util.regex.Pattern.compile("^(senate|house) ");

        Bodies(List<Mention> mentions) {
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON) {
                    continue;
                }
                String name = NATIONAL_PREFIX.matcher(RoleLexicon.fold(m.text())).replaceFirst("");
                named.putIfAbsent(name, m);
                if (m.type() != EntityType.ORGANIZATION) {
                    continue;
                }
                String portfolio = portfolioIn(DEPARTMENT_OF, name);
                if (portfolio != null) {
                    departments.putIfAbsent(portfolio, m);
                }
                if (COURT.matcher(name).matches() && !name.contains("supreme")) {
                    courts.putIfAbsent(name, m);
                }
                if (name.endsWith(" committee")) {
                    committees.putIfAbsent(CHAMBER.matcher(name).replaceFirst(""), m);
                }
            }
        }

        /** The body of a bare title, or null: its portfolio's department, else the first of its bodies named. */
        Mention of(String role) {
            String portfolio = portfolio(role);
            if (portfolio != null) {
                return departments.get(portfolio);
            }
            java.util.regex.Matcher chair = CHAIR.matcher(RoleLexicon.fold(role));
            if (chair.matches()) {
                return committees.get(chair.group(1) + " committee"); // "Finance Chairman" of the Finance Committee
            }
            for (String body : RoleLexicon.bundled().bodies(role)) {
                Mention m = body.equals("*court") ? (courts.size() == 1 ? courts.values().iterator().next() : null)
                        : named.get(body);
                if (m != null) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * Gives a title that names no body the body of its kind that the article names: a minister's or secretary's
     * portfolio its department or ministry ("Education Secretary" and "the Education Department", "Secretary of
     * State" and "the State Department"); "Senator" the Senate, "Justice" the Supreme Court, "Judge" the one court
     * named (lexicon/roles.tsv, kind {@code body}). Other candidates pass unchanged.
     */
    static List<Candidate> withBody(List<Candidate> candidates, Bodies bodies) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Phrase p = c.phrase();
            Mention body = p.organization() != null || p.principal() != null ? null : bodies.of(p.role());
            out.add(body == null ? c : new Candidate(c.person(), new Phrase(p.from(), p.to(), p.role(),
                    body, p.qualifier(), p.principal()), c.evidence()));
        }
        return out;
    }

    /** A committee's field before its chair's title: "Finance Chairman", "Armed Services chairwoman". */
    private static final java.util.regex.Pattern CHAIR = java.util.regex.Pattern.compile(
            "([a-z][a-z ]*?) (?:chairman|chairwoman|chair)");
    private static final java.util.regex.Pattern OFFICE_OF = portfolioPattern("secretary|minister");
    private static final java.util.regex.Pattern DEPARTMENT_OF = portfolioPattern("department|ministry");

    /** "NOUN of/for (the) X" or "X NOUN", folded, for the nouns given: X is the portfolio. */
    private static java.util.regex.Pattern portfolioPattern(String nouns) {
        return java.util.regex.Pattern.compile(
                "(?:(?:" + nouns + ") (?:of|for) (?:the )?(.+)|(.+?) (?:" + nouns + "))");
    }

    /** The portfolio {@code pattern} finds in the folded {@code text}, or null. */
    private static String portfolioIn(java.util.regex.Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text);
        return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** "Homeland Security Secretary", "Assistant Secretary of State" give their portfolio, folded; else null. */
    private static String portfolio(String role) {
        String p = portfolioIn(OFFICE_OF,
                RoleLexicon.fold(role).replaceAll("^(acting |assistant |deputy |under |vice )+", ""));
        return p == null || p.isBlank() || p.contains(" secretary") || p.contains(" minister") ? null : p;
    }

    /** Whether the person's same office is written with its country or body elsewhere ("U.S. President X"). */
    private static boolean statedElsewhere(Candidate c, List<Candidate> all) {
        String last = RoleGrammar.lastWord(c.person().text());
        String role = RoleLexicon.fold(c.phrase().role());
        return all.stream().anyMatch(o -> o.phrase().organization() != null
                && RoleGrammar.lastWord(o.person().text()).equals(last) && RoleLexicon.fold(o.phrase().role()).equals(role));
    }

    /** Whether another person holds the same office of {@code country} among either list of candidates. */
    private static boolean heldByAnother(Candidate c, Mention country, List<Candidate> mine, List<Candidate> others) {
        return heldByAnother(c, country, mine) || heldByAnother(c, country, others);
    }

    /**
     * Whether another person holds the same office of the home country in the article ("Israeli Prime Minister
     * X" makes a bare "Prime Minister Y" no Israeli one).
     */
    private static boolean heldByAnother(Candidate c, Mention country, List<Candidate> all) {
        String last = RoleGrammar.lastWord(c.person().text());
        String role = RoleLexicon.fold(c.phrase().role());
        String home = HomeCountry.bundled().country(country.text());
        return home != null && all.stream().anyMatch(o -> o.phrase().organization() != null
                && !RoleGrammar.lastWord(o.person().text()).equals(last)
                && RoleLexicon.fold(o.phrase().role()).equals(role)
                && home.equals(HomeCountry.bundled().country(o.phrase().organization().text())));
    }

    /**
     * Whether a role is a country's office when it names no body: one of the list {@code national-office}
     * ("President" only in capitals, since a company has presidents too), or a portfolio before "minister" or
     * "secretary" ("Finance Minister", "Defense Secretary").
     */
    static boolean nationalOffice(String role) {
        String f = RoleLexicon.fold(role).replaceFirst("^deputy (?=government spokes)", "");
        if (Words.NATIONAL_OFFICES.contains(f)) {
            return !f.endsWith("president") || Character.isUpperCase(role.charAt(0));
        }
        String[] words = f.split(" ");
        return words.length == 2 && (words[1].equals("minister") || words[1].equals("secretary"))
                && RoleLexicon.bundled().isPortfolio(words[0]);
    }

    /**
     * The candidates as role facts, each person and role once: a repeat of the same person (by last name)
     * and role is dropped, and a repeat that states the organization replaces one that did not.
     */
    static List<Fact> facts(List<Candidate> candidates) {
        Map<String, Candidate> kept = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String key = RoleGrammar.lastWord(c.person().text()) + "\t" + RoleLexicon.fold(c.phrase().role()) + "\t"
                    + (c.phrase().organization() == null ? "" : RoleGrammar.lastWord(c.phrase().organization().text()));
            String bare = RoleGrammar.lastWord(c.person().text()) + "\t" + RoleLexicon.fold(c.phrase().role()) + "\t";
            if (kept.containsKey(key)) {
                continue;
            }
            if (c.phrase().organization() == null) {
                boolean covered = kept.keySet().stream().anyMatch(k -> k.startsWith(bare));
                if (!covered) {
                    kept.put(key, c);
                }
            } else {
                kept.remove(bare);
                kept.put(key, c);
            }
        }
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : kept.values()) {
            Phrase p = c.phrase();
            for (String role : conjoined(p.role())) {
                String key = RoleGrammar.lastWord(c.person().text()) + "\t" + RoleLexicon.fold(role) + "\t"
                        + (p.organization() == null ? "" : RoleGrammar.lastWord(p.organization().text()));
                if (seen.add(key)) {
                    out.add(new Fact.Role(c.person(), role, p.organization(), p.qualifier(), c.evidence()));
                }
            }
        }
        return out;
    }

    /**
     * "chairman and chief executive officer" is two roles, "chairman, president and chief executive" three;
     * "Energy and Infrastructure Minister" stays one, since "Energy" is no role.
     */
    static List<String> conjoined(String role) {
        String[] parts = role.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
        if (parts.length < 2) {
            return List.of(role);
        }
        RoleLexicon lexicon = RoleLexicon.bundled();
        for (String part : parts) {
            String[] words = part.strip().split(" ");
            boolean head = false;
            for (int i = 0; i < words.length && !head; i++) {
                head = lexicon.isHead(String.join(" ", Arrays.copyOfRange(words, i, words.length)))
                        || lexicon.abbreviation(words[words.length - 1]) != null;
            }
            if (!head) {
                return List.of(role);
            }
        }
        return Arrays.stream(parts).map(String::strip).toList();
    }
}
