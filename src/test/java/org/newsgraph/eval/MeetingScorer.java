package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Predictions.MeetingRow;

/**
 * Scores {@code meetings.rq} rows against an article's meetings.
 *
 * <p>Rows are grouped by {@code ?meeting}. Predicted and gold meetings are aligned one to one so that they share
 * as many participants as possible (a pair must share at least one; ties go to pairs whose location and date
 * agree, then to required gold meetings). A row is correct when its meeting is aligned to a gold meeting, its
 * participant matches a distinct slot of it (a participant, an optional participant or the session body), its
 * location matches (gold {@code []} requires none; the session body's names are accepted too) and its date
 * matches (gold null requires none; an optional date accepts that day or none). The gold rows are the required
 * participant slots, plus the session body as one slot, of the meetings that are not optional; a session body
 * given as the location of a correct meeting counts as found.
 *
 * <p>Sub-scores show what fails: participants over aligned meetings (names alone), location and date accuracy
 * over aligned meetings, and meetings found, missed and spurious.
 */
final class MeetingScorer {

    static final String MEETINGS = "meetings";
    static final String PARTICIPANTS = "participants (aligned meetings)";
    static final String LOCATION = "location (aligned meetings)";
    static final String DATE = "date (aligned meetings)";

    private MeetingScorer() {
    }

    /** A participant slot of a gold meeting. */
    private record Slot(List<String> names, boolean required, boolean body) {
    }

    /** One predicted meeting: its distinct rows and participants. */
    private record Predicted(String id, List<MeetingRow> rows, List<String> participants) {
    }

    static KindResult score(GoldSet.Article gold, List<MeetingRow> predicted) {
        List<GoldSet.Meeting> meetings = gold.meetings();
        List<Predicted> groups = group(predicted);
        List<List<Slot>> slots = meetings.stream().map(MeetingScorer::slots).toList();
        int[] goldOf = align(groups, meetings, slots);

        KindResult.Builder out = new KindResult.Builder(Kind.MEETINGS).part(MEETINGS, Score.ZERO)
                .part(PARTICIPANTS, Score.ZERO).part(LOCATION, Score.ZERO).part(DATE, Score.ZERO);
        int rows = 0;
        int correct = 0;
        int goldRows = 0;
        int found = 0;
        boolean[] aligned = new boolean[meetings.size()];
        for (int p = 0; p < groups.size(); p++) {
            Predicted pm = groups.get(p);
            rows += pm.rows().size();
            if (goldOf[p] < 0) {
                out.wrong("meeting " + show(pm), "spurious: no gold meeting shares a participant ("
                        + pm.rows().size() + " rows)");
                continue;
            }
            int g = goldOf[p];
            aligned[g] = true;
            int[] c = scoreAligned(pm, meetings.get(g), slots.get(g), out);
            correct += c[0];
            found += c[1];
        }
        int requiredMeetings = 0;
        int requiredFound = 0;
        for (int g = 0; g < meetings.size(); g++) {
            GoldSet.Meeting m = meetings.get(g);
            if (m.optional()) {
                continue;
            }
            requiredMeetings++;
            int n = (int) slots.get(g).stream().filter(Slot::required).count();
            goldRows += n;
            if (aligned[g]) {
                requiredFound++;
            } else {
                out.missed("meeting " + show(m) + " (" + n + " rows)");
            }
        }
        int alignedPredicted = (int) Arrays.stream(goldOf).filter(g -> g >= 0).count();
        out.part(MEETINGS, new Score(groups.size(), alignedPredicted, requiredMeetings, requiredFound));
        return out.score(rows, correct, goldRows, found).build();
    }

