package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.extract.RoleGrammar.Candidate;

/**
 * Person-role-organization facts, read by the rules of {@code rules/roles/}: titles before names ("U.S.
 * Secretary of State Marco Rubio", "Trump's hostage envoy Adam Boehler", "the country's foreign minister,
 * Sergei Lavrov"), appositions ("Ariel Kallner, a parliamentarian for ... Likud Party,"), relative clauses
 * ("X, who heads the central bank,"), copulas ("X is also president of Y"), "as" clauses ("X has been
 * reelected as leader of Y"), naming verbs ("named X president") and brackets ("Ohad Tal (Religious
 * Zionism)").
 *
 * <p>The country or body of a title is the organization; a role of a person's principal ("Trump's envoy")
 * takes the principal's country when the article gives it ("U.S. President Donald Trump"); a bare national title
 * ("Chancellor Angela Merkel") takes the country of the article's dateline when the story is mostly about it
 * ({@link HomeCountry}). Each person and
 * role is stated once per construction family (titles, then the rest). Stateless; safe to share between
 * threads.
 */
public final class RoleExtractor implements FactExtractor {

    private final RoleRules rules;
    private final Layer<KnownPersons> persons;

    RoleExtractor(RoleRules rules, Layer<KnownPersons> persons) {
        this.rules = rules;
        this.persons = persons;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(persons);
    }

    @Override
    public Set<Class<? extends Fact>> gives() {
        return Set.of(Fact.Role.class);
    }

    @Override
    public List<Fact> extract(Layers document) {
        KnownPersons known = document.get(persons);
        HomeCountry.Countries[] home = new HomeCountry.Countries[1];
        Supplier<HomeCountry.Countries> country = () -> {
            if (home[0] == null) {
                home[0] = HomeCountry.bundled().of(document.document());
            }
            return home[0];
        };
        RoleFacts.Bodies bodies = new RoleFacts.Bodies(document.document().mentions());
        List<Candidate> titled = RoleFacts.withHomeCountry(RoleFacts.withBody(known.titled, bodies), country,
                List.of());
        List<Fact> out = new ArrayList<>(RoleFacts.facts(RoleFacts.resolvePrincipals(titled, titled)));
        List<Candidate> after = new ArrayList<>();
        for (RoleSentence v : known.views) {
            after.addAll(rules.afterName(v));
        }
        List<Candidate> placed = RoleFacts.withHomeCountry(RoleFacts.withBody(after, bodies), country,
                known.titled);
        out.addAll(RoleFacts.facts(RoleFacts.resolvePrincipals(placed, titled)));
        return out;
    }
}
