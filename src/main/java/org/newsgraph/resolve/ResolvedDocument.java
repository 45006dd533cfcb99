package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
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

    /**
     * The article's facts, each role of a person once: the role extractors may each find one ("Chancellor
     * Gordon Brown", "Mr Brown would remain as chancellor"), and a role is the same when the person, the
     * role (whatever its case), its qualifier and the organization (or its absence) are the same. A role
     * without an organization stays beside one with it: "chief executive of the holding company" and "chief
     * executive officer of Union Central Life" may be two posts.
     */
    public List<Fact> facts() {
        Set<String> seen = new HashSet<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : extracted.facts()) {
            if (f instanceof Fact.Role r && entityOf(r.person()) != null && !seen.add(roleKey(r))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private String roleKey(Fact.Role r) {
        Entity org = entityOf(r.organization());
        return entityOf(r.person()).key() + "\t" + r.role().toLowerCase(Locale.ROOT) + "\t" + r.qualifier() + "\t"
                + (org == null ? "" : org.key());
    }

    /** The entity a mention names, or null when it was not resolved (a MISC name, say). */
    public Entity entityOf(Mention mention) {
        return mention == null ? null : mentions.get(mention);
    }
}
