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
 */
public record ResolvedDocument(ExtractedDocument extracted, List<Entity> entities, Map<Mention, Entity> mentions,
                               List<Entity> authors, Entity publisher) {
    public ResolvedDocument {
        Objects.requireNonNull(extracted, "extracted");
        entities = List.copyOf(entities);
        mentions = Map.copyOf(mentions);
        authors = List.copyOf(authors);
    }

    public org.newsgraph.ingest.Article article() {
        return extracted.annotated().article();
    }

    /** The entity a mention names, or null when it was not resolved (a MISC name, say). */
    public Entity entityOf(Mention mention) {
        return mention == null ? null : mentions.get(mention);
    }
}
