package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;

/**
 * Roles written after a name: appositions ("Ariel Kallner, a parliamentarian for ... Likud Party,", "John
 * Smith, chief executive of Apple,"), relative clauses ("X, who heads the central bank,", "X, who is the
 * party's leader,"), copulas ("X is the president of Y") and a party or body in brackets after a name
 * ("Ohad Tal (Religious Zionism)" gives member of Religious Zionism).
 *
 * <p>The role phrase must fill the apposition: from the comma (or "is", "who is") to the next comma, full
 * stop, bracket or verb, every word must be a determiner, a qualifier, a modifier, the head or its "of",
 * "at", "for", "with" or "to" organization. Stateless; safe to share between threads.
 */
public final class AppositiveRoleExtractor implements FactExtractor {

    private static final Set<String> PAST_ROLE_VERBS = Set.of("headed", "led", "chaired", "ran", "directed",
            "managed");

    private final RoleGrammar grammar;

    /**
     * @param bodies gives PLACE for a country, state or region name, alias or demonym, ORGANIZATION for an
     *               international body, and null otherwise
     */
    public AppositiveRoleExtractor(Function<String, EntityType> bodies) {
        this.grammar = new RoleGrammar(RoleLexicon.bundled(), bodies);
    }

    @Override
    public List<Fact> extract(AnnotatedDocument document) {
        List<RoleGrammar.Candidate> titled = new ArrayList<>();
        Set<String> persons = grammar.knownPersons(document, titled);
        List<RoleGrammar.Candidate> mine = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            RoleGrammar.View v = grammar.view(document, s, persons);
            Map<Integer, RoleGrammar.Span> names = grammar.titledNames(v, grammar.titled(v));
            for (int c = 1; c < v.size() - 1; c++) {
                if (v.is(c, ",")) {
                    RoleGrammar.Span person = grammar.nameEndingAt(v, c - 1, names);
                    if (person != null) {
                        RoleGrammar.Candidate found = afterComma(v, person, c + 1, false);
                        if (found != null) {
                            mine.add(found);
                        }
                    }
                } else if (v.is(c, "is", "was")) {
                    RoleGrammar.Span person = grammar.nameEndingAt(v, c - 1, names);
                    if (person != null && v.is(c + 1, "the", "a", "an")) {
                        RoleGrammar.Candidate found = afterComma(v, person, c + 1, true);
                        if (found != null) {
                            mine.add(found.phrase().qualifier() == Fact.Qualifier.CURRENT && v.is(c, "was")
                                    ? withQualifier(found, Fact.Qualifier.FORMER) : found);
                        }
                    }
                } else if (v.is(c, "(")) {
                    RoleGrammar.Span person = grammar.nameEndingAt(v, c - 1, names);
                    if (person != null) {
                        RoleGrammar.Candidate found = bracketed(v, person, c + 1);
                        if (found != null) {
                            mine.add(found);
                        }
                    }
                }
            }
        }
        return RoleGrammar.facts(RoleGrammar.resolvePrincipals(mine, titled));
    }

    private static RoleGrammar.Candidate withQualifier(RoleGrammar.Candidate c, Fact.Qualifier q) {
        RoleGrammar.Phrase p = c.phrase();
        return new RoleGrammar.Candidate(c.person(),
                new RoleGrammar.Phrase(p.from(), p.to(), p.role(), p.organization(), q, p.principal()), c.evidence());
    }

    /** The role phrase that fills an apposition starting at token k, or null. */
    private RoleGrammar.Candidate afterComma(RoleGrammar.View v, RoleGrammar.Span person, int k, boolean copula) {
        int n = v.size();
        Fact.Qualifier tense = Fact.Qualifier.CURRENT;
        if (!copula && v.is(k, "who")) {
            k++;
            String verb = k < n ? v.word(k) : "";
            String verbRole = grammar.lexicon().roleVerb(verb);
            if (verbRole != null) {
                RoleGrammar.Span org = grammar.organizationAt(v, k + 1);
                if (org == null || !grammar.closes(v, org.to())) {
                    return null;
                }
                Fact.Qualifier q = PAST_ROLE_VERBS.contains(RoleLexicon.fold(verb))
                        ? Fact.Qualifier.FORMER : Fact.Qualifier.CURRENT;
                return new RoleGrammar.Candidate(person.mention(),
                        new RoleGrammar.Phrase(k, org.to(), verbRole, org.mention(), q, null),
                        v.evidence(person.from(), org.to(), 0.7));
            }
            if (!v.is(k, "is", "was", "'s")) {
                return null;
            }
            if (v.is(k, "was")) {
                tense = Fact.Qualifier.FORMER;
            }
            k++;
        }
        boolean determined = v.is(k, "a", "an", "the");
        if (determined) {
            k++;
        }
        int head = -1;
        int headTo = -1;
        for (int h = k; h < Math.min(n, k + 7); h++) {
            if (v.is(h, ",", ".", ";", ":", "(", ")") || "VERB".equals(v.t.get(h).pos()) && h > k) {
                break;
            }
            int to = grammar.headAt(v, h);
            if (to > 0) {
                head = h;
                headTo = to;
                // prefer the longest head starting further right only when it continues this one
                int again = to < n ? grammar.headAt(v, to) : -1;
                if (again > 0) {
                    continue;
                }
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        RoleGrammar.Phrase phrase = grammar.phrase(v, head, headTo, k);
        if (phrase.from() != k) {
            return null;
        }
        int end = headTo;
        String role = phrase.role();
        var organization = phrase.organization();
        if (end < n && v.is(end, "of", "at", "for", "with", "to")) {
            RoleGrammar.Span org = grammar.organizationAt(v, end + 1);
            if (org != null) {
                boolean regionFor = v.is(end, "for", "to") && org.mention().type() == EntityType.PLACE
                        && (organization != null || phrase.principal() != null);
                if (regionFor || organization != null || phrase.principal() != null) {
                    role = role + " " + v.text(end, org.to());
                } else {
                    organization = org.mention();
                }
                end = org.to();
            } else if (copula) {
                return null;
            }
        }
        if (!grammar.closes(v, end) && !grammar.lexicon().isReportingVerb(v.word(Math.min(end, n - 1)))) {
            return null;
        }
        if (copula && organization == null && phrase.principal() == null) {
            return null;
        }
        Fact.Qualifier q = phrase.qualifier() != Fact.Qualifier.CURRENT ? phrase.qualifier() : tense;
        double confidence = organization != null ? 0.8 : 0.65;
        return new RoleGrammar.Candidate(person.mention(),
                new RoleGrammar.Phrase(phrase.from(), end, role, organization, q, phrase.principal()),
                v.evidence(person.from(), end, confidence));
    }

    /** "Ohad Tal (Religious Zionism)": the bracketed party or body the person is a member of. */
    private RoleGrammar.Candidate bracketed(RoleGrammar.View v, RoleGrammar.Span person, int k) {
        int n = v.size();
        int close = k;
        while (close < n && !v.is(close, ")") && close - k < 6) {
            close++;
        }
        if (close >= n || !v.is(close, ")") || close == k || close - k > 4) {
            return null;
        }
        for (int i = k; i < close; i++) {
            if (!(v.cap(i) || v.is(i, "of", "and", "&")) || v.word(i).contains("-")
                    || v.word(i).chars().anyMatch(Character::isDigit)) {
                return null;
            }
        }
        String text = v.text(k, close);
        if (grammar.body(text) == EntityType.PLACE) {
            return null;
        }
        var org = v.newMention(EntityType.ORGANIZATION, k, close, 0.7);
        return new RoleGrammar.Candidate(person.mention(),
                new RoleGrammar.Phrase(k, close, "member", org, Fact.Qualifier.CURRENT, null),
                v.evidence(person.from(), close + 1, 0.7));
    }
}
