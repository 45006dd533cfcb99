package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Those a sentence places at the meeting told just before: "Some ministers were present at the event: Antonio
 * Palocci (Economy), Eduardo Campos (Science)", "Also present were Roger Agnelli and Eduardo Dutra", "Also
 * testifying was Raymond McDaniel". The people named join the last meeting read from the sentences before
 * (ANNOTATION.md: the ministers named as present take part); one also testifying joins it when it is a
 * hearing. Names in brackets ("(Petrobras)") are what the people stand for, and join nothing.
 */
final class MeetingPresence {

    /** How many sentences back the meeting may have been told that a sentence of presence adds to. */
    private static final int WINDOW = 3;
    private static final Set<String> ATTENDING = Set.of("attending", "testifying", "present");

    private MeetingPresence() {
    }

    /** Adds the people sentence {@code s} places at the meeting before to it, in {@code found}. */
    static void join(MeetingSentence s, List<Fact.Meeting> found) {
        String word = presence(s);
        if (word == null || found.isEmpty()) {
            return;
        }
        int target = found.size() - 1;
        Fact.Meeting m = found.get(target);
        int at = m.evidence().sentence();
        if (at == s.sentence.index()) {
            return; // the sentence tells of a meeting of its own
        }
        if (word.equals("testifying") ? !m.kind().equals("hearing") : at < s.sentence.index() - WINDOW) {
            return;
        }
        List<Mention> participants = new ArrayList<>(m.participants());
        int depth = 0;
        for (int k = 0; k < s.size(); k++) {
            depth += s.lower(k).equals("(") ? 1 : s.lower(k).equals(")") ? -1 : 0;
            MeetingSentence.Unit u = s.unitAt(k);
            if (u == null || u.from() != k || depth > 0 || u.type() != EntityType.PERSON) {
                continue;
            }
            MeetingSentence.Unit next = s.unitAt(u.to());
            if (next != null && next.type() == EntityType.PERSON) {
                continue; // "Chief Executive" + "Raymond McDaniel": a title the name finder took for a name
            }
            if (MeetingSentence.notTaken(u.mention(), participants)) {
                participants.add(u.mention());
            }
        }
        if (participants.size() > m.participants().size()) {
            found.set(target, new Fact.Meeting(m.kind(), participants, m.location(), m.date(), m.planned(),
                    m.evidence()));
        }
    }

    /**
     * The word that places people at a meeting, or null: "present" after a form of "be" ("were present at",
     * "Also present were"), "attending" or "testifying" next to one ("Also testifying was").
     */
    private static String presence(MeetingSentence s) {
        for (int k = 0; k < s.size(); k++) {
            String w = s.lower(k);
            if (!ATTENDING.contains(w) || s.unitAt(k) != null) {
                continue;
            }
            boolean beBefore = k > 0 && s.lemma(k - 1).equals("be")
                    || k > 1 && s.lemma(k - 2).equals("be") && s.pos(k - 1).equals("ADV");
            boolean alsoBefore = k > 0 && s.lower(k - 1).equals("also") && k + 1 < s.size()
                    && s.lemma(k + 1).equals("be");
            if (w.equals("present") ? beBefore || alsoBefore : alsoBefore) {
                return w;
            }
        }
        return null;
    }
}
