package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.nlp.Mention;

/**
 * An article whose mentions are resolved to entities.
 *
 * @param entities  every entity the article names, each once
 * @param mentions  the entity each resolved mention names
 * @param authors   the article's bylined authors (from its metadata or its byline)
 * @param publisher the outlet named in the article's {@code source}, or null
 * @param links     how the short names the article never spelt out were resolved across articles
 */
public record ResolvedDocument(ExtractedDocument extracted, List<Entity> entities, Map<Mention, Entity> mentions,
                               List<Entity> authors, Entity publisher, List<NameLink> links) {
    public ResolvedDocument {
        Objects.requireNonNull(extracted, "extracted");
        entities = List.copyOf(entities);
        mentions = Map.copyOf(mentions);
        authors = List.copyOf(authors);
        links = List.copyOf(links);
    }

    public org.newsgraph.ingest.Article article() {
        return extracted.annotated().article();
    }

    /** The entity a mention names, or null when it was not resolved (a MISC name, say). */
    public Entity entityOf(Mention mention) {
        return mention == null ? null : mentions.get(mention);
    }
}
