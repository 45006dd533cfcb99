package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.MeetingSentence.Unit;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The noun phrases of a {@link MeetingSentence} that the meeting frames read: where a phrase (or a list of
 * phrases joined by "and" and commas) ends, the names that head them ("Hamas" in "the group Hamas", not
 * "U.S." in "U.S. envoy"), and groups named by a demonym and a group noun ("an Israeli delegation").
 */
final class MeetingPhrases {

    private MeetingPhrases() {
    }

    /**
     * The heads of the noun phrases from token {@code from} forward, coordinated by "and" and commas: the
     * names not followed by a noun they modify ("U.S. envoy" is not a head, "Hamas" in "the group Hamas" is).
     */
    static List<Unit> headsForward(MeetingSentence s, int from, int limit) {
        int end = phraseEndForward(s, from, limit);
        return heads(s, from, end);
    }

    /** The end (exclusive) of the noun phrases that start at {@code from}. */
    static int phraseEndForward(MeetingSentence s, int from, int limit) {
        int i = from;
        while (i < Math.min(limit, s.tokens.size())) {
            Unit u = s.unitAt(i);
            if (u != null) {
                i = u.to();
                continue;
            }
            if (s.dateAt[i] != null) {
                break;
            }
            String p = s.pos(i);
            String w = s.lower(i);
            // a capitalised word is part of a name or title whatever its tag ("Soviet Foreign/ADP Minister")
            boolean np = p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("DET")
                    || i == from && Words.POSSESSIVE_PRONOUNS.contains(w)
                    || s.tokens.get(i).isCapitalised() && !p.equals("PUNCT")
                    || p.equals("NUM") || (p.equals("PART") && w.equals("'s")) || w.equals("of")
                    || (p.equals("CCONJ") && w.equals("and")) || w.equals("-") || w.equals("(") || w.equals(")")
                    || (w.equals("to") && p.equals("ADP") && i > from && s.pos(i - 1).equals("NOUN")
                        && i + 1 < s.tokens.size() && (s.unitAt(i + 1) != null || s.pos(i + 1).equals("PROPN")));
            if (w.equals(".") && i > 0 && i + 1 < s.tokens.size() && s.tokens.get(i - 1).end() == s.tokens.get(i).begin()
                    && s.tokens.get(i + 1).isCapitalised()) {
                // the period of an abbreviation inside the phrase ("Sens. Patrick Moynihan")
                np = true;
            }
            if (w.equals(",")) {
                int n = i + 1;
                np = n < s.tokens.size() && (s.unitAt(n) != null || Set.of("DET", "PROPN", "ADJ").contains(s.pos(n))
                        || titleBeforePerson(s, n)) && s.dateAt[n] == null;
            }
            if (!np) {
                break;
            }
            i++;
        }
        return i;
    }

