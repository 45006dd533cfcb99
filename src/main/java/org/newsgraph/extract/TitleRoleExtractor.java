package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;

/**
 * Roles written as a title before a name, the commonest way news English gives one: "U.S. Secretary of
 * State Marco Rubio", "Saudi Crown Prince Mohammed bin Salman", "Energy and Infrastructure Minister Eli
 * Cohen", "Trump's hostage envoy Adam Boehler", "Knesset member Naor Shiri", "former Israeli Prime Minister
 * Ehud Olmert", and the determined title before a comma, "the country's foreign minister, Sergei Lavrov".
 *
 * <p>The country or body before the title is the organization; a person's possessive before it makes the
 * role belong to that person's country when the article gives it ("Trump's envoy" after "U.S. President
 * Donald Trump"). When the name finder missed the name after a title, the capitalised words there become
 * a PERSON mention. Each person and role is stated once per article; see {@link RoleGrammar} for the rules.
 * Stateless; safe to share between threads.
 */
public final class TitleRoleExtractor implements FactExtractor {

    private final RoleGrammar grammar;

    /**
     * @param bodies gives PLACE for a country, state or region name, alias or demonym, ORGANIZATION for an
     *               international body, and null otherwise
     */
    public TitleRoleExtractor(Function<String, EntityType> bodies) {
        this.grammar = new RoleGrammar(RoleLexicon.bundled(), bodies);
    }

    @Override
    public List<Fact> extract(AnnotatedDocument document) {
        List<RoleGrammar.Candidate> titled = new ArrayList<>();
        grammar.knownPersons(document, titled);
        return RoleGrammar.facts(RoleGrammar.resolvePrincipals(titled, titled));
    }
}
