package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;

/**
 * Merges the meetings of one article that tell of the same event: an article names a meeting in its lead
 * ("a rare direct meeting between a U.S. envoy and Hamas") and again later ("the meeting between ... Adam
 * Boehler and Hamas"). Two meetings merge when they share a participant (the same name, or for people the
 * same surname), are both calls or both not, agree on held or planned, and do not name different places or
 * different dates; a meeting joins the one before that shares the most participants with it. Two meetings of
 * one sentence merge only when one's participants are among the other's (the sentence told of two meetings
 * otherwise: "X met A, B and C"), or when both are a hearing. The merged meeting keeps the first one's kind and evidence.
 */
final class MeetingMerger {

    private MeetingMerger() {
    }

    /**
     * The article's meetings, mentions of one event merged; each of {@code lone} (a mention naming one party
     * alone: "X arrived on a visit to Ottawa") joins the meeting it shares a party with, or is dropped.
     */
    static List<Fact.Meeting> merge(List<Fact.Meeting> meetings, List<Fact.Meeting> lone) {
        List<Fact.Meeting> out = merge(meetings);
        for (Fact.Meeting m : lone) {
            int target = target(out, m);
            if (target >= 0) {
                out.set(target, union(out.get(target), m));
            }
        }
        return out;
    }

    static List<Fact.Meeting> merge(List<Fact.Meeting> meetings) {
        List<Fact.Meeting> out = new ArrayList<>();
        for (Fact.Meeting m : meetings) {
            int target = target(out, m);
            if (target < 0) {
                out.add(m);
            } else {
                out.set(target, union(out.get(target), m));
            }
        }
        return out;
    }

    private static boolean sameEvent(Fact.Meeting a, Fact.Meeting b) {
        boolean oneHearing = a.kind().equals("hearing") && b.kind().equals("hearing");
        if (a.evidence().sentence() == b.evidence().sentence() && !contains(a, b) && !contains(b, a) && !oneHearing) {
            // one sentence, two meetings that each have a party the other lacks: "X met A, then B" read apart;
            // but a sentence tells of one hearing ("X questioned Y during a House hearing")
            return false;
        }
        if (visitsCountry(a) && visitsCountry(b) && noneShared(countriesOf(a), countriesOf(b))) {
            // "Obama also visited Afghanistan, Iraq and Jordan": a visit to each country is its own meeting
            return false;
        }
        boolean visitAndTalks = visitsCountry(a) != visitsCountry(b);
        if (visitAndTalks && meetsAnotherPerson(visitsCountry(a) ? b : a, visitsCountry(a) ? a : b)) {
            // "Doe arrived on a visit to Canada. ... Doe held talks with Roe": the visit to the country and the
            // talks with a person held during it are two meetings
            return false;
        }
        // a visit under way and the talks of its day at its place are one meeting, however each is told ("opens
        // talks with officials today" and "during his two-week visit here")
        boolean samePlace = a.location() != null && b.location() != null;
        if (a.kind().equals("call") != b.kind().equals("call")
                || a.planned() != b.planned() && !(visitAndTalks && samePlace)) {
            return false;
        }
        if (a.location() != null && b.location() != null && !key(a.location()).equals(key(b.location()))) {
            return false;
        }
        if (a.date() != null && b.date() != null && !sameValue(a.date(), b.date())) {
            return false;
        }
        return !noneShared(a.participants(), b.participants());
    }

    /** A visit that meets a country ("a visit to Canada", "a visit to Ottawa"). */
    private static boolean visitsCountry(Fact.Meeting m) {
        return m.kind().equals("visit") && m.participants().stream().anyMatch(p -> p.type() == EntityType.PLACE);
    }

    /** The places a visit meets ("Canada" of "a visit to Canada"). */
    private static List<Mention> countriesOf(Fact.Meeting visit) {
        return visit.participants().stream().filter(p -> p.type() == EntityType.PLACE).toList();
    }

    /** Whether no mention of {@code xs} names what a mention of {@code ys} names. */
    private static boolean noneShared(List<Mention> xs, List<Mention> ys) {
        return xs.stream().noneMatch(x -> ys.stream().anyMatch(y -> sameName(x, y)));
    }

    /** Whether {@code m} has a person among its participants whom {@code visit} does not name. */
    private static boolean meetsAnotherPerson(Fact.Meeting m, Fact.Meeting visit) {
        return m.participants().stream().anyMatch(p -> p.type() == EntityType.PERSON
                && visit.participants().stream().noneMatch(v -> sameName(p, v)));
    }

    /** The meeting read before that tells of the same event and shares the most participants with m, or -1. */
    private static int target(List<Fact.Meeting> out, Fact.Meeting m) {
        int target = -1;
        int best = 0;
        for (int i = 0; i < out.size(); i++) {
            int shared = sameEvent(out.get(i), m) ? shared(out.get(i), m) : 0;
            if (shared > best) {
                target = i;
                best = shared;
            }
        }
        return target;
    }

    private static int shared(Fact.Meeting a, Fact.Meeting b) {
        int n = 0;
        for (Mention x : a.participants()) {
            if (b.participants().stream().anyMatch(y -> sameName(x, y))) {
                n++;
            }
        }
        return n;
    }

    /** Whether every participant of {@code b} is one of {@code a}'s. */
    private static boolean contains(Fact.Meeting a, Fact.Meeting b) {
        return b.participants().stream().allMatch(y -> a.participants().stream().anyMatch(x -> sameName(x, y)));
    }

    private static boolean sameValue(TemporalExpression a, TemporalExpression b) {
        return a.value() != null && a.value().equals(b.value());
    }

    static boolean sameName(Mention x, Mention y) {
        if (key(x).equals(key(y))) {
            return true;
        }
        if (x.type() == EntityType.PERSON && y.type() == EntityType.PERSON) {
            String[] a = key(x).split(" ");
            String[] b = key(y).split(" ");
            return a[a.length - 1].equals(b[b.length - 1]);
        }
        return false;
    }

    static String key(Mention m) {
        return m.text().replaceAll("(?:'s|\u2019s)$", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Fact.Meeting union(Fact.Meeting a, Fact.Meeting b) {
        List<Mention> participants = new ArrayList<>(a.participants());
        for (Mention m : b.participants()) {
            if (participants.stream().noneMatch(p -> p.begin() == m.begin() && p.end() == m.end())) {
                participants.add(m);
            }
        }
        Evidence e = a.evidence();
        Evidence evidence = e.withConfidence(Math.max(e.confidence(), b.evidence().confidence()));
        // a visit lasts days: the day it begins is not the day of the talks held during it
        TemporalExpression date = a.date() != null ? a.date()
                : b.kind().equals("visit") && !a.kind().equals("visit") ? null : b.date();
        return new Fact.Meeting(a.kind(), participants, a.location() != null ? a.location() : b.location(),
                date, a.planned(), evidence);
    }
}
