package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.common.Lexicons;
import org.newsgraph.extract.RoleGrammar.Candidate;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.extract.rules.Match;
import org.newsgraph.extract.rules.MatchTest;
import org.newsgraph.extract.rules.PatternEnv;
import org.newsgraph.extract.rules.Rule;
import org.newsgraph.extract.rules.RuleBook;
import org.newsgraph.extract.rules.RuleConfidence;
import org.newsgraph.extract.rules.RuleFile;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The role rules ({@code rules/roles/*.rules}) and what they read with: the tests and span readers their
 * patterns name ({@link RoleEnv}), and the builder that makes a role candidate from a match. Titles before
 * names are read first, for the whole article (they tell which words are persons' names); the rules after a
 * name (apposition, copula, "as", naming verbs, brackets) are read per sentence in token order.
 * Immutable; safe to share between threads.
 */
final class RoleRules {

    static final String TITLES = "/rules/roles/title-before-name.rules";
    static final List<String> AFTER_NAME = List.of("/rules/roles/apposition.rules", "/rules/roles/copula.rules",
            "/rules/roles/as-clause.rules", "/rules/roles/naming-verb.rules", "/rules/roles/brackets.rules",
            "/rules/roles/lists.rules", "/rules/roles/office-verb.rules");
    static final String SHARED = "/rules/roles/shared.rules";

    final RoleGrammar grammar;
    final RuleBook<RoleSentence> titles;
    final List<RuleBook<RoleSentence>> afterName;

    RoleRules(Function<String, EntityType> bodies, RuleConfidence confidence) {
        this.grammar = new RoleGrammar(RoleLexicon.bundled(), bodies);
        PatternEnv<RoleSentence> env = RoleEnv.of(grammar, new RoleSlotReader(grammar));
        RuleFile shared = RuleFile.resource(SHARED);
        env = env.with(shared.lists(), shared.macros());
        Map<String, MatchTest<RoleSentence>> conditions = Map.of("determined", this::determined);
        this.titles = RuleBook.compile(RuleFile.resource(TITLES), env, conditions, "role", confidence);
        List<RuleBook<RoleSentence>> books = new ArrayList<>();
        for (String file : AFTER_NAME) {
            books.add(RuleBook.compile(RuleFile.resource(file), env, conditions, "role", confidence));
        }
        this.afterName = List.copyOf(books);
    }

    /** The word lists every rule file may name: {@code /lexicon/words.tsv}. */
    static <S extends org.newsgraph.extract.rules.TokenSequence> PatternEnv<S> withWords(PatternEnv<S> env) {
        return env.with(Lexicons.lists(Words.RESOURCE), Map.of());
    }

    /** Every title before a name in a sentence. */
    List<Candidate> titled(RoleSentence v) {
        return titles.scan(v, this::build);
    }

    /** Every role written after a name in a sentence, in the order of the tokens the rules matched at. */
    List<Candidate> afterName(RoleSentence v) {
        record Found(int anchor, int book, int order, Candidate candidate) {
        }
        List<Found> found = new ArrayList<>();
        for (int b = 0; b < afterName.size(); b++) {
            int book = b;
            afterName.get(b).scan(v, (rule, line, s, m) -> {
                Candidate c = build(rule, line, s, m);
                return c == null ? null : new Found(m.anchor(), book, found.size(), c);
            }).forEach(found::add);
        }
        found.sort(Comparator.comparingInt(Found::anchor).thenComparingInt(Found::book).thenComparingInt(Found::order));
        return found.stream().map(Found::candidate).toList();
    }

    /**
     * "the country's foreign minister, Sergei Lavrov", "Trump's special envoy, ...", "The company's chief
     * executive, ...": a determiner or a possessive opens the title, or it names a principal.
     */
    private boolean determined(RoleSentence v, Match m) {
        Phrase p = titlePhrase(v, m.start("title"), m.end("title"));
        return p.from() > 0 && Words.DETERMINERS.contains(v.fold(p.from() - 1))
                || Words.DETERMINERS.contains(v.fold(p.from()))
                || (p.principal() != null || p.organization() != null
                && v.possessive(v.tokenIndexOf(p.organization().end() - 1)));
    }

    /** The title phrase read leftwards over the whole sentence from a head [from, to). */
    Phrase titlePhrase(RoleSentence v, int from, int to) {
        Phrase p = v.titleCache[from];
        if (p == null || p.to() != to) {
            p = grammar.titles.phrase(v, from, to, 0);
            v.titleCache[from] = p;
        }
        return p;
    }

    /** A role candidate from a match: the person, the title or role, its organization and qualifier. */
    Candidate build(Rule<RoleSentence> rule, Rule.FactLine line, RoleSentence v, Match m) {
        Span person = (Span) m.value(line.arg("person"));
        Phrase p = phrase(line, v, m);
        if (person == null || p == null) {
            return null;
        }
        int start = Math.min(person.from(), p.from());
        boolean unattached = p.organization() == null && p.principal() == null;
        if (unattached && businessTitle(v, p)) {
            int its = p.from() - (p.from() > 1 && v.is(p.from() - 1, "new", "former", "then") ? 2 : 1);
            Mention company = its >= 0 && v.is(its, "its") ? itsCompany(v, its) : null;
            if (company == null) {
                company = announcingCompany(v, start);
            }
            if (company == null) {
                company = subjectOrganization(v, start);
            }
            if (company == null) {
                company = possessingCompany(v, start);
            }
            if (company == null) {
                company = leadCompany(v.doc);
            }
            if (company == null) {
                Mention opening = openingCompany(v.doc);
                if (opening != null && !otherOrganizationBefore(v, start, opening)) {
                    company = opening;
                }
            }
            if (company != null) {
                p = new Phrase(p.from(), p.to(), p.role(), company, p.qualifier(), null);
            }
        } else if (unattached && Words.SPOKESPERSON_TITLES.contains(RoleLexicon.fold(p.role()))) {
            // a business title has asked for the sentence's subject above already
            Mention subject = subjectOrganization(v, start);
            if (subject != null) {
                p = new Phrase(p.from(), p.to(), p.role(), subject, p.qualifier(), null);
            }
        }
        String q = line.arg("qualifier");
        if (q != null && p.qualifier() == Fact.Qualifier.CURRENT) {
            p = new Phrase(p.from(), p.to(), p.role(), p.organization(), Fact.Qualifier.valueOf(
                    q.toUpperCase(java.util.Locale.ROOT)), p.principal());
        }
        Evidence e = v.evidence(Math.min(person.from(), p.from()), Math.max(person.to(), p.to()), rule.confidence(),
                rule.id());
        return new Candidate(person.mention(), p, e);
    }

    private Phrase phrase(Rule.FactLine line, RoleSentence v, Match m) {
        String title = line.arg("title");
        if (title != null) {
            Object value = m.value(title);
            Phrase p = value instanceof Phrase given ? given : titlePhrase(v, m.start(title), m.end(title));
            if (line.arg("complement") != null && m.has(line.arg("complement"))) {
                p = withComplement(v, m, p, line.arg("prep"), line.arg("complement"));
            }
            String given = line.arg("org");
            if (given != null && m.has(given) && p.organization() == null && p.principal() == null) {
                // "joins Acme as head of sales", "a co-founder of Acme and its former chief executive"
                Object o = m.value(given);
                Mention org = o instanceof Span s ? s.mention() : o instanceof Phrase f ? f.organization() : null;
                if (org != null) {
                    p = new Phrase(p.from(), p.to(), p.role(), org, p.qualifier(), null);
                }
            }
            String first = line.arg("place-of");
            if (first != null && m.has(first) && p.organization() == null && p.principal() == null) {
                // "British Chancellor of the Exchequer and central bank governor X": both British
                Mention place = titlePhrase(v, m.start(first), m.end(first)).organization();
                if (place != null && place.type() == EntityType.PLACE) {
                    p = new Phrase(p.from(), p.to(), p.role(), place, p.qualifier(), null);
                }
            }
            return p;
        }
        String org = line.arg("org");
        Mention organization = org == null || !m.has(org) ? null : ((Span) m.value(org)).mention();
        if (line.arg("role-word") != null) {
            String g = line.arg("role-word");
            return new Phrase(m.start(g), m.end(g), v.text(m.start(g), m.end(g)), null, Fact.Qualifier.CURRENT, null);
        }
        if (line.arg("role-verb") != null) {
            String g = line.arg("role-verb");
            return new Phrase(m.start(g), m.end(), grammar.lexicon.roleVerb(v.word(m.start(g))), organization,
                    Fact.Qualifier.CURRENT, null);
        }
        if (line.arg("portfolio") != null) {
            String g = line.arg("portfolio");
            String plural = v.fold(m.start(line.arg("plural")));
            String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                    : plural.substring(0, plural.length() - 1);
            String country = line.arg("country");
            Mention place = m.has(country) ? v.newMention(grammar.body(v.word(m.start(country))), m.start(country),
                    m.end(country), 0.7) : null;
            return new Phrase(m.start(g), m.end(), v.text(m.start(g), m.end(g)) + " " + singular, place,
                    Fact.Qualifier.CURRENT, null);
        }
        if (line.arg("plural") != null) {
            Phrase p = pluralTitle(v, m.start(line.arg("plural")), m.end(line.arg("plural")));
            if (organization != null && p.principal() == null) {
                // "Presidents Jane Doe (Brazil) and John Roe (Chile)", "the trade ministers of Brazil and Chile, ..."
                p = new Phrase(p.from(), p.to(), p.role(), organization, p.qualifier(), null);
            }
            return p;
        }
        String role = line.arg("role");
        return role == null ? null : new Phrase(m.start(org), m.end(), role, organization, Fact.Qualifier.CURRENT, null);
    }

    /**
     * Whether each title of a role is a company officer's ("chairman and chief executive officer", "executive
     * vice president"); "president" only in lower case, since "President" is as often a country's.
     */
    private boolean businessTitle(RoleSentence v, Phrase p) {
        for (String part : RoleFacts.conjoined(p.role())) {
            String f = RoleLexicon.fold(part);
            if (!Words.BUSINESS_TITLES.contains(f) || f.equals("president") && !part.equals("president")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company "its" before a company officer's title stands for ("the lender ... by its new Chairman Jane
     * Doe"): the organization the name finder found last, in the sentence or the one before; no party, no body of
     * a country, none in brackets.
     */
    private Mention itsCompany(RoleSentence v, int its) {
        int offset = v.t.get(its).begin();
        org.newsgraph.nlp.Sentence here = v.doc.sentenceAt(offset);
        int sentence = here == null ? v.sentence.index() : here.index();
        String text = v.doc.text();
        return OrganizationReader.lastBefore(v, offset, m -> m.type() == EntityType.ORGANIZATION
                && sentence - m.sentence() <= 1 && !(m.begin() > 0 && text.charAt(m.begin() - 1) == '(')
                && grammar.body(m.text()) == null && !PartyLabels.bundled().namesAParty(m.text()));
    }

    /**
     * The company that states a sentence before token {@code before}: "RJR Nabisco Inc said it nominated ...",
     * "The board of directors of Manhattan National Corp said it has named ...", "The company also said its
     * board named ..." (the company named last). Null when the sentence's first "said" or "announced" has no
     * organization right before it.
     */
    private Mention announcingCompany(RoleSentence v, int before) {
        for (int i = 1; i < before; i++) {
            if (!v.is(i, "said", "says", "announced", "announces")) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && Words.OPENING_ADVERBS_BEFORE_SAID.contains(v.fold(j))) {
                j--;
            }
            Mention m = v.mentionEndingAt(j);
            if (m != null && m.type() == EntityType.ORGANIZATION && grammar.body(m.text()) == null) {
                return m;
            }
            if (j > 0 && v.is(j - 1, "the") && Words.REFERRING_ORGANIZATIONS.contains(v.fold(j))) {
                return grammar.organizations.referredBack(v, j);
            }
            return null;
        }
        return null;
    }

    /**
     * The organization a sentence opens with as its subject, whose officer or spokesperson is named later in it
     * before token {@code before}: "The Justice Department was disappointed with the ruling, spokeswoman Jane Doe
     * said", "Acme called the report a positive step, and a spokesman John Roe said ...". Null when the sentence
     * opens otherwise, with a country's body, or names another organization before the title.
     */
    private Mention subjectOrganization(RoleSentence v, int before) {
        int k = v.is(0, "the") ? 1 : 0;
        if (k >= before) {
            return null;
        }
        Mention m = v.mentions.stream().filter(o -> o.begin() == v.t.get(k).begin()).findFirst().orElse(null);
        if (m == null || m.type() != EntityType.ORGANIZATION || grammar.body(m.text()) != null
                || PartyLabels.bundled().namesAParty(m.text())) {
            return null;
        }
        int next = v.tokenIndexOf(m.end() - 1) + 1;
        boolean verb = next < v.size() && ("VERB".equals(v.t.get(next).pos()) || "AUX".equals(v.t.get(next).pos()));
        return verb && next < before && !otherOrganizationBefore(v, before, m) ? m : null;
    }

    /**
     * The company an article's first sentence has say or announce something ("BURLINGTON, Mass., April 1 - Acme
     * Inc said its board authorized ..."): a company announcement, whose officers named with a bare title later
     * ("director Jane Doe was named acting chairman") are the company's. Null when the first sentence's first
     * "said" or "announced" has no organization right before it.
     */
    private Mention leadCompany(org.newsgraph.nlp.AnnotatedDocument doc) {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        List<org.newsgraph.nlp.Token> t = doc.sentences().get(0).tokens();
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!(w.equals("said") || w.equals("says") || w.equals("announced") || w.equals("announces"))) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && Words.OPENING_ADVERBS_BEFORE_SAID.contains(t.get(j).text().toLowerCase(
                    java.util.Locale.ROOT))) {
                j--;
            }
            int end = t.get(j).end();
            for (Mention m : doc.mentions()) {
                if (m.end() == end && m.type() == EntityType.ORGANIZATION && grammar.body(m.text()) == null) {
                    return m;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the sentence names an organization other than {@code company} before token {@code before}
     * ("Citigroup shareholders voted against a pay package for former CEO Jane Doe"): a bare title there is that
     * organization's, not the article's company. A proper noun outside a person's or a place's name counts.
     */
    private boolean otherOrganizationBefore(RoleSentence v, int before, Mention company) {
        if (before > 0 && v.is(before - 1, "whose")) {
            return true; // "Acme Corp (ACM.N) - whose CEO Jane Doe ...": the organization before "whose"
        }
        int depth = 0;
        int after = Dateline.of(v.doc).end();
        for (int i = 0; i < before && i < v.size(); i++) {
            depth += v.is(i, "(") ? 1 : v.is(i, ")") && depth > 0 ? -1 : 0;
            if (depth > 0 || v.t.get(i).begin() < after || v.word(i).contains(".")) {
                continue; // "(Reuters)", "(MS.N)", the dateline
            }
            int b = v.t.get(i).begin();
            boolean organization = v.mentions.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION
                    && m.begin() <= b && m.end() > b && !company.text().contains(m.text()));
            if (organization || v.cap(i) && "PROPN".equals(v.t.get(i).pos()) && !Words.NOT_A_NAME.contains(v.fold(i))
                    && grammar.titles.headAt(v, i) < 0 && !grammar.lexicon.isModifier(v.word(i))
                    && !company.text().contains(v.word(i)) && !insideNameOrPlace(v, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNameOrPlace(RoleSentence v, int i) {
        int b = v.t.get(i).begin();
        return v.mentions.stream().anyMatch(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE)
                && m.begin() <= b && m.end() > b);
    }

    /**
     * The company that opens an article's first sentence, right after its dateline, as its subject: "NEW YORK
     * (Reuters) - Clearwire Corp CLWR.O CEO Bill Morrow has resigned", "(Reuters) - Morgan Stanley (MS.N) is
     * focused on ...". Null when the sentence opens with anything else.
     */
    private Mention openingCompany(org.newsgraph.nlp.AnnotatedDocument doc) {
        if (doc.sentences().isEmpty()) {
            return null;
        }
        List<org.newsgraph.nlp.Token> t = doc.sentences().get(0).tokens();
        int after = Dateline.of(doc).end();
        int k = 0;
        while (k < t.size() && (t.get(k).end() <= after || t.get(k).text().matches("[-\u2013\u2014]+"))) {
            k++;
        }
        if (k + 2 < t.size() && t.get(k).text().equals("(") && t.get(k + 2).text().equals(")")) {
            k += 3; // "(Reuters) -" with no place before it
            while (k < t.size() && t.get(k).text().matches("[-\u2013\u2014]+")) {
                k++;
            }
        }
        if (k >= t.size()) {
            return null;
        }
        int begin = t.get(k).begin();
        for (Mention m : doc.mentions()) {
            if (m.begin() == begin && m.type() == EntityType.ORGANIZATION && grammar.body(m.text()) == null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The company whose possessive opens the sentence's subject before token {@code before}: "Acme's (ACM.N)
     * freight business failed to pick up, Chief Executive Jane Doe said", "During the bank's earnings call,
     * Chief Financial Officer John Roe said" (the bank named last). Only the first possessive of the sentence
     * counts, and only a company's: null for a person's, a country's, one inside a quotation, or none.
     */
    private Mention possessingCompany(RoleSentence v, int before) {
        for (int i = 0; i < before; i++) {
            if (v.is(i, "\"", "\u201C", "\u201D", "``", "''")) {
                return null; // a possessive inside a quotation is the speaker's subject, not the sentence's
            }
            if (!v.possessive(i) || v.is(i, "'s", "'")) {
                continue;
            }
            if (v.capitalised(i)) {
                Mention m = v.mentionEndingAt(i);
                return m != null && m.type() == EntityType.ORGANIZATION && grammar.body(m.text()) == null ? m : null;
            }
            return i > 0 && v.is(i - 1, "the") ? grammar.organizations.referredBack(v, i) : null;
        }
        return null;
    }

    /**
     * The title a plural before a list of names gives each of them, read leftwards like any title, in the
     * singular: "Senators" and "Sens." give Senator, "former Presidents" a former President.
     */
    private Phrase pluralTitle(RoleSentence v, int from, int to) {
        Phrase p = grammar.titles.phrase(v, from, to, 0);
        String written = v.text(from, to);
        String label = grammar.titles.headLabel(v, from, to);
        if (label.equals(written)) {
            label = label.endsWith("ies") ? label.substring(0, label.length() - 3) + "y"
                    : label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
        }
        String role = p.role();
        role = role.endsWith(written) ? role.substring(0, role.length() - written.length()) + label
                : role.substring(0, role.length() - grammar.titles.headLabel(v, from, to).length()) + label;
        return new Phrase(p.from(), p.to(), role.strip(), p.organization(), p.qualifier(), p.principal());
    }

    /**
     * A title's complement after "of", "at", "for" or "to": the organization when the title names none and the
     * word is "of" or "at", or "for" a body the name finder found ("the President of Brazil", "a spokesman for
     * DLF Builders"); otherwise part of the title ("envoy for the Middle East", "Secretary of State for Health").
     */
    private Phrase withComplement(RoleSentence v, Match m, Phrase p, String prepGroup, String complementGroup) {
        int c = m.start(prepGroup);
        Span complement = (Span) m.value(complementGroup);
        Mention org = p.organization();
        String role = p.role();
        if ((v.is(c, "of", "at") || v.is(c, "for") && grammar.organizations.foundOrganization(v, complement))
                && org == null && p.principal() == null) {
            org = complement.mention();
        } else {
            role = role + " " + v.text(c, complement.to());
        }
        return new Phrase(p.from(), complement.to(), role, org, p.qualifier(), p.principal());
    }
}
