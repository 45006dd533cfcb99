package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;

/**
 * How a short name the article never spelt out in full ("Rubio") was resolved across articles.
 *
 * @param shortName  the name as the article gives it
 * @param entity     the entity the article's mentions of it now refer to
 * @param method     {@code unique} (one known full name ends with it: linked to that person),
 *                   {@code ambiguous} (several do: a node of this article's own, with candidate links) or
 *                   {@code unknown} (none do: the name stands for itself)
 * @param confidence how sure the link is, in [0,1]
 * @param candidates for an ambiguous name, the known people it may be, each with a confidence
 */
public record NameLink(String shortName, Entity entity, String method, double confidence, List<Scored> candidates) {

    /** A candidate entity and how likely the short name means it. */
    public record Scored(Entity entity, double confidence) {
    }

    public NameLink {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(method, "method");
        candidates = List.copyOf(candidates);
    }
}
