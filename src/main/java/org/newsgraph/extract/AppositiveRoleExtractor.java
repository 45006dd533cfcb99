package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Roles written after a name: appositions ("Ariel Kallner, a parliamentarian for ... Likud Party,", "F.
 * Ross Johnson, 55, president and chief executive officer,"), relative clauses ("X, who heads the central
 * bank,", "X, who had been executive vice president,"), copulas ("X is also president of Y", "X was a
 * Palestinian leader"), "as" clauses ("X has been reelected as leader of Y", "X retired as chairman of Y"),
 * naming verbs ("named X president and chief executive officer") and a party or body in brackets after a
 * name ("Ohad Tal (Religious Zionism)" gives member of Religious Zionism; "Eduardo Dutra (Petrobras,
 * government oil company, president)" gives president of Petrobras).
 *
 * <p>The role phrase must fill its slot: from the comma (or verb) to the next comma, full stop, bracket,
 * relative pronoun or verb, every word must be a determiner, a qualifier, a modifier, a head or its "of",
 * "at", "for", "with" or "to" organization. A copula needs an organization ("X is the president" alone
 * says too little to be sure it is a role). Stateless; safe to share between threads.
 */
public final class AppositiveRoleExtractor implements FactExtractor {

    private static final Set<String> PAST_ROLE_VERBS = Set.of("headed", "led", "chaired", "ran", "directed",
            "managed");
    private static final Set<String> ADVERBS = Set.of("also", "now", "currently", "still", "formerly", "once",
            "previously", "later", "then", "already");
    private static final Set<String> FORMER_AS = Set.of("retired", "resigned", "quit", "served", "worked",
            "stepped", "down", "sacked", "fired", "ousted", "replaced", "succeeded");
    private static final Set<String> AS_VERBS = Set.of("retired", "resigned", "quit", "served", "serves", "serving",
            "worked", "works", "working", "down", "elected", "reelected", "re-elected", "appointed", "named",
            "chosen", "confirmed", "installed", "sworn", "in", "reappointed", "nominated", "joined", "continues",
            "remain", "remains", "stays");
    private static final Set<String> NAMING_VERBS = Set.of("named", "appointed", "elected", "nominated",
            "promoted", "made", "picked", "chose", "tapped");

    private enum Slot { APPOSITION, COPULA, AS }

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
        for (RoleGrammar.View v : grammar.views(document, persons)) {
            Map<Integer, RoleGrammar.Span> names = grammar.titledNames(v, grammar.titled(v));
            for (int c = 1; c < v.size() - 1; c++) {
                RoleGrammar.Candidate found = null;
                if (v.is(c, ",")) {
                    int last = c - 1;
                    if (last >= 1 && grammar.postNominal(v, last)) {
                        // "Paul Boateng MP, Labour's Chief Secretary to the Treasury,"
                        RoleGrammar.Span mp = grammar.nameEndingAt(v, last - 1, names);
                        if (mp != null) {
                            mine.add(new RoleGrammar.Candidate(mp.mention(), new RoleGrammar.Phrase(last, c,
                                    v.word(last), null, Fact.Qualifier.CURRENT, null), v.evidence(mp.from(), c, 0.75)));
                            last--;
                        }
                    }
                    RoleGrammar.Span person = grammar.nameEndingAt(v, last, names);
                    if (person != null) {
                        int k = c + 1;
                        if (k + 1 < v.size() && isNumber(v.word(k)) && v.is(k + 1, ",")) {
                            k += 2; // "Burke, 57, ..."
                        }
                        int copula = copulaEnd(v, k);
                        found = copula > k
                                ? slot(v, person, skipAdverbs(v, copula), Slot.APPOSITION, copulaTense(v, k))
                                : slot(v, person, k, Slot.APPOSITION, Fact.Qualifier.CURRENT);
                    }
                } else if (copulaEnd(v, c) > c) {
                    RoleGrammar.Span person = grammar.nameEndingAt(v, c - 1, names);
                    if (person != null) {
                        found = slot(v, person, skipAdverbs(v, copulaEnd(v, c)), Slot.COPULA, copulaTense(v, c));
                    }
                } else if (v.is(c, "as") && AS_VERBS.contains(v.fold(c - 1))) {
                    int verb = c - 1;
                    int k = verb - 1;
                    while (k >= 0 && ("AUX".equals(v.t.get(k).pos()) || ADVERBS.contains(v.fold(k))
                            || AS_VERBS.contains(v.fold(k)))) {
                        k--;
                    }
                    RoleGrammar.Span person = grammar.nameEndingAt(v, k, names);
                    if (person != null) {
                        Fact.Qualifier q = FORMER_AS.contains(v.fold(verb)) || FORMER_AS.contains(v.fold(k + 1))
                                ? Fact.Qualifier.FORMER : Fact.Qualifier.CURRENT;
                        found = slot(v, person, c + 1, Slot.AS, q);
                    }
                } else if (NAMING_VERBS.contains(v.fold(c)) && c >= 2 && v.is(c - 1, "was", "were", "been", "is")) {
                    // "director Irving Hellman was named acting chairman"
                    int k = c - 2;
                    while (k >= 0 && ("AUX".equals(v.t.get(k).pos()) || ADVERBS.contains(v.fold(k)))) {
                        k--;
                    }
                    if (k >= 1 && v.is(k, ",")) {
                        // "Frank Brand, who had been executive vice president, was named ..."
                        int o = k - 1;
                        while (o > 0 && k - o < 14 && !v.is(o, ",")) {
                            o--;
                        }
                        k = v.is(o, ",") ? o - 1 : -1;
                    }
                    RoleGrammar.Span person = grammar.nameEndingAt(v, k, names);
                    if (person != null) {
                        found = slot(v, person, v.is(c + 1, "as") ? c + 2 : c + 1, Slot.AS, Fact.Qualifier.CURRENT);
                    }
                } else if (NAMING_VERBS.contains(v.fold(c))) {
                    RoleGrammar.Span person = grammar.nameAt(v, c + 1);
                    if (person != null && person.to() < v.size()) {
                        int k = person.to();
                        Fact.Qualifier q = Fact.Qualifier.CURRENT;
                        if (v.is(k, "as")) {
                            k++;
                        } else if (v.is(k, "to") && v.is(k + 1, "become", "be", "succeed")) {
                            k += 2;
                            q = Fact.Qualifier.INCOMING;
                        }
                        found = slot(v, person, k, Slot.AS, q);
                    }
                } else if (v.is(c, "(")) {
                    RoleGrammar.Span person = grammar.nameEndingAt(v, c - 1, names);
                    if (person != null) {
                        found = bracketed(v, person, c + 1);
                    }
                }
                if (found != null) {
                    mine.add(found);
                }
            }
        }
        return RoleGrammar.facts(RoleGrammar.resolvePrincipals(mine, titled));
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /** End of a copula at token k ("is", "was", "has been", "will become", "who is"), or k when none. */
    private static int copulaEnd(RoleGrammar.View v, int k) {
        int i = k;
        if (v.is(i, "who")) {
            i++;
        }
        if (v.is(i, "is", "was", "'s", "becomes", "became", "remains", "remained")) {
            return i + 1;
        }
        if (v.is(i, "has", "had", "have") && v.is(i + 1, "been")) {
            return i + 2;
        }
        if (v.is(i, "will", "would") && v.is(i + 1, "be", "become", "remain")) {
            return i + 2;
        }
        return k;
    }

    private static Fact.Qualifier copulaTense(RoleGrammar.View v, int k) {
        int i = v.is(k, "who") ? k + 1 : k;
        if (v.is(i, "was", "had", "remained")) {
            return Fact.Qualifier.FORMER;
        }
        if (v.is(i, "will", "would")) {
            return Fact.Qualifier.INCOMING;
        }
        return Fact.Qualifier.CURRENT;
    }

    private static int skipAdverbs(RoleGrammar.View v, int k) {
        while (k < v.size() && ADVERBS.contains(v.fold(k))) {
            k++;
        }
        return k;
    }

    /** The role phrase that fills a slot starting at token k, or null. */
    private RoleGrammar.Candidate slot(RoleGrammar.View v, RoleGrammar.Span person, int k, Slot slot,
                                      Fact.Qualifier tense) {
        int n = v.size();
        if (k >= n) {
            return null;
        }
        if (slot == Slot.APPOSITION && v.is(k, "who")) {
            String verb = k + 1 < n ? v.word(k + 1) : "";
            String verbRole = grammar.lexicon().roleVerb(verb);
            if (verbRole == null) {
                return null;
            }
            RoleGrammar.Span org = grammar.organizationAt(v, k + 2);
            if (org == null || !grammar.closes(v, org.to())) {
                return null;
            }
            Fact.Qualifier q = PAST_ROLE_VERBS.contains(RoleLexicon.fold(verb))
                    ? Fact.Qualifier.FORMER : Fact.Qualifier.CURRENT;
            return new RoleGrammar.Candidate(person.mention(),
                    new RoleGrammar.Phrase(k, org.to(), verbRole, org.mention(), q, null),
                    v.evidence(person.from(), org.to(), 0.7));
        }
        if (v.is(k, "the") && k + 1 < n && v.possessive(k + 1) && !v.cap(k + 1)) {
            k += v.is(k + 2, "'s", "'") ? 3 : 2; // "the party's Treasury spokesman"
        } else if (v.is(k, "a", "an", "the", "its", "their")) {
            k++;
        }
        int head = -1;
        int headTo = -1;
        for (int h = k; h < Math.min(n, k + 7); h++) {
            if (v.is(h, ",", ".", ";", ":", "(", ")") || "VERB".equals(v.t.get(h).pos()) && h > k
                    && grammar.headAt(v, h) < 0) {
                break;
            }
            int to = grammar.headAt(v, h);
            if (to > 0) {
                head = h;
                headTo = to;
                if (to < n && grammar.headAt(v, to) > 0) {
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
        // "president and chief executive officer", "chairman, president and chief executive"
        while (end + 1 < n && v.is(end, "and", ",", "&")) {
            int nextStart = end + 1;
            if (v.is(end, ",") && v.is(nextStart, "and")) {
                nextStart++;
            }
            int next = nextStart < n ? grammar.headAt(v, nextStart) : -1;
            if (next < 0) {
                break;
            }
            role = role + (v.is(end, ",") ? ", " : " and ") + v.text(nextStart, next);
            end = next;
        }
        Mention organization = phrase.organization();
        if (end < n && v.is(end, "of", "at", "for", "with", "to")) {
            RoleGrammar.Span org = grammar.organizationAt(v, end + 1);
            if (org != null) {
                boolean regionFor = v.is(end, "for", "to") && org.mention().type() == EntityType.PLACE;
                if (regionFor || organization != null || phrase.principal() != null) {
                    role = role + " " + v.text(end, org.to());
                } else {
                    organization = org.mention();
                }
                end = org.to();
            } else if (slot == Slot.COPULA) {
                return null;
            } else {
                // "chairman of the board" (a short complement stays in the role), "president of the life
                // insurance holding company"
                int e = end + 1;
                while (e < n && !grammar.closes(v, e) && e - end < 8) {
                    e++;
                }
                if (e - end <= 3 && v.is(end, "of")) {
                    role = role + " " + v.text(end, e);
                }
                end = e;
            }
        }
        if (organization != null && !grammar.closes(v, end)) {
            // "of the NYSE special surveillance committee,", "of its Nabisco Brands unit,"
            int e = end;
            while (e < n && e - end < 4 && !v.cap(e) && "NOUN ADJ".contains(v.t.get(e).pos())) {
                e++;
            }
            if (e > end && grammar.closes(v, e)) {
                end = e;
            }
        }
        boolean closed = grammar.closes(v, end) || end < n && grammar.lexicon().isReportingVerb(v.word(end))
                || slot == Slot.AS && end < n && v.is(end, "in", "on", "at", "from", "until", "after", "replacing",
                "succeeding", "effective");
        if (!closed) {
            return null;
        }
        if (slot == Slot.COPULA && organization == null && phrase.principal() == null) {
            return null;
        }
        Fact.Qualifier q = phrase.qualifier() != Fact.Qualifier.CURRENT ? phrase.qualifier() : tense;
        double confidence = organization != null ? 0.8 : 0.65;
        return new RoleGrammar.Candidate(person.mention(),
                new RoleGrammar.Phrase(phrase.from(), end, role, organization, q, phrase.principal()),
                v.evidence(Math.min(person.from(), k), Math.max(end, person.to()), confidence));
    }

    /**
     * "Ohad Tal (Religious Zionism)": the bracketed party or body the person is a member of; "(Petrobras,
     * government oil company, president)": a role with its organization.
     */
    /**
     * A portfolio in brackets after a name in a list that a plural title opens with a colon: "Brazilian ministers
     * were present: Antonio Palocci (Economy), Roberto Rodrigues (Agriculture)" gives "Economy minister" of
     * Brazil. Null when no such title stands before the name.
     */
    private RoleGrammar.Candidate listedPortfolio(RoleGrammar.View v, RoleGrammar.Span person, int k, int close) {
        int colon = person.from() - 1;
        while (colon >= 0 && !v.is(colon, ":")) {
            colon--;
        }
        for (int h = colon - 1; h >= 0 && colon >= 0; h--) {
            String plural = v.fold(h);
            String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                    : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : "";
            if (singular.isEmpty() || !grammar.lexicon().isHead(singular)) {
                continue;
            }
            EntityType country = h > 0 ? grammar.body(v.word(h - 1)) : null;
            Mention org = country != null ? v.newMention(country, h - 1, h, 0.7) : null;
            String role = v.text(k, close) + " " + singular;
            return new RoleGrammar.Candidate(person.mention(),
                    new RoleGrammar.Phrase(k, close, role, org, Fact.Qualifier.CURRENT, null),
                    v.evidence(person.from(), close + 1, 0.6));
        }
        return null;
    }

    private RoleGrammar.Candidate bracketed(RoleGrammar.View v, RoleGrammar.Span person, int k) {
        int n = v.size();
        int close = k;
        while (close < n && !v.is(close, ")") && close - k < 10) {
            close++;
        }
        if (close >= n || !v.is(close, ")") || close == k) {
            return null;
        }
        int headStart = grammar.headEndingAt(v, close - 1, k);
        if (headStart >= 0) {
            RoleGrammar.Phrase phrase = grammar.phrase(v, headStart, close, k);
            Mention org = phrase.organization();
            if (org == null && v.cap(k)) {
                RoleGrammar.Span first = grammar.capRunAt(v, k);
                if (first != null && first.to() < close && v.is(first.to(), ",")) {
                    org = first.mention();
                }
            }
            return new RoleGrammar.Candidate(person.mention(),
                    new RoleGrammar.Phrase(k, close, phrase.role(), org, phrase.qualifier(), phrase.principal()),
                    v.evidence(person.from(), close + 1, 0.65));
        }
        if (close - k > 4) {
            return null;
        }
        boolean portfolio = true;
        for (int i = k; i < close; i++) {
            if (!(v.cap(i) || v.is(i, "of", "and", "&")) || v.word(i).contains("-")
                    || v.word(i).chars().anyMatch(Character::isDigit)) {
                return null;
            }
            portfolio &= grammar.lexicon().isPortfolio(v.word(i)) || v.is(i, "and", "&", "of");
        }
        String text = v.text(k, close);
        if (portfolio) {
            return listedPortfolio(v, person, k, close);
        }
        if (grammar.body(text) == EntityType.PLACE) {
            return null;
        }
        Mention org = v.newMention(EntityType.ORGANIZATION, k, close, 0.7);
        return new RoleGrammar.Candidate(person.mention(),
                new RoleGrammar.Phrase(k, close, "member", org, Fact.Qualifier.CURRENT, null),
                v.evidence(person.from(), close + 1, 0.7));
    }
}
