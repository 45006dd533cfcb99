package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Meetings, talks, visits, summits and calls: who took part, where and when, and whether they happened or are
 * planned, read by the rules of {@code rules/meetings/} and the meeting frames ({@link MeetingFrames}).
 * Meetings of one article that share a participant and do not disagree on place, date or status are merged
 * ({@link MeetingMerger}); a mention that names one party alone only adds to a meeting told elsewhere, and
 * those a later sentence places there join it ({@link MeetingPresence}); a meeting whose sentence gives no place
 * takes the one another mention of its event tells ({@link MeetingPlaces}), a hearing the story's lead tells of
 * the lead's day ({@link MeetingLead}). The
 * evidence is the sentence. Stateless and thread-safe once built.
 */
public final class MeetingExtractor implements FactExtractor {

    private final MeetingRules rules;
    private final Layer<MeetingDocument> sentences;

    MeetingExtractor(MeetingRules rules, Layer<MeetingDocument> sentences) {
        this.rules = rules;
        this.sentences = sentences;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(sentences);
    }

    @Override
    public Set<Class<? extends Fact>> gives() {
        return Set.of(Fact.Meeting.class);
    }

    @Override
    public List<Fact> extract(Layers layers) {
        MeetingDocument doc = layers.get(sentences);
        List<Fact.Meeting> found = new ArrayList<>();
        List<Fact.Meeting> lone = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            rules.read(doc.sentence(i), found, lone);
            MeetingPresence.join(doc.sentence(i), found);
        }
        return new ArrayList<>(MeetingLead.date(doc, MeetingPlaces.carry(doc, MeetingMerger.merge(found, lone))));
    }
}
