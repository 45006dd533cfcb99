package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * One title phrase read leftwards from its head, word by word, as {@code lexicon/roles.md} describes: a
 * qualifier ("former", "ex-") is kept apart; a possessive gives the organization ("Israel's") or the
 * principal ("Trump's envoy"); a known body or demonym gives the organization ("U.S.", "Saudi"); a capitalised
 * word is part of the title or the organization by what the lexicon says of it and of the head ("Foreign
 * Minister", "Apple chief executive", "Likud lawmaker", "Labour Deputy leader"); modifiers and one lower-case
 * noun ("hostage envoy") join the title; conjoined heads ("chairman and chief executive officer") are read
 * as one title. Each step looks at one word and says whether the reading goes on. For one reading only.
 */
final class TitleReading {

    private enum Step { ON, STOP, NEXT }

    /** A year written in a title: "the party's 2012 presidential nominee". */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    private final RoleGrammar g;
    private final RoleLexicon lexicon;
    private final RoleSentence v;
    private final int headFrom;
    private final int headTo;
    private final int bound;
    private final String head;
    /** "CEO", "MP": an acronym head takes the organization before it, like a lower-case head. */
    private final boolean lowerHead;
    private final boolean membership;
    private int roleFrom;
    private int start;
    private Mention org;
    private Span principal;
    private Fact.Qualifier qualifier = Fact.Qualifier.CURRENT;
    private boolean lowerNounUsed;
    private boolean lexiconWordUsed;
    private boolean qualified;
    private int[] beforeAbsorbing;
    private int k;

    TitleReading(RoleGrammar g, RoleSentence v, int headFrom, int headTo, int bound) {
        this.g = g;
        this.lexicon = g.lexicon;
        this.v = v;
        this.headFrom = headFrom;
        this.headTo = headTo;
        this.bound = bound;
        this.head = v.text(headFrom, headTo);
        String lastHeadWord = v.word(headTo - 1);
        this.lowerHead = !v.cap(headTo - 1) || lastHeadWord.length() > 1
                && lastHeadWord.replace(".", "").chars().allMatch(Character::isUpperCase);
        this.membership = lexicon.isMembership(head);
        this.roleFrom = headFrom;
        this.start = headFrom;
        this.k = headFrom - 1;
    }

    Phrase read() {
        while (k >= bound) {
            skipRegionBetweenCommas();
            Step s = qualifierWord();
            if (s == Step.NEXT) {
                if (org != null || principal != null) {
                    break;
                }
                s = bracket();
            }
            s = s == Step.NEXT ? conjoinedHead() : s;
            s = s == Step.NEXT ? possessive() : s;
            s = s == Step.NEXT ? knownBody() : s;
            s = s == Step.NEXT ? capitalisedWord() : s;
            s = s == Step.NEXT ? lowerCaseWord() : s;
            if (s != Step.ON) {
                break;
            }
        }
        if (beforeAbsorbing != null && k >= bound && org == null && principal == null
                && ("VERB".equals(v.t.get(k).pos()) || "AUX".equals(v.t.get(k).pos()))) {
            // "was named acting chief executive and director Irving Hellman": the first title is the verb's
            roleFrom = beforeAbsorbing[0];
            start = beforeAbsorbing[1];
            qualifier = Fact.Qualifier.values()[beforeAbsorbing[2]];
        }
        if (org == null && principal == null && k < 0 && bound == 0) {
            org = g.titles.bodyBeforeSentence(v);
        }
        org = withoutPartyWord(org);
        String label = g.titles.headLabel(v, headFrom, headTo);
        String role = roleFrom == headFrom ? label : v.text(roleFrom, headFrom) + " " + label;
        role = role.replaceAll("\\s+", " ").strip();
        return new Phrase(start, headTo, role, org, qualifier, principal);
    }

    /**
     * "South Bend, Indiana, Mayor": a region between commas after a capitalised place, right before the title,
     * says where the place is; the reading goes on at the place.
     */
    private void skipRegionBetweenCommas() {
        if (k != headFrom - 1 || !v.is(k, ",") || org != null || principal != null) {
            return;
        }
        for (int a = k - 1; a >= Math.max(bound + 2, k - 2); a--) {
            if (v.is(a - 1, ",") && v.cap(a - 2) && g.body(v.text(a, k)) == EntityType.PLACE) {
                k = a - 2;
                return;
            }
        }
    }

    private Step qualifierWord() {
        Fact.Qualifier q = g.titles.qualifierAt(v, k);
        if (q == null) {
            return Step.NEXT;
        }
        String w = v.fold(k);
        qualifier = q;
        qualified = true;
        k -= (w.equals("-") || w.equals("ex-")) && k - 1 >= bound && lexicon.qualifier(v.word(k - 1)) != null ? 2 : 1;
        start = k + 1;
        return Step.ON;
    }

    /** "Loews Corp (LTR) chairman", "PCdoB (Brazilian communist party) Deputy". */
    private Step bracket() {
        if (!v.is(k, ")")) {
            return Step.NEXT;
        }
        int o = k - 1;
        while (o >= bound && o > k - 10 && !v.is(o, "(")) {
            o--;
        }
        if (o > bound && v.is(o, "(") && v.cap(o - 1)) {
            k = o - 1;
            return Step.ON;
        }
        return Step.STOP;
    }

    /** "chairman and chief executive officer Thomas Wyman", "chairman, president and chief executive, ...". */
    private Step conjoinedHead() {
        if (!v.is(k, "and", "&", ",") || k - 1 < bound) {
            return Step.NEXT;
        }
        int other = g.titles.headEndingAt(v, k - 1, bound);
        if (other >= 0 && (roleFrom == headFrom || beforeAbsorbing != null && roleFrom == k + 1)
                && qualifier == Fact.Qualifier.CURRENT) {
            if (beforeAbsorbing == null) {
                beforeAbsorbing = new int[] {roleFrom, start, qualifier.ordinal()};
            }
            roleFrom = other;
            start = other;
            k = other - 1;
            return Step.ON;
        }
        return Step.NEXT;
    }

    private Step possessive() {
        if (!v.possessive(k)) {
            return Step.NEXT;
        }
        if (!v.cap(k)) {
            if (k - 1 >= bound && v.is(k - 1, "the")) {
                // "the party's Treasury spokesman": the body named last, when the noun refers back to one
                start = k - 1;
                if (org == null && principal == null) {
                    org = g.organizations.referredBack(v, k);
                }
                return Step.STOP;
            }
            Mention found = v.mentionEndingAt(k);
            if (org == null && principal == null && found != null && found.type() == EntityType.ORGANIZATION
                    && found.begin() < v.t.get(k).begin()) {
                // "the US military's top officer": a body the name finder found, ending in a lower-case noun
                org = found;
                while (k >= bound && v.t.get(k).begin() >= found.begin()) {
                    k--;
                }
                start = k + 1;
                return Step.STOP;
            }
            return Step.NEXT;
        }
        Span run = g.titles.capRunEndingAt(v, k, bound);
        String name = v.doc.text().substring(v.t.get(run.from()).begin(), v.bareEnd(k));
        EntityType type = g.body(name);
        Mention known = v.mentionEndingAt(k);
        if (type != null) {
            org = v.newMention(type, run.from(), k + 1, 0.8);
        } else if (known != null && known.type() != EntityType.PERSON && known.type() != EntityType.MISC) {
            org = known;
        } else if (lexicon.isOrgSuffix(name.substring(name.lastIndexOf(' ') + 1))) {
            org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.7);
        } else if (name.strip().split("\\s+").length >= 2 || v.surnames().contains(RoleGrammar.lastWord(name))) {
            principal = new Span(run.from(), k + 1, known != null && known.type() == EntityType.PERSON
                    ? known : v.newMention(EntityType.PERSON, run.from(), k + 1, 0.6));
        } else {
            org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.5);
        }
        start = run.from();
        k = run.from() - 1;
        return Step.ON;
    }

    /** A known body, "U.N." too, which the tokenizer cuts into "U.N" and ".". */
    private Step knownBody() {
        boolean cutAbbreviation = v.is(k, ".") && k - 1 >= bound && v.t.get(k - 1).end() == v.t.get(k).begin();
        Mention body = v.cap(k) && !v.is(k, "-") || cutAbbreviation ? g.titles.bodyEndingAt(v, k, bound) : null;
        if (body == null) {
            return Step.NEXT;
        }
        Mention found = v.mentionEndingAt(k);
        if (found != null && found.type() == EntityType.ORGANIZATION && found.begin() < body.begin()) {
            return Step.NEXT; // "Credit Suisse analyst": the country's name ends a company's
        }
        org = body;
        while (k >= bound && v.t.get(k).begin() >= body.begin()) {
            k--;
        }
        start = k + 1;
        return Step.ON;
    }

    private Step capitalisedWord() {
        if (!v.cap(k) || v.is(k, "-")) {
            return Step.NEXT;
        }
        if (Words.HONORIFICS.contains(v.fold(k)) || !lexicon.isModifier(v.word(k)) && v.wholeWord(k)
                && g.titles.headEndingAt(v, k, bound) >= 0) {
            return Step.STOP; // "Mr Justice Forbes"; "National Security Adviser Vice Admiral John Poindexter"
        }
        Mention known = v.mentionEndingAt(k);
        boolean lexiconFirst = lexicon.isModifier(v.word(k)) && !membership
                && (!lowerHead || lexicon.isPortfolio(v.word(k)));
        if (known != null && (known.type() == EntityType.ORGANIZATION || known.type() == EntityType.PLACE)
                && !lexiconFirst) {
            org = g.titles.withoutDescriptor(v, known);
            if (org.type() == EntityType.PLACE && Words.COMPANY_TITLES.contains(RoleLexicon.fold(head))) {
                // "Tesla CEO Elon Musk": a name the finder took for a place heads a company here
                org = new Mention(EntityType.ORGANIZATION, org.text(), org.begin(), org.end(), org.sentence(),
                        org.confidence());
            }
            while (k >= bound && v.t.get(k).begin() >= known.begin()) {
                k--;
            }
            start = k + 1;
            return Step.ON;
        }
        boolean companyWord = roleFrom == headFrom && !qualified && k + 1 == headFrom && v.propn(k)
                && Words.COMPANY_TITLES.contains(RoleLexicon.fold(head)) && !v.opensSentence(k)
                && !(k - 1 >= bound && v.cap(k - 1));
        if (known != null && known.type() == EntityType.PERSON && !companyWord || lexicon.isDescriptor(v.word(k))) {
            return Step.STOP;
        }
        boolean lexiconWord = membership ? lexicon.isPlainModifier(v.word(k)) : lexicon.isModifier(v.word(k));
        boolean orgWord = lexicon.isOrgSuffix(v.word(k));
        boolean partOfName = k - 1 >= bound && v.cap(k - 1) && !lexicon.isModifier(v.word(k - 1))
                && g.titles.qualifierAt(v, k - 1) == null && g.titles.bodyEndingAt(v, k - 1, bound) == null
                && !v.possessive(k - 1);
        boolean acronym = v.word(k).length() >= 2 && v.word(k).chars().allMatch(Character::isUpperCase)
                && !lexiconWord;
        // a portfolio comes after a rank ("Deputy Foreign Minister"), a party before it ("Labour Deputy leader")
        boolean beforeRank = roleFrom == k + 1 && Words.RANKS.contains(v.fold(k + 1))
                && !lexicon.isPlainModifier(v.word(k));
        // a capitalised word before a qualifier names the body: "Labour former minister Jack Cunningham"
        boolean roleWord = lexiconWord && !beforeRank && !qualified && (Words.RANKS.contains(v.fold(k))
                || !((lowerHead || membership || orgWord) && partOfName))
                || !lexiconWord && !acronym && lexiconWordUsed && !lowerHead && !membership;
        if (!roleWord) {
            Span run = g.titles.capRunEndingAt(v, k, bound);
            if (v.personWords.contains(RoleGrammar.lastWord(v.word(k))) && run.from() == k && v.propn(k)
                    && !lexicon.isOrgSuffix(v.word(k)) && !companyWord) {
                return Step.STOP;
            }
            org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.6);
            start = run.from();
            k = run.from() - 1;
            return Step.ON;
        }
        lexiconWordUsed |= lexiconWord;
        take();
        return Step.ON;
    }

    private Step lowerCaseWord() {
        String w = v.fold(k);
        if (org == null && principal == null && k - 1 >= bound && v.possessive(k - 1)
                && YEAR.matcher(w).matches()) {
            start = k; // "the Republican Party's 2012 presidential nominee": the year says when, the body is before it
            k--;
            return Step.ON;
        }
        if (Words.NAMED_GROUPS.contains(w) && k - 1 >= bound && v.cap(k - 1)
                && org == null && principal == null && g.titles.qualifierAt(v, k - 1) == null) {
            // "Trump campaign chairman": the group a name before the noun names is the organization
            Span run = g.titles.capRunEndingAt(v, k - 1, bound);
            org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.6);
            start = run.from();
            k = run.from() - 1;
            return Step.ON;
        }
        if (roleFrom == headFrom && lowerHead && org == null && principal == null
                && Words.REFERRING_ORGANIZATIONS.contains(w) && !(k - 1 >= bound && (v.cap(k - 1) || v.possessive(k - 1)
                || List.of("ADJ", "NOUN", "PROPN", "NUM").contains(v.t.get(k - 1).pos())))) {
            // "bank president Javier Ubarri", "[party leader] Charles Kennedy": the bank or party named last; not
            // "central bank governor", which describes a bank of its own
            org = g.organizations.referredBack(v, k);
            lowerNounUsed = true;
            take();
            return Step.ON;
        }
        if (roleFrom == headFrom && "ADJ".equals(v.t.get(k).pos()) && lexicon.qualifier(w) == null && k - 2 >= bound
                && Words.NAMED_GROUPS.contains(v.fold(k - 1)) && v.cap(k - 2)) {
            take(); // "Trump campaign legal adviser"
            return Step.ON;
        }
        if (roleFrom == headFrom && lowerHead && org == null && principal == null && describesAfterBody(w)) {
            take(); // "HSBC global strategist", "Hamas political leader": the body the name finder found is before it
            return Step.ON;
        }
        if (w.equals("and") && k + 1 < headFrom && k - 1 >= bound
                && lexicon.isPortfolio(v.word(k + 1)) && lexicon.isPortfolio(v.word(k - 1))) {
            take();
            return Step.ON;
        }
        if (v.cap(k)) {
            return Step.STOP;
        }
        if (lexicon.isModifier(w)) {
            lexiconWordUsed = true;
            take();
            return Step.ON;
        }
        boolean adjectiveAfterModifier = "ADJ".equals(v.t.get(k).pos()) && k - 1 >= bound && !v.cap(k - 1)
                && lexicon.isModifier(v.word(k - 1)) && lexicon.qualifier(w) == null; // "chief financial economist"
        if (!lowerNounUsed && ("NOUN".equals(v.t.get(k).pos()) || adjectiveAfterModifier) && lowerHead
                && roleFrom == headFrom && w.chars().allMatch(Character::isLetter)) {
            lowerNounUsed = true;
            take();
            if (k >= bound && !v.cap(k) && "ADJ".equals(v.t.get(k).pos()) && v.fold(k).chars()
                    .allMatch(Character::isLetter) && k - 1 >= bound && v.cap(k - 1)
                    && lexicon.qualifier(v.word(k)) == null) {
                // "Hamas political bureau member": an adjective of the noun, then the body before them
                take();
            }
            return Step.ON;
        }
        return Step.STOP;
    }

    /**
     * A party's adjective read into a body before the title is no part of the body's name: "Senate Democratic
     * Leader" is the Senate's, "House Republican Leader" the House's; "New York Democratic Rep." and "Texas
     * Republican Sen." name a state and the party, and the party is the office's organization (ANNOTATION.md: a
     * party adjective on an office is accepted as its organization, a state gives nothing).
     */
    private Mention withoutPartyWord(Mention body) {
        if (body == null) {
            return null;
        }
        int from = -1;
        int to = -1;
        for (int i = Math.max(0, bound); i < headFrom; i++) {
            if (v.t.get(i).begin() == body.begin()) {
                from = i;
            }
            if (v.t.get(i).end() == body.end() || v.bareEnd(i) == body.end()) {
                to = i + 1;
            }
        }
        if (from < 0 || to - from < 2) {
            return body;
        }
        PartyLabels parties = PartyLabels.bundled();
        int party = -1;
        for (int i = from; i < to; i++) {
            if (parties.partyOfWord(v.word(i)) != null) {
                party = i;
            }
        }
        if (party < 0 || party != to - 1 && party != from) {
            return body;
        }
        int restFrom = party == from ? from + 1 : from;
        int restTo = party == from ? to : to - 1;
        EntityType rest = g.body(v.text(restFrom, restTo));
        if (rest == EntityType.PLACE) {
            return new Mention(EntityType.ORGANIZATION, parties.partyOfWord(v.word(party)), v.t.get(party).begin(),
                    v.t.get(party).end(), v.sentence.index(), 0.7);
        }
        if (rest == EntityType.ORGANIZATION || lexicon.isOrgSuffix(v.word(restTo - 1))) {
            return v.newMention(EntityType.ORGANIZATION, restFrom, restTo, 0.8);
        }
        return body;
    }

    /**
     * Whether the lower-case word at k is an adjective of the title ({@code w} folded) right after an organization
     * the name finder found: "HSBC global strategist", not "the central bank governor".
     */
    private boolean describesAfterBody(String w) {
        if (!"ADJ".equals(v.t.get(k).pos()) || !w.chars().allMatch(Character::isLetter) || lexicon.qualifier(w) != null
                || k - 1 < bound || !v.cap(k - 1)) {
            return false;
        }
        Mention before = v.mentionEndingAt(k - 1);
        return before != null && before.type() == EntityType.ORGANIZATION;
    }

    /** The word at k joins the title. */
    private void take() {
        roleFrom = k;
        start = k;
        k--;
    }
}
