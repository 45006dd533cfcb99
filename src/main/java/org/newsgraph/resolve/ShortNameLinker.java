package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.nlp.EntityType;

/**
 * Decides what a one-word person name an article never spells out in full stands for, given the people
 * known in full from other articles: the one person it can mean ({@code unique}), a node of the article's
 * own with a scored link to each candidate ({@code ambiguous}; confidences proportional to how many
 * articles name each), or itself ({@code unknown}). The decision depends only on the name, the article id
 * and the known names.
 */
public final class ShortNameLinker {

    /** Confidence of a link to the only known person with that surname. */
    public static final double UNIQUE_LINK_CONFIDENCE = 0.9;

    private final KnownNames known;

    public ShortNameLinker(KnownNames known) {
        this.known = Objects.requireNonNull(known, "known");
    }

    public NameLink decide(String shortName, String articleId) {
        return decide(shortName, articleId, Set.of());
    }

    /**
     * Decides as {@link #decide(String, String)} does, leaving out the known people whose keys are in
     * {@code ownKeys}: the people the article names in full itself. A short name the article cannot resolve
     * within itself does not mean one of its own people; and so what an article adds to the known names never
     * depends on the known names.
     */
    public NameLink decide(String shortName, String articleId, Set<String> ownKeys) {
        List<KnownNames.Candidate> candidates = known.candidates(EntityType.PERSON, shortName);
        if (!ownKeys.isEmpty()) {
            candidates = candidates.stream()
                    .filter(c -> !ownKeys.contains(EntityKeys.key(EntityType.PERSON, c.name()))).toList();
        }
        if (candidates.isEmpty()) {
            return new NameLink(shortName, person(EntityKeys.key(EntityType.PERSON, shortName), shortName),
                    "unknown", 1.0, List.of());
        }
        if (candidates.size() == 1) {
            String full = candidates.get(0).name();
            return new NameLink(shortName, person(EntityKeys.key(EntityType.PERSON, full), full), "unique",
                    UNIQUE_LINK_CONFIDENCE, List.of());
        }
        double total = candidates.stream().mapToInt(c -> Math.max(1, c.articles())).sum();
        List<NameLink.Scored> scored = new ArrayList<>();
        for (KnownNames.Candidate c : candidates) {
            double confidence = Math.round(Math.max(1, c.articles()) / total * 1000) / 1000.0;
            scored.add(new NameLink.Scored(person(EntityKeys.key(EntityType.PERSON, c.name()), c.name()), confidence));
        }
        return new NameLink(shortName, person(EntityKeys.articleKey(EntityType.PERSON, shortName, articleId),
                shortName), "ambiguous", 1.0, scored);
    }

    private static Entity person(String key, String label) {
        return new Entity(key, EntityType.PERSON, label, Set.of());
    }
}
