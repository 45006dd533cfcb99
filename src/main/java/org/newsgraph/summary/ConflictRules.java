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
 * organization ({@link Offices}) over the same days. Their windows of publication days must overlap by
 * evidence, not by a stray mention: within the days both windows share, each is stated on at least
 * {@link #MIN_DAYS} days, and the less stated one in at least {@link #MIN_SHARE} of the other's articles (a
 * past holder still printed with the bare title after the handover appears in a few retrospective mentions,
 * while the holder of the day is named in most). A person known only in one article (an ambiguous short name's
 * own node) takes no part, nor do two names that are one person named two ways: one holds every word of the
 * other ("Netanyahu", "Benjamin Netanyahu"), they end in the same surname ("Joe Dunford", "Joseph Dunford"), or
 * their surnames differ by one letter ("Boehner", "Boeher": a misspelling).
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

    /** Days each holder of an office must be stated on, within the days both holders' windows share. */
    static final int MIN_DAYS = 2;

    /** The least share of the other holder's articles, within the shared days, the less stated holder needs. */
    static final double MIN_SHARE = 0.2;

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
                if (!distinctPeople(a.key().person(), b.key().person()) || !overlapByEvidence(a, b)) {
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

    /**
     * Whether two holders' windows share days on which both are stated often enough to be two claims of one
     * office, rather than a stray or retrospective mention of one inside the other's window.
     */
    static boolean overlapByEvidence(Summary a, Summary b) {
        Tally ta = a.tally();
        Tally tb = b.tally();
        if (!overlap(ta, tb)) {
            return false;
        }
        LocalDate from = ta.first().isAfter(tb.first()) ? ta.first() : tb.first();
        LocalDate to = ta.last().isBefore(tb.last()) ? ta.last() : tb.last();
        long[] inA = within(a.supports(), from, to);
        long[] inB = within(b.supports(), from, to);
        if (inA[1] < MIN_DAYS || inB[1] < MIN_DAYS) {
            return false;
        }
        return Math.min(inA[0], inB[0]) >= MIN_SHARE * Math.max(inA[0], inB[0]);
    }

    /** The number of articles and of distinct publication days among the supports published from..to. */
    private static long[] within(List<Support> supports, LocalDate from, LocalDate to) {
        Set<String> articles = new java.util.HashSet<>();
        Set<LocalDate> days = new java.util.HashSet<>();
        for (Support s : supports) {
            LocalDate d = s.published();
            if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                articles.add(s.article());
                days.add(d);
            }
        }
        return new long[] {articles.size(), days.size()};
    }

    /**
     * Whether two person nodes may be two people: neither node is an article's own, neither name holds the
     * other, they do not end in the same surname, nor in surnames one letter apart.
     */
    static boolean distinctPeople(String a, String b) {
        if (a.equals(b) || a.contains("/in/") || b.contains("/in/")) {
            return false;
        }
        String[] na = words(a);
        String[] nb = words(b);
        Set<String> wa = Set.of(na);
        Set<String> wb = Set.of(nb);
        if (wa.containsAll(wb) || wb.containsAll(wa)) {
            return false;
        }
        String sa = na[na.length - 1];
        String sb = nb[nb.length - 1];
        return !sa.equals(sb) && !(sa.length() >= 4 && sb.length() >= 4 && oneEditApart(sa, sb));
    }

    /** Whether two words differ by one letter changed, added or dropped. */
    static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            return x.substring(i + Math.min(1, x.length() - i)).equals(y.substring(i + Math.min(1, y.length() - i)));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = x.length() > y.length() ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
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
