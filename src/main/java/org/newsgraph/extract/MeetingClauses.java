package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;

/**
 * Where a meeting trigger's clause ends, and the place and date that belong to it, in a {@link MeetingSentence}:
 * the place after "in" or "at" in the clause (or opening the sentence: "In Tokyo, ..."), the place a travel
 * verb goes to ("traveling to Doha ... for talks"), and the date expression in the clause or opening the
 * sentence or its reported clause ("said that on Thursday Smith would meet"), never one that belongs to a
 * verb of saying ("Rubio said on Monday that a meeting ...").
 */
final class MeetingClauses {

    /** Words that open a relative or subordinate clause, which ends the trigger's clause. */
    private static final Set<String> CLAUSE_WORDS = Words.list("clause-opener");
    /** "set to take place in Z on D", "due to be held", "scheduled to begin": the clause goes on. */
    private static final Set<String> HAPPEN = Words.list("happen-verb");
    /** Adverbs that open a sentence before its date, whatever tag their capital gets them ("Earlier/PROPN"). */
    private static final Set<String> OPENING_ADVERBS = Words.list("opening-adverb");

    private final MeetingLexicon lex;

    MeetingClauses(MeetingLexicon lex) {
        this.lex = lex;
    }

    /** Where the trigger's clause ends: a relative or subordinate clause, a purpose clause, a semicolon. */
    int clauseEnd(MeetingSentence s, int from) {
        for (int k = from + 1; k < s.size(); k++) {
            if (endsClause(s, k)) {
                return k;
            }
        }
        return s.size();
    }

    /** Whether token k ends the clause before it: it opens another, or is a purpose "to", or a verb of saying. */
    boolean endsClause(MeetingSentence s, int k) {
        String w = s.lower(k);
        if (CLAUSE_WORDS.contains(w) && (s.pos(k).equals("PRON") || s.pos(k).equals("SCONJ")
                || s.pos(k).equals("CCONJ") || s.pos(k).equals("PUNCT") || w.equals("according"))) {
            return true;
        }
        if (w.equals("to") && s.pos(k).equals("PART") && k + 1 < s.size() && s.pos(k + 1).equals("VERB")
                && !HAPPEN.contains(s.lemma(k + 1))) {
            return true;
        }
        return s.pos(k).equals("VERB") && lex.say.contains(s.lemma(k));
    }

    /** The first place after "in" or "at" in the clause, after the trigger first, then before it. */
    Mention location(MeetingSentence s, int clauseStart, int trigger, int clauseEnd) {
        Mention after = placeAfterPreposition(s, trigger + 1, clauseEnd);
        if (after != null) {
            return after;
        }
        int start = Math.max(0, clauseStart);
        if (s.size() > 0 && (s.lower(0).equals("in") || s.lower(0).equals("at")) && !saidBetween(s, 0, start)) {
            // "In Tokyo, Lyng met ...", but not "At the White House, Trump told officials he had discussed ...
            // with the NRA": the place of the telling is not the talks'
            start = 0;
        }
        return placeAfterPreposition(s, start, trigger);
    }

