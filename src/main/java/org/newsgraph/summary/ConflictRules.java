package org.newsgraph.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.NG;

/**
 * Where summaries contradict each other. A conflict depends on its two summaries alone, so updating the
 * summaries of a scope (one office of one organization, one set of participants) updates its conflicts.
 *
 * <ul>
 * <li><b>Office</b>: two different people stated as current holders of one single-holder office of the same
 * organization ({@link Offices}) in overlapping windows of publication days. A person known only in one
 * article (an ambiguous short name's own node) takes no part, nor do two names of which one holds every word of
 * the other ("Netanyahu", "Benjamin Netanyahu"): that is one person named two ways, not a contradiction.
 * <li><b>Meeting place</b>: the same participants (two or more) meeting on the same day, at different places.
 * <li><b>Meeting date</b>: the same participants meeting at the same place (or none stated), on days at most
 * {@link #MEETING_DAYS} apart.
 * </ul>
 * The evidence of each side is the supporting fact nearest in publication time to the other side's, from
 * another article: a conflict stated by one article alone is no conflict between articles.
 */
final class ConflictRules {

    /** Reports of the same participants at the same place this many days apart or fewer are of one meeting. */
    static final int MEETING_DAYS = 3;

    private ConflictRules() {
    }

    /** Sides in order: first seen earlier first (undated last), then by IRI. */
    private static final Comparator<Summary> SIDES = Comparator
            .comparing((Summary s) -> s.tally().first(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary::iri);

    /** The conflicts among the current holders of one office of one organization. */
    static List<Conflict> offices(List<Summary.Role> holders) {
        List<Summary.Role> sorted = holders.stream().filter(h -> h.key().current()).sorted(SIDES).toList();
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Summary.Role a = sorted.get(i);
                Summary.Role b = sorted.get(j);
                if (!distinctPeople(a.key().person(), b.key().person()) || !overlap(a.tally(), b.tally())) {
                    continue;
                }
                Support[] pair = nearest(a.supports(), b.supports());
                if (pair != null) {
                    out.add(new Conflict(NG.OfficeConflict, a, b, pair[0], pair[1]));
                }
            }
        }
        return out;
    }

    /** The conflicts among the meetings of one set of participants. */
    static List<Conflict> meetings(List<Summary.Meeting> meetings) {
        List<Summary.Meeting> sorted = meetings.stream().filter(m -> m.key().participants().size() > 1)
                .sorted(SIDES).toList();
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Summary.Meeting a = sorted.get(i);
                Summary.Meeting b = sorted.get(j);
                Resource kind = meetingConflict(a.key(), b.key());
                if (kind == null) {
                    continue;
                }
                Support[] pair = nearest(a.supports(), b.supports());
                if (pair != null) {
                    out.add(new Conflict(kind, a, b, pair[0], pair[1]));
                }
            }
        }
        return out;
    }

    private static Resource meetingConflict(MeetingKey a, MeetingKey b) {
        LocalDate da = day(a.date());
        LocalDate db = day(b.date());
        if (da == null || db == null) {
            return null;
        }
        if (a.location() != null && b.location() != null && !a.location().equals(b.location()) && da.equals(db)) {
            return NG.MeetingPlaceConflict;
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(da, db));
        if (Objects.equals(a.location(), b.location()) && apart > 0 && apart <= MEETING_DAYS) {
            return NG.MeetingDateConflict;
        }
        return null;
    }

    /** The day of a meeting key's date when it is an {@code xsd:date}, else null. */
    static LocalDate day(String date) {
        String suffix = "^^" + XSDDatatype.XSDdate.getURI();
        if (date == null || !date.endsWith(suffix)) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, date.length() - suffix.length()));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean overlap(Tally a, Tally b) {
        return a.first() != null && b.first() != null
                && !a.first().isAfter(b.last()) && !b.first().isAfter(a.last());
    }

    /** Whether two person nodes may be two people: neither node is an article's own, neither name holds the other. */
    static boolean distinctPeople(String a, String b) {
        if (a.equals(b) || a.contains("/in/") || b.contains("/in/")) {
            return false;
        }
        Set<String> wa = Set.of(words(a));
        Set<String> wb = Set.of(words(b));
        return !wa.containsAll(wb) && !wb.containsAll(wa);
    }

    private static String[] words(String personIri) {
        String slug = personIri.substring(personIri.lastIndexOf('/') + 1);
        return Arrays.stream(slug.split("-")).distinct().toArray(String[]::new);
    }

    /**
     * One support of each side, from two different articles, published closest together; on a tie the more
     * confident pair, then the pair whose supports come first in their lists. Null when every support of both
     * sides is in one article. Dated supports are searched by date (the holders of an office may have thousands
     * each); undated ones only when no dated pair exists.
     */
    static Support[] nearest(List<Support> a, List<Support> b) {
        Candidate best = null;
        List<Integer> bDated = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (b.get(j).published() != null) {
                bDated.add(j);
            }
        }
        bDated.sort(Comparator.comparing((Integer j) -> b.get(j).published()).thenComparing(j -> j));
        long[] bDays = bDated.stream().mapToLong(j -> b.get(j).published().toEpochDay()).toArray();
        for (int i = 0; i < a.size(); i++) {
            Support x = a.get(i);
            if (x.published() == null) {
                continue;
            }
            long day = x.published().toEpochDay();
            int pos = Arrays.binarySearch(bDays, day);
            pos = pos < 0 ? -pos - 1 : pos;
            while (pos > 0 && bDays[pos - 1] == day) {
                pos--;
            }
            // Outwards from the insertion point, while a pair can still be as close as the best one.
            for (int lo = pos - 1, hi = pos; lo >= 0 || hi < bDays.length; ) {
                long dLo = lo >= 0 ? day - bDays[lo] : Long.MAX_VALUE;
                long dHi = hi < bDays.length ? bDays[hi] - day : Long.MAX_VALUE;
                boolean takeHi = dHi <= dLo;
                long d = takeHi ? dHi : dLo;
                if (best != null && d > best.days) {
                    break;
                }
                int j = bDated.get(takeHi ? hi++ : lo--);
                best = better(best, new Candidate(d, i, j, a, b));
            }
        }
        if (best == null) {
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    best = better(best, new Candidate(Long.MAX_VALUE / 2, i, j, a, b));
                }
            }
        }
        return best == null ? null : new Support[] {a.get(best.i), b.get(best.j)};
    }

    private record Candidate(long days, int i, int j, double confidence, boolean sameArticle) {

        Candidate(long days, int i, int j, List<Support> a, List<Support> b) {
            this(days, i, j, Math.min(a.get(i).confidence(), b.get(j).confidence()),
                    a.get(i).article().equals(b.get(j).article()));
        }
    }

    private static final Comparator<Candidate> CLOSEST = Comparator.comparingLong(Candidate::days)
            .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
            .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j);

    private static Candidate better(Candidate best, Candidate c) {
        if (c.sameArticle()) {
            return best;
        }
        return best == null || CLOSEST.compare(c, best) < 0 ? c : best;
    }
}
