package org.newsgraph.resolve;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.EntityType;

/**
 * A person, organization or place: its stable key, its type, its canonical name and the other names it
 * goes by.
 *
 * @param key a path such as {@code person/marco-rubio}, derived from the type and the normalised name
 *            by {@link EntityKeys}; the same entity gets the same key in every article and every run, and
 *            the rdf stage turns it into the entity's IRI
 */
public record Entity(String key, EntityType type, String label, Set<String> aliases) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        TreeSet<String> sorted = new TreeSet<>(aliases);
        sorted.remove(label);
        aliases = java.util.Collections.unmodifiableSortedSet(sorted);
    }
}
