package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;

/**
 * The place of a meeting that its own sentence does not give, read from another mention of the same event in the
 * article (ANNOTATION.md: mentions of one encounter take their place from any mention):
 * <ul>
 * <li>the event told with its place a few sentences before, and named again in the meeting's sentence by the
 * same noun ("EU leaders meet at a summit in Brussels. Merkel and Sarkozy will meet Papandreou ahead of the
 * summit opening");</li>
 * <li>another meeting noun of the meeting's own sentence told with its place ("talks between U.S. and Mexican
 * officials that culminated ... after a meeting in November in Houston");</li>
 * <li>the event named again just after with its place and no party ("Trump met with Putin in 2018. ... Since
 * the Helsinki meeting, ...");</li>
 * <li>a party said to be at a place on the meeting's day ("Hollande ... will be in Russia Friday"), or, with no
 * day, in the sentence next to it ("Hagel and Kerry are in Sydney").</li>
 * </ul>
 * Calls have no place and take none.
 */
final class MeetingPlaces {

    /** How many sentences apart two mentions of one event may stand. */
    private static final int WINDOW = 3;
    /** The words before a noun that name an event told before ("the summit", "their talks"). */
    private static final Set<String> DEFINITE = Set.of("the", "their", "this", "that", "his", "her", "its");
    /** The words after a meeting noun that open its parties ("the meeting with Roe"). */
    private static final Set<String> PARTY_OPENERS = Set.of("with", "between");

    private MeetingPlaces() {
    }

    /** The article's meetings, each with no place of its own given the place another mention of it tells. */
    static List<Fact.Meeting> carry(MeetingDocument doc, List<Fact.Meeting> meetings) {
        List<Fact.Meeting> out = new ArrayList<>(meetings.size());
        for (Fact.Meeting m : meetings) {
            Mention place = null;
            if (m.location() == null && !m.kind().equals("call")) {
                place = toldBefore(doc, m);
                if (place == null) {
                    place = toldInItsSentence(doc, m);
                }
                if (place == null) {
                    place = namedAfter(doc, m, meetings);
                }
                if (place == null) {
                    place = whereAPartyIs(doc, m);
                }
            }
            out.add(place == null ? m
                    : new Fact.Meeting(m.kind(), m.participants(), place, m.date(), m.planned(), m.evidence()));
        }
        return out;
    }

