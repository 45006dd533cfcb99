package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.nlp.EntityType;

/**
 * The full names already known from other articles, for linking a short name ("Rubio") to the one person
 * it can mean ("Marco Rubio"). Read-only to the resolver; the store supplies it.
 */
public interface KnownNames {

    /** A known full name, with the number of articles that name it. */
    record Candidate(String name, int articles) {
    }

    /**
     * The known full names of the given type whose last words are {@code shortName} ("Rubio" matches
     * "Marco Rubio"), sorted by name.
     */
    List<Candidate> candidates(EntityType type, String shortName);

    /** No names known. */
    KnownNames NONE = (type, shortName) -> List.of();
}
