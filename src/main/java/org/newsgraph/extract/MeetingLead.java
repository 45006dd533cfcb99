package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;

/**
 * The day of a hearing told further down a story whose lead tells of it (ANNOTATION.md 4.3: mentions of one
 * encounter take their place and date from any mention): "Federal Reserve Chairman Ben Bernanke on Wednesday
 * offered a tempered view of the U.S. economy. ... Bernanke told the U.S. House of Representatives Financial
 * Services Committee." A held hearing with no day of its own takes the day of the lead when the lead names its
 * witness, and the dateline's place when it has none, as the dateline places the lead.
 */
final class MeetingLead {

    private MeetingLead() {
    }

    /** The article's meetings, each hearing the lead tells of with the lead's day and place. */
    static List<Fact.Meeting> date(MeetingDocument doc, List<Fact.Meeting> meetings) {
        int lead = doc.lead();
        if (lead < 0) {
            return meetings;
        }
        MeetingSentence first = doc.sentence(lead);
        TemporalExpression day = pastDay(first);
        if (day == null) {
            return meetings;
        }
        List<Fact.Meeting> out = new ArrayList<>(meetings.size());
        for (Fact.Meeting m : meetings) {
            if (m.kind().equals("hearing") && m.date() == null && !m.planned() && m.evidence().sentence() > lead
                    && witnessNamed(first, m)) {
                Mention place = m.location() != null ? m.location() : doc.dateline.place();
                out.add(new Fact.Meeting(m.kind(), m.participants(), place, day, false, m.evidence()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The first day the sentence names that is not after the story's publication, or null. */
    private static TemporalExpression pastDay(MeetingSentence s) {
        for (TemporalExpression d : s.dates) {
            TemporalValue v = d.value();
            if (v != null && v.granularity() == TemporalValue.Granularity.DAY
                    && (s.published == null || !v.start().isAfter(s.published))) {
                return d;
            }
        }
        return null;
    }

    /** Whether a person of the meeting is named in the sentence, by the same surname ("Mr. Bernanke"). */
    private static boolean witnessNamed(MeetingSentence s, Fact.Meeting m) {
        for (Mention p : m.participants()) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            String surname = surname(p);
            for (MeetingSentence.Unit u : s.units) {
                if (u.type() == EntityType.PERSON && surname(u.mention()).equals(surname)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String surname(Mention p) {
        String[] words = MeetingMerger.key(p).split(" ");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