    /** "ahead of the summit opening" after "meet at a summit in Brussels": the place told with the same noun. */
    private static Mention toldBefore(MeetingDocument doc, Fact.Meeting m) {
        MeetingSentence s = doc.sentence(m.evidence().sentence());
        for (int k = 0; k < s.size(); k++) {
            if (!eventNoun(s, k) || !definite(s, k)) {
                continue;
            }
            for (int back = 1; back <= WINDOW && s.sentence.index() - back >= 0; back++) {
                MeetingSentence before = doc.sentence(s.sentence.index() - back);
                for (int j = 0; j < before.size(); j++) {
                    Mention place = before.lower(j).equals(s.lower(k)) && eventNoun(before, j) ? placeOf(before, j)
                            : null;
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /** "talks between U.S. and Mexican officials that culminated ... after a meeting in November in Houston": the
     * place told with another meeting noun of the meeting's own sentence. */
    private static Mention toldInItsSentence(MeetingDocument doc, Fact.Meeting m) {
        MeetingSentence s = doc.sentence(m.evidence().sentence());
        for (int k = 0; k < s.size(); k++) {
            Mention place = eventNoun(s, k) ? placeOf(s, k) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * "the Helsinki meeting" in one of the sentences after the meeting, before any other meeting is told: a noun
     * of the meeting's kind, made definite, with a place before it and no party after it.
     */
    private static Mention namedAfter(MeetingDocument doc, Fact.Meeting m, List<Fact.Meeting> meetings) {
        int at = m.evidence().sentence();
        for (int i = at + 1; i <= at + WINDOW && i < doc.size(); i++) {
            int index = i;
            if (meetings.stream().anyMatch(o -> o.evidence().sentence() == index)) {
                return null;
            }
            MeetingSentence s = doc.sentence(i);
            for (int k = 1; k < s.size(); k++) {
                MeetingSentence.Unit u = s.unitAt(k - 1);
                if (eventNoun(s, k) && m.kind().equals(s.lex.nouns.get(s.lower(k))) && u != null
                        && u.type() == EntityType.PLACE && u.from() > 0 && DEFINITE.contains(s.lower(u.from() - 1))
                        && !(k + 1 < s.size() && PARTY_OPENERS.contains(s.lower(k + 1)))) {
                    return u.mention();
                }
            }
        }
        return null;
    }

    /**
     * Where a party of the meeting is said to be: "Hollande, who ... will be in Russia Friday" on the meeting's day,
     * anywhere in the article; "Hagel and Kerry are in Sydney" with no day, in the meeting's sentence or one next
     * to it, of a meeting with no day.
     */
    private static Mention whereAPartyIs(MeetingDocument doc, Fact.Meeting m) {
        int at = m.evidence().sentence();
        for (int i = 0; i < doc.size(); i++) {
            MeetingSentence s = doc.sentence(i);
            for (int k = 1; k + 2 < s.size(); k++) {
                int in = s.pos(k).equals("ADV") ? k + 1 : k;
                MeetingSentence.Unit u = s.unitAt(in + 1);
                if (!s.lemma(k - 1).equals("be") || in + 1 >= s.size() || !s.lower(in).equals("in") || u == null
                        || u.from() != in + 1 || u.type() != EntityType.PLACE || !partyBefore(s, k - 1, m)) {
                    continue;
                }
                int d = u.to() + 1 < s.size() && s.lower(u.to()).equals("on") ? u.to() + 1 : u.to();
                TemporalExpression day = d < s.size() ? s.dateAt[d] : null;
                boolean sameDay = day != null && day.value() != null && m.date() != null
                        && day.value().equals(m.date().value());
                if (sameDay || day == null && m.date() == null && Math.abs(i - at) <= 1) {
                    return u.mention();
                }
            }
        }
        return null;
    }

    /** Whether a party of {@code m} is named in sentence {@code s} before token {@code k}. */
    private static boolean partyBefore(MeetingSentence s, int k, Fact.Meeting m) {
        for (MeetingSentence.Unit u : s.units) {
            if (u.to() <= k && m.participants().stream().anyMatch(p -> MeetingMerger.sameName(p, u.mention()))) {
                return true;
            }
        }
        return false;
    }

    /** A meeting noun that is no part of a name. */
    private static boolean eventNoun(MeetingSentence s, int k) {
        return s.lex.nouns.containsKey(s.lower(k)) && s.unitAt(k) == null;
    }

    /** "the summit", "their talks", "the same summit", "the Brussels summit": a noun of an event told before. */
    private static boolean definite(MeetingSentence s, int k) {
        int d = k - 1;
        while (d >= 0 && (s.pos(d).equals("ADJ") || s.unitAt(d) != null) && k - d <= 3) {
            d--;
        }
        return d >= 0 && DEFINITE.contains(s.lower(d));
    }

    /**
     * The place told with the meeting noun at {@code j}: a place just before it ("the Brussels summit"), or after
     * "in" or "at" within a few words after it ("a summit in Brussels", "talks taking place in Cuba").
     */
    private static Mention placeOf(MeetingSentence s, int j) {
        MeetingSentence.Unit before = s.unitAt(j - 1);
        if (before != null && before.type() == EntityType.PLACE) {
            return before.mention();
        }
        for (int t = j + 1; t < Math.min(s.size() - 1, j + 5); t++) {
            if (s.unitAt(t) != null || s.pos(t).equals("PUNCT")) {
                return null;
            }
            MeetingSentence.Unit u = s.unitAt(t + 1);
            if ((s.lower(t).equals("in") || s.lower(t).equals("at")) && u != null && u.from() == t + 1) {
                return u.type() == EntityType.PLACE ? u.mention() : null;
            }
        }
        return null;
    }
}