    /** "trade envoy Clayton Yeutter": lower-case title words, then a person. */
    private static boolean titleBeforePerson(MeetingSentence s, int n) {
        for (int k = n; k < Math.min(s.size(), n + 3); k++) {
            Unit u = s.unitAt(k);
            if (u != null) {
                return k > n && u.type() == EntityType.PERSON;
            }
            if (!s.pos(k).equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** The heads among the units in tokens {@code [from, to)}. */
    static List<Unit> heads(MeetingSentence s, int from, int to) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : s.units) {
            if (u.from() >= from && u.to() <= to && isHead(s, u, to)
                    && !(u.type() != EntityType.PERSON && afterOf(s, u)) && !isAcronymOfUnitBefore(s, u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** "Ministry of International Trade and Industry (MITI)": the acronym is the same body. */
    static boolean isAcronymOfUnitBefore(MeetingSentence s, Unit u) {
        return u.from() >= 2 && s.lower(u.from() - 1).equals("(") && s.unitAt(u.from() - 2) != null;
    }

    /**
     * "the President of Brazil": a place after "of" belongs to a title, it is not a participant; nor is a body
     * after "members of".
     */
    static boolean afterOf(MeetingSentence s, Unit u) {
        int k = u.from() - 1;
        while (k >= 0 && s.pos(k).equals("DET")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        if (s.lower(k).equals("to")) {
            return s.pos(k - 1).equals("NOUN") || s.isTitle(k - 1);
        }
        // "the President of Brazil", "Secretary of State": a title's complement; "officials of the Ministry" is not;
        // "King Fahd of Saudi Arabia", "Patrick Moynihan of New York": where a person comes from
        Unit before = s.unitAt(k - 1);
        if (s.lower(k).equals("of") && (s.lower(k - 1).equals("members") || s.lower(k - 1).equals("member"))) {
            // "met with members of Congress": members not sent by their chamber are not the chamber
            // (ANNOTATION.md 4.1)
            return true;
        }
        return s.lower(k).equals("of") && (s.isTitle(k - 1) || (s.pos(k - 1).equals("PROPN") && before == null)
                || (before != null && before.type() == EntityType.PERSON));
    }

    /** A unit is a head when no noun it modifies follows it inside the phrase. */
    static boolean isHead(MeetingSentence s, Unit u, int phraseEnd) {
        int n = u.to();
        if (n >= phraseEnd || n >= s.tokens.size()) {
            return true;
        }
        String p = s.pos(n);
        String w = s.lower(n);
        if (w.equals("'s") || u.mention().text().endsWith("'s") || u.mention().text().endsWith("\u2019s")) {
            return false;
        }
        if (s.lex.groups.contains(w) && u.type() == EntityType.ORGANIZATION) {
            return true;
        }
        return !(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || s.unitAt(n) != null);
    }

    /**
     * "an Israeli delegation", "the U.S. team": a group noun after a demonym or a place becomes an organization
     * mention spanning both words.
     */
    static List<Mention> groupsIn(MeetingSentence s, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = from; i < Math.min(to, s.tokens.size()); i++) {
            if (!s.lex.groups.contains(s.lower(i)) || i == 0) {
                continue;
            }
            int m = i - 1;
            while (m > from && s.pos(m).equals("ADJ") && s.unitAt(m) == null) {
                m--;
            }
            Unit u = s.unitAt(m);
            boolean demonym = u != null ? u.type() != EntityType.PERSON
                    : s.tokens.get(m).isCapitalised() && (s.pos(m).equals("ADJ") || s.pos(m).equals("PROPN"));
            if (demonym) {
                int start = u != null ? u.from() : m;
                int b = s.tokens.get(start).begin();
                int e = s.tokens.get(i).end();
                out.add(new Mention(EntityType.ORGANIZATION, s.text.substring(b, e), b, e, s.sentence.index(),
                        MeetingSentence.FALLBACK_CONFIDENCE + 0.1));
                // "U.S. and Japanese negotiators": each modifier before "and" names a group of its own; the
                // mention points at the modifier and is named with the group noun
                int k = start - 1;
                while (k - 1 >= from && (s.lower(k).equals("and") || s.lower(k).equals(","))) {
                    Unit other = s.unitAt(k - 1);
                    int os = other != null ? other.from() : k - 1;
                    if (other == null && !(s.tokens.get(k - 1).isCapitalised() && s.pos(k - 1).equals("ADJ"))) {
                        break;
                    }
                    if (other != null && other.type() == EntityType.PERSON) {
                        break;
                    }
                    int ob = s.tokens.get(os).begin();
                    int oe = s.tokens.get(k - 1).end();
                    out.add(new Mention(EntityType.ORGANIZATION, s.text.substring(ob, oe) + " " + s.tokens.get(i).text(),
                            ob, oe, s.sentence.index(), MeetingSentence.FALLBACK_CONFIDENCE + 0.1));
                    k = os - 1;
                }
            }
        }
        return out;
    }

    /**
     * The parties met, as separate parties: "Vice President George Bush, Secretary of State George Shultz and
     * Commerce Secretary Malcolm Baldrige" are three, each with a title of its own; "Treasury Secretary James
     * Baker and Democratic Sens. Patrick Moynihan, Christopher Dodd and George Mitchell" are two, the senators
     * sharing one plural title. A person named with no title of his own belongs with the one before; an
     * organization is a party of its own. Separate when there are three parties or more, or two of which one
     * is several; otherwise the list is one party ("South Korean President Park and Japanese Prime Minister
     * Abe" on one call).
     */
    static List<List<Unit>> separateParties(MeetingSentence s, List<Unit> parties) {
        List<List<Unit>> groups = new ArrayList<>();
        for (Unit u : parties) {
            if (groups.isEmpty() || u.type() != EntityType.PERSON || titled(s, u)) {
                groups.add(new ArrayList<>(List.of(u)));
            } else {
                groups.get(groups.size() - 1).add(u);
            }
        }
        boolean several = groups.stream().anyMatch(g -> g.size() > 1);
        return groups.size() >= 3 || (groups.size() == 2 && several) ? groups : List.of(parties);
    }

    /** A title of its own: words between the list's last comma or "and" and the name, or ", Chairman of ..." after it. */
    private static boolean titled(MeetingSentence s, Unit u) {
        for (int k = u.from() - 1; k >= 0; k--) {
            String w = s.lower(k);
            if (w.equals(",") || w.equals("and") || w.equals("with") || s.dateAt[k] != null || s.unitAt(k) != null
                    && s.unitAt(k).type() == EntityType.PERSON) {
                break;
            }
            if (!s.pos(k).equals("DET")) {
                return true;
            }
        }
        int a = u.to();
        return a + 1 < s.size() && s.lower(a).equals(",") && (s.isTitle(a + 1)
                || s.pos(a + 1).equals("DET") && a + 2 < s.size() && s.isTitle(a + 2));
    }
}
