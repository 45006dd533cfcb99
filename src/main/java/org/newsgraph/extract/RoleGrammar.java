package org.newsgraph.extract;

import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The phrase readers that the role and quotation rules share, and the values they read: a person's name
 * ({@link NameReader}), a role title read leftwards from its head ({@link TitleReader}), an organization after
 * "of", "for" or "at" ({@link OrganizationReader}). They read the UD tokens of one {@link RoleSentence}; the
 * rule files say how these phrases make a role or an attribution. Stateless apart from the lexicon and the
 * known-body lookup; safe to share between threads.
 */
final class RoleGrammar {

    final RoleLexicon lexicon;
    private final Function<String, EntityType> bodies;
    final NameReader names;
    final TitleReader titles;
    final OrganizationReader organizations;

    /**
     * @param bodies gives PLACE for a country, state or region name, alias or demonym ("Saudi", "U.S."),
     *               ORGANIZATION for an international body, and null for any other name
     */
    RoleGrammar(RoleLexicon lexicon, Function<String, EntityType> bodies) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.names = new NameReader(this);
        this.titles = new TitleReader(this);
        this.organizations = new OrganizationReader(this);
    }

    /** A span of tokens [from, to) in a sentence, with the mention it stands for. */
    record Span(int from, int to, Mention mention) {
    }

    /** A role phrase read from a sentence, before its principal is resolved. */
    record Phrase(int from, int to, String role, Mention organization, Fact.Qualifier qualifier, Span principal) {
    }

    /** A role fact in the making: the phrase, the person it belongs to, and its evidence. */
    record Candidate(Mention person, Phrase phrase, Evidence evidence) {
    }

    /** The type of a known country, region or body, or null. */
    EntityType body(String name) {
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        n = n.replace('\u2019', '\'').replaceAll("'s$|'$", "");
        return n.isEmpty() ? null : bodies.apply(n);
    }

    /** The last word of a name, folded, without a possessive ending. */
    static String lastWord(String name) {
        String f = RoleLexicon.fold(name);
        if (f.endsWith("'s")) {
            f = f.substring(0, f.length() - 2);
        } else if (f.endsWith("'")) {
            f = f.substring(0, f.length() - 1);
        }
        return f.substring(f.lastIndexOf(' ') + 1);
    }

    /** Whether an appositive or inserted name ends here: comma, full stop, bracket, end or a verb. */
    static boolean closes(RoleSentence v, int i) {
        return i >= v.size() || v.is(i, ",", ".", ";", ":", ")", "(", "--", "-", "\u2014", "\u2013", "and", "who",
                "which", "whose", "since", "\"", "\u201D", "'")
                || "VERB".equals(v.t.get(i).pos()) || "AUX".equals(v.t.get(i).pos());
    }
}
