package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalExpression;

/**
 * A statement read from an article, with its evidence. Entities are referred to by the mention that names
 * them; the resolve stage maps mentions to entities.
 */
public sealed interface Fact {

    Evidence evidence();

    /** The name of the rule that read the fact ({@code roles/title-before-name#title-name}). */
    default String rule() {
        return evidence().rule();
    }

    /** Whether a role is held now, was held, or is about to be. */
    enum Qualifier { CURRENT, FORMER, INCOMING, ACTING }

    /**
     * A person holds a role in or for an organization or country: "U.S. Secretary of State Marco Rubio".
     *
     * @param organization the body or country, or null when the text states none
     */
    record Role(Mention person, String role, Mention organization, Qualifier qualifier, Evidence evidence)
            implements Fact {
        public Role {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(evidence, "evidence");
            if (role.isBlank()) {
                throw new IllegalArgumentException("blank role");
            }
        }
    }

    /**
     * A meeting, talks, visit, summit or call: who took part, where and when, and whether it happened or
     * is planned.
     *
     * @param kind     the word the article uses ("meeting", "talks", "visit", "call", "summit")
     * @param location the place, or null
     * @param date     the date expression, or null
     */
    record Meeting(String kind, List<Mention> participants, Mention location, TemporalExpression date,
                   boolean planned, Evidence evidence) implements Fact {
        public Meeting {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(evidence, "evidence");
            participants = List.copyOf(participants);
        }
    }

    /**
     * A direct quotation and who said it.
     *
     * @param begin     offset of the quoted text in the article (without the quote marks)
     * @param verb      the reporting verb as written ("said", "told", "tweeted")
     * @param addressee who it was said to ("told JNS"), or null
     */
    record Quote(String text, int begin, int end, Mention speaker, String verb, Mention addressee,
                 Evidence evidence) implements Fact {
        public Quote {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** A byline: the people who wrote the article, and the outlet they wrote it for, or null. */
    record Authorship(List<Mention> authors, Mention outlet, Evidence evidence) implements Fact {
        public Authorship {
            Objects.requireNonNull(evidence, "evidence");
            authors = List.copyOf(authors);
        }
    }
}