    /** Scores the rows of a predicted meeting aligned to a gold one: {correct rows, required slots found}. */
    private static int[] scoreAligned(Predicted pm, GoldSet.Meeting g, List<Slot> slots, KindResult.Builder out) {
        List<MeetingRow> rows = pm.rows();
        boolean[] required = new boolean[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            required[s] = slots.get(s).required();
        }
        int[] match = Matching.match(rows.size(), slots.size(), (r, s) -> locationMatches(g, rows.get(r).location())
                && dateMatches(g, rows.get(r).date())
                && Normaliser.nameMatches(slots.get(s).names(), rows.get(r).participant()), required);
        boolean[] filled = new boolean[slots.size()];
        int correct = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (match[r] >= 0) {
                correct++;
                filled[match[r]] = true;
            } else {
                out.wrong(show(rows.get(r)), why(rows.get(r), g, slots));
            }
        }
        boolean bodyAsLocation = g.sessionBody() != null && rows.stream().anyMatch(r ->
                Normaliser.nameMatches(g.sessionBody(), r.location()) && dateMatches(g, r.date()));
        int found = 0;
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            if (!slot.required()) {
                continue;
            }
            if (filled[s] || (slot.body() && bodyAsLocation)) {
                found++;
            } else {
                out.missed((slot.body() ? "session body " : "participant ") + slot.names().get(0) + " of meeting "
                        + show(g));
            }
        }

        // What fails, item by item: participants by name alone, the location, the date.
        int[] byName = Matching.match(pm.participants().size(), slots.size(),
                (p, s) -> Normaliser.nameMatches(slots.get(s).names(), pm.participants().get(p)), required);
        boolean[] named = new boolean[slots.size()];
        int namedRows = 0;
        for (int s : byName) {
            if (s >= 0) {
                named[s] = true;
                namedRows++;
            }
        }
        int requiredSlots = 0;
        int namedRequired = 0;
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).required()) {
                requiredSlots++;
                boolean bodyPlace = slots.get(s).body() && rows.stream()
                        .anyMatch(r -> Normaliser.nameMatches(g.sessionBody(), r.location()));
                namedRequired += named[s] || bodyPlace ? 1 : 0;
            }
        }
        out.part(PARTICIPANTS, new Score(pm.participants().size(), namedRows, requiredSlots,
                namedRequired));
        int location = rows.stream().allMatch(r -> locationMatches(g, r.location())) ? 1 : 0;
        out.part(LOCATION, new Score(1, location, 1, location));
        int date = rows.stream().allMatch(r -> dateMatches(g, r.date())) ? 1 : 0;
        out.part(DATE, new Score(1, date, 1, date));
        return new int[] {correct, g.optional() ? 0 : found};
    }

    static boolean locationMatches(GoldSet.Meeting g, String location) {
        if (Normaliser.key(location).isEmpty()) {
            return g.location().isEmpty();
        }
        return Normaliser.nameMatches(g.location(), location)
                || (g.sessionBody() != null && Normaliser.nameMatches(g.sessionBody(), location));
    }

    static boolean dateMatches(GoldSet.Meeting g, String date) {
        if (date.isEmpty()) {
            return g.date() == null || g.dateOptional();
        }
        return date.equals(g.date());
    }

    private static List<Slot> slots(GoldSet.Meeting m) {
        List<Slot> out = new ArrayList<>();
        m.participants().forEach(p -> out.add(new Slot(p, !m.optional(), false)));
        m.optionalParticipants().forEach(p -> out.add(new Slot(p, false, false)));
        if (m.sessionBody() != null) {
            out.add(new Slot(m.sessionBody(), !m.optional(), true));
        }
        return out;
    }

    /** The predicted meetings: rows grouped by {@code ?meeting}, one row per normalised (participant, location, date). */
    private static List<Predicted> group(List<MeetingRow> rows) {
        Map<String, Map<List<String>, MeetingRow>> byMeeting = new LinkedHashMap<>();
        for (MeetingRow r : rows) {
            byMeeting.computeIfAbsent(r.meeting(), k -> new LinkedHashMap<>()).putIfAbsent(
                    List.of(Normaliser.key(r.participant()), Normaliser.key(r.location()), r.date()), r);
        }
        List<Predicted> out = new ArrayList<>();
        byMeeting.forEach((id, distinct) -> {
            Map<String, String> participants = new LinkedHashMap<>();
            distinct.values().forEach(r -> participants.putIfAbsent(Normaliser.key(r.participant()), r.participant()));
            out.add(new Predicted(id, List.copyOf(distinct.values()), List.copyOf(participants.values())));
        });
        return out;
    }

    /**
     * For each predicted meeting, the gold meeting it is aligned to, or -1: the one-to-one assignment with the
     * most shared participants in total, found with the Hungarian method. Agreement on location and date, then a
     * required gold meeting, break ties; they weigh less than one shared participant however many pairs there are.
     */
    private static int[] align(List<Predicted> predicted, List<GoldSet.Meeting> gold, List<List<Slot>> slots) {
        int n = predicted.size();
        int m = gold.size();
        int[] out = new int[n];
        Arrays.fill(out, -1);
        if (n == 0 || m == 0) {
            return out;
        }
        long unit = 3L * Math.max(n, m) + 1;
        long[][] weight = new long[n][m];
        for (int p = 0; p < n; p++) {
            Predicted pm = predicted.get(p);
            for (int g = 0; g < m; g++) {
                List<Slot> s = slots.get(g);
                int shared = (int) Arrays.stream(Matching.match(pm.participants().size(), s.size(),
                        (i, j) -> Normaliser.nameMatches(s.get(j).names(), pm.participants().get(i))))
                        .filter(j -> j >= 0).count();
                if (shared == 0) {
                    continue;
                }
                GoldSet.Meeting gm = gold.get(g);
                boolean location = pm.rows().stream().allMatch(r -> locationMatches(gm, r.location()));
                boolean date = pm.rows().stream().allMatch(r -> dateMatches(gm, r.date()));
                weight[p][g] = shared * unit + (location ? 1 : 0) + (date ? 1 : 0) + (gm.optional() ? 0 : 1);
            }
        }
        int[] assignment = Hungarian.maximise(weight);
        for (int p = 0; p < n; p++) {
            int g = assignment[p];
            if (g >= 0 && weight[p][g] > 0) {
                out[p] = g;
            }
        }
        return out;
    }

    private static String why(MeetingRow row, GoldSet.Meeting g, List<Slot> slots) {
        List<String> reasons = new ArrayList<>();
        if (!locationMatches(g, row.location())) {
            reasons.add("location " + (row.location().isEmpty() ? "none" : row.location()) + "; gold "
                    + (g.location().isEmpty() ? "none" : String.join("|", g.location())));
        }
        if (!dateMatches(g, row.date())) {
            reasons.add("date " + (row.date().isEmpty() ? "none" : row.date()) + "; gold "
                    + (g.date() == null ? "none" : g.date() + (g.dateOptional() ? " or none" : "")));
        }
        if (slots.stream().noneMatch(s -> Normaliser.nameMatches(s.names(), row.participant()))) {
            reasons.add("not a participant of " + show(g));
        } else if (reasons.isEmpty()) {
            reasons.add("duplicate: the participant's slot is already matched");
        }
        return String.join("; ", reasons);
    }

    static String show(GoldSet.Meeting m) {
        List<String> names = new ArrayList<>();
        m.participants().forEach(p -> names.add(p.get(0)));
        m.optionalParticipants().forEach(p -> names.add(p.get(0) + "?"));
        if (m.sessionBody() != null) {
            names.add("body " + m.sessionBody().get(0));
        }
        return "[" + String.join(", ", names) + "] @" + (m.location().isEmpty() ? "none" : m.location().get(0)) + " "
                + (m.date() == null ? "no date" : m.date() + (m.dateOptional() ? "?" : "")) + " " + m.status()
                + (m.optional() ? " [optional]" : "");
    }

    private static String show(Predicted pm) {
        MeetingRow first = pm.rows().get(0);
        return "[" + String.join(", ", pm.participants()) + "] @" + (first.location().isEmpty() ? "none"
                : first.location()) + " " + (first.date().isEmpty() ? "no date" : first.date());
    }

    private static String show(MeetingRow r) {
        return r.participant() + " @" + (r.location().isEmpty() ? "none" : r.location()) + " "
                + (r.date().isEmpty() ? "no date" : r.date());
    }
}
