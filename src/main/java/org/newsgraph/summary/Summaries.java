package org.newsgraph.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.rdf.NG;

/**
 * Groups stated facts into summaries. A summary is a function of its facts alone: the facts are sorted before
 * anything is computed from them, so the order they were read in never shows.
 */
final class Summaries {

    private Summaries() {
    }

    /** The role summaries of the facts, one per key, current ones closed by later "former" statements. */
    static List<Summary.Role> roles(Collection<Stated<RoleKey>> facts) {
        Map<RoleKey, List<Support>> byKey = group(facts);
        List<Summary.Role> out = new ArrayList<>();
        byKey.forEach((key, supports) -> {
            Tally tally = Tally.of(supports);
            LocalDate endedBefore = null;
            List<Support> former = byKey.get(key.group().with(NG.Former.getURI()));
            if (key.current() && former != null && tally.last() != null) {
                for (Support s : former) {
                    LocalDate d = s.published();
                    if (d != null && d.isAfter(tally.last()) && (endedBefore == null || d.isBefore(endedBefore))) {
                        endedBefore = d;
                    }
                }
            }
            out.add(new Summary.Role(key, supports, tally, endedBefore));
        });
        return out;
    }

    /** The meeting summaries of the facts, one per key. */
    static List<Summary.Meeting> meetings(Collection<Stated<MeetingKey>> facts) {
        List<Summary.Meeting> out = new ArrayList<>();
        group(facts).forEach((key, supports) -> out.add(new Summary.Meeting(key, supports, Tally.of(supports))));
        return out;
    }

    private static <K> Map<K, List<Support>> group(Collection<Stated<K>> facts) {
        Map<K, List<Support>> byKey = new HashMap<>();
        for (Stated<K> f : facts) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f.support());
        }
        byKey.values().forEach(list -> list.sort(Support.ORDER));
        // The same fact read twice (a row per participant of a meeting) counts once.
        byKey.replaceAll((k, list) -> dedupe(list));
        return byKey;
    }

    private static List<Support> dedupe(List<Support> sorted) {
        List<Support> out = new ArrayList<>(sorted.size());
        for (Support s : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).fact().equals(s.fact())) {
                out.add(s);
            }
        }
        return out;
    }
}