    /** Whether a verb of saying stands between tokens {@code from} and {@code to}. */
    private boolean saidBetween(MeetingSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.pos(k).equals("VERB") && lex.say.contains(s.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    Mention placeAfterPreposition(MeetingSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (!(w.equals("in") || w.equals("at")) || !s.pos(k).equals("ADP")) {
                continue;
            }
            int limit = MeetingPhrases.phraseEndForward(s, k + 1, to);
            for (MeetingSentence.Unit u : s.units) {
                boolean place = u.type() == EntityType.PLACE
                        || (u.type() == EntityType.MISC && u.to() - u.from() >= 2);
                if (u.from() > k && u.to() <= limit && place
                        && (MeetingPhrases.isHead(s, u, limit) || (u.to() < s.size() && s.lower(u.to()).equals(",")))) {
                    Mention m = u.mention();
                    // a name the finder left untyped ("the Brazilian Federal District") is a place here
                    return m.type() == EntityType.PLACE ? m
                            : new Mention(EntityType.PLACE, m.text(), m.begin(), m.end(), m.sentence(), m.confidence());
                }
            }
        }
        return null;
    }

    /**
     * The date of the meeting: a date expression after the trigger in its clause, or between the clause's
     * start and the trigger, or opening the sentence; never one whose nearest verb is a verb of saying, or
     * with a verb of saying between it and the trigger. The nearest to the trigger wins.
     */
    TemporalExpression date(MeetingSentence s, int clauseStart, int trigger, int clauseEnd) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestAt = -1;
        TemporalExpression after = null;
        for (int k = 0; k < s.size(); k++) {
            TemporalExpression d = s.dateAt[k];
            if (d == null || (k > 0 && s.dateAt[k - 1] == d)) {
                continue;
            }
            boolean inClause;
            if (k > trigger) {
                inClause = k < clauseEnd;
            } else {
                inClause = k >= clauseStart || opensSentence(s, k) || opensClause(s, k, clauseStart);
                for (int m = k + 1; m < trigger && inClause; m++) {
                    if (s.pos(m).equals("VERB") && lex.say.contains(s.lemma(m))) {
                        inClause = false;
                    }
                }
            }
            if (!inClause || saidOn(s, k)) {
                continue;
            }
            if (k > trigger && after == null) {
                after = d;
            }
            int distance = Math.abs(k - trigger);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
                bestAt = k;
            }
        }
        if (after != null && bestAt >= 0 && bestAt < trigger && joinedAfter(s, bestAt, trigger)) {
            // "meet officials on Monday and meet Roe on Tuesday": each verb joined by "and" has its own day
            return after;
        }
        return best;
    }

    /** Whether a conjunction stands between the date at {@code k} and the trigger, after the date's words. */
    private static boolean joinedAfter(MeetingSentence s, int k, int trigger) {
        for (int m = k + 1; m < trigger; m++) {
            if (s.dateAt[m] == null && s.pos(m).equals("CCONJ")) {
                return true;
            }
        }
        return false;
    }

    /** "said that on Thursday Smith would meet": the date stands between "that" and the subject. */
    static boolean opensClause(MeetingSentence s, int k, int clauseStart) {
        for (int m = k; m < clauseStart; m++) {
            String p = s.pos(m);
            if (!(s.dateAt[m] != null || p.equals("ADP") || p.equals("CCONJ") || s.lower(m).equals(","))) {
                return false;
            }
        }
        int m = k - 1;
        while (m >= 0 && (s.pos(m).equals("ADP") || s.lower(m).equals(","))) {
            m--;
        }
        return m < 0 || s.lower(m).equals("that") || s.pos(m).equals("SCONJ");
    }

    /** Whether the date at k opens the sentence, after prepositions and adverbs only: "Earlier on Friday, ...". */
    static boolean opensSentence(MeetingSentence s, int k) {
        for (int m = 0; m < k; m++) {
            if (!s.pos(m).equals("ADP") && !s.pos(m).equals("ADV") && !OPENING_ADVERBS.contains(s.lower(m))) {
                return false;
            }
        }
        return true;
    }

    /** "said on Monday", "told JNS on Tuesday": the date belongs to the saying. */
    boolean saidOn(MeetingSentence s, int k) {
        for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
            if (s.pos(m).equals("VERB")) {
                return lex.say.contains(s.lemma(m));
            }
            if (s.lower(m).equals("that") || s.pos(m).equals("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** The verb itself when it is one of travel, or the travel verb its infinitive hangs on ("leave ... to attend"). */
    int travelVerbBefore(MeetingSentence s, int verb) {
        if (lex.travel.contains(s.lemma(verb))) {
            return verb;
        }
        if (verb >= 2 && s.lower(verb - 1).equals("to")) {
            for (int k = verb - 2; k >= 0; k--) {
                if (s.pos(k).equals("VERB")) {
                    return lex.travel.contains(s.lemma(k)) ? k : -1;
                }
            }
        }
        return -1;
    }

    /**
     * Where a travel verb goes: the first place after its "to" ("leave for": after its "for"; "arrived in", "landed
     * in": after the "in" right after the verb).
     */
    Mention destination(MeetingSentence s, int v, int limit) {
        for (int k = v + 1; k < limit; k++) {
            if (s.lower(k).equals("to") || ((s.lower(k).equals("for") || s.lower(k).equals("in") && lex.arrival.contains(
                    s.lemma(v))) && (k == v + 1 || k == v + 2 && s.dateAt[v + 1] != null))) {
                for (MeetingSentence.Unit u : MeetingPhrases.headsForward(s, k + 1, limit)) {
                    if (u.type() == EntityType.PLACE) {
                        return u.mention();
                    }
                }
                MeetingSentence.Unit u = s.unitAt(k + 1);
                if (u != null && u.type() == EntityType.PLACE) {
                    return u.mention();
                }
                return null;
            }
        }
        return null;
    }

    /** Whether "for" stands between a travel verb and the meeting it goes for ("flew to Doha for talks"). */
    static boolean forBetween(MeetingSentence s, int verb, int noun) {
        for (int k = verb + 1; k < noun; k++) {
            if (s.lower(k).equals("for") && noun - k <= 3) {
                return true;
            }
        }
        return false;
    }

    static int adjectivesBefore(MeetingSentence s, int n) {
        int k = 0;
        while (n - 1 - k > 0 && (s.pos(n - 1 - k).equals("ADJ") || s.pos(n - 1 - k).equals("DET"))) {
            k++;
        }
        return k;
    }

    /** A phone word among the three words before i or in its clause after it: "spoke with Putin by phone". */
    boolean phoneNear(MeetingSentence s, int i) {
        for (int j = Math.max(0, i - 3); j < Math.min(clauseEnd(s, i), i + 10); j++) {
            if (lex.phoneWords.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place of a visit or trip named in a phrase that opens the sentence before {@code verb} ("During his
     * trip to Washington, ...", "On a visit to Tokyo, ..."), or null.
     */
    Mention visitedBefore(MeetingSentence s, int verb) {
        if (s.size() == 0 || !s.pos(0).equals("ADP")) {
            return null;
        }
        for (int k = 1; k + 1 < verb; k++) {
            if (s.lower(k).equals(",")) {
                return null;
            }
            if ("visit".equals(lex.nouns.get(s.lower(k))) && s.lower(k + 1).equals("to")) {
                MeetingSentence.Unit u = s.unitAt(k + 2);
                return u != null && u.type() == EntityType.PLACE ? u.mention() : null;
            }
        }
        return null;
    }
}
