package org.newsgraph.summary;

import java.time.LocalDate;
import java.util.List;

/** A fact across the articles that state it: its node's IRI, its supports (in {@link Support#ORDER}) and their tally. */
sealed interface Summary permits Summary.Role, Summary.Meeting {

    String iri();

    List<Support> supports();

    Tally tally();

    /**
     * A role summary. {@code endedBefore}, on a current role, is the first publication day after the last
     * current statement of an article calling the person a former holder of the same role (null when none).
     */
    record Role(RoleKey key, List<Support> supports, Tally tally, LocalDate endedBefore) implements Summary {

        public Role {
            supports = List.copyOf(supports);
        }

        @Override
        public String iri() {
            return key.iri();
        }
    }

    /** A meeting summary: held when any supporting article reports it held, else planned. */
    record Meeting(MeetingKey key, List<Support> supports, Tally tally) implements Summary {

        public Meeting {
            supports = List.copyOf(supports);
        }

        @Override
        public String iri() {
            return key.iri();
        }

        boolean held() {
            return supports.stream().anyMatch(s -> !s.planned());
        }
    }
}
