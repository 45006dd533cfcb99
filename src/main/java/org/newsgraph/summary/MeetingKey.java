package org.newsgraph.summary;

import java.util.List;
import java.util.Objects;
import org.newsgraph.rdf.NG;

/**
 * What a meeting summary is about: its participants (entity IRIs, sorted, at least one), its place (an IRI,
 * null when none is stated) and its date (the {@code schema:startDate} literal as {@code lexical^^datatype},
 * null when none is stated).
 */
record MeetingKey(List<String> participants, String location, String date) {

    MeetingKey {
        participants = participants.stream().sorted().distinct().toList();
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("a meeting has at least one participant");
        }
        Objects.requireNonNull(participants, "participants");
    }

    String iri() {
        return NG.summaryIri("meeting", Keys.digest("meeting", String.join(" ", participants), location, date));
    }
}
