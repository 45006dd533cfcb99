package org.newsgraph.extract;

import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Reads the role phrase that fills a slot after a name: after the comma of an apposition ("Ariel Kallner, a
 * parliamentarian for the Likud Party,"), a copula ("is the president of the European Central Bank") or "as"
 * ("reelected as leader of the Austrian Social Democrat Party"), and inside brackets ("(Petrobras, government
 * oil company, president)", "(Religious Zionism)").
 *
 * <p>The phrase must fill its slot: from its start to the next comma, full stop, bracket, relative pronoun or
 * verb, every word must be a determiner, a qualifier, a modifier, a head or its "of", "at", "for", "with" or
 * "to" organization; conjoined heads ("chairman and chief executive officer") are one phrase. A copula's slot
 * needs an organization: "X is the president" alone says too little to be sure it is a role.
 */
final class RoleSlotReader {

    /** Which slot: what may close it, and whether it needs an organization. */
    enum Slot { APPOSITION, COPULA, AS }

    private final RoleGrammar g;

    RoleSlotReader(RoleGrammar grammar) {
        this.g = grammar;
    }

    /** The role phrase filling a slot that starts at token k, or null; its span runs to the slot's end. */
    Phrase slot(RoleSentence v, int k, Slot slot) {
        int n = v.size();
        if (k >= n || v.is(k, "who")) {
            return null;
        }
        Mention referred = null;
        if (v.is(k, "the") && k + 1 < n && v.possessive(k + 1) && !v.cap(k + 1)) {
            referred = g.organizations.referredBack(v, k + 1); // "the party's Treasury spokesman"
            k += v.is(k + 2, "'s", "'") ? 3 : 2;
        } else if (v.is(k, "a", "an", "the", "its", "their", "another")) {
            k++;
        }
        int head = -1;
        int headTo = -1;
        for (int h = k; h < Math.min(n, k + 7); h++) {
            if (v.is(h, ",", ".", ";", ":", "(", ")") || "VERB".equals(v.t.get(h).pos()) && h > k
                    && g.titles.headAt(v, h) < 0) {
                break;
            }
            int to = g.titles.headAt(v, h);
            if (to > 0) {
                head = h;
                headTo = to;
                if (to < n && g.titles.headAt(v, to) > 0) {
                    continue;
                }
                int later = to;
                while (later < n && later - to < 2 && describing(v, later)) {
                    later++;
                }
                if (later > to && later < n && g.titles.headAt(v, later) > 0) {
                    h = later - 1; // "chief financial economist": the head is the last one
                    continue;
                }
                break;
            }
        }
        if (head < 0 || headTo + 1 < n && v.is(headTo, "-") && v.t.get(headTo).begin() == v.t.get(headTo - 1).end()
                || headTo < n && !v.cap(headTo) && v.word(headTo).contains("-")) {
            return null; // "the party's chief vote-counter": the head is a word of a compound
        }
        Phrase phrase = g.titles.phrase(v, head, headTo, k);
        String role = phrase.role();
        int lead = phrase.from();
        while (lead > k && phrase.from() - lead < 3 && leading(v, lead - 1)) {
            lead--;
        }
        if (lead == k && phrase.from() > k && phrase.organization() == null) {
            // "a political science professor", "a fixed-income strategist"
            boolean spaced = v.t.get(phrase.from()).begin() > v.t.get(phrase.from() - 1).end();
            role = v.text(k, phrase.from()) + (spaced ? " " : "") + role;
        } else if (phrase.from() != k) {
            return null;
        }
        int end = headTo;
        // "president and chief executive officer", "chairman, president and chief executive"
        while (end + 1 < n && v.is(end, "and", ",", "&")) {
            int nextStart = end + 1;
            if (v.is(end, ",") && v.is(nextStart, "and")) {
                nextStart++;
            }
            int next = nextStart < n ? g.titles.headAt(v, nextStart) : -1;
            if (next < 0) {
                break;
            }
            role = role + (v.is(end, ",") ? ", " : " and ") + v.text(nextStart, next);
            end = next;
        }
        Mention organization = phrase.organization();
        if (end < n && v.is(end, "on") && organization == null && phrase.principal() == null) {
            // "the ranking member on the Armed Services Committee": "on" a committee as "of" it
            Span panel = organizationAt(v, end + 1);
            if (panel != null && g.lexicon.isOrgSuffix(RoleGrammar.lastWord(panel.mention().text()))
                    && RoleGrammar.closes(v, panel.to())) {
                return new Phrase(phrase.from(), panel.to(), role, panel.mention(), phrase.qualifier(), null);
            }
        }
        if (end < n && v.is(end, "of", "at", "for", "with", "to")) {
            Span org = g.organizations.organizationAt(v, end + 1);
            if (org == null && organization == null && referred == null && phrase.principal() == null
                    && v.is(end + 1, "the")
                    && end + 2 < n && RoleGrammar.closes(v, end + 3)) {
                Mention back = g.organizations.referredBack(v, end + 2); // "a senior account manager at the company"
                org = back == null ? null : new Span(end + 1, end + 3, back);
            }
            if (org == null) {
                org = describedOrganizationAt(v, end + 1);
            }
            if (org == null && v.is(end, "of")) {
                // "a professor of political science at Southern Methodist University": the field stays in the role
                int e = end + 1;
                while (e < n && e - end <= 4 && describing(v, e)) {
                    e++;
                }
                Span after = e > end + 1 && e < n && v.is(e, "at", "with") ? organizationAt(v, e + 1) : null;
                if (after != null) {
                    role = role + " " + v.text(end, e);
                    end = e;
                    org = after;
                }
            }
            if (org != null && organization != null && organization.type() == EntityType.PLACE
                    && phrase.principal() == null && v.is(end, "for", "at", "with")
                    && org.mention().type() == EntityType.ORGANIZATION) {
                // "a Washington correspondent for the Salt Lake Tribune": the city is part of the title
                role = organization.text() + " " + role;
                organization = null;
            }
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
                while (e < n && !RoleGrammar.closes(v, e) && e - end < 8) {
                    e++;
                }
                if (e - end <= 3 && v.is(end, "of")) {
                    role = role + " " + v.text(end, e);
                }
                end = e;
            }
        }
        if (organization != null && !RoleGrammar.closes(v, end)) {
            // "of the NYSE special surveillance committee,", "of its Nabisco Brands unit,"
            int e = end;
            while (e < n && e - end < 4 && !v.cap(e) && "NOUN ADJ".contains(v.t.get(e).pos())) {
                e++;
            }
            if (e > end && RoleGrammar.closes(v, e)) {
                end = e;
            }
        }
        if (organization != null && !RoleGrammar.closes(v, end) && v.possessive(end - 1)) {
            // "at Georgetown University's graduate program,": the unit of the organization
            int e = end;
            while (e < n && e - end < 6 && !RoleGrammar.closes(v, e)) {
                e++;
            }
            if (RoleGrammar.closes(v, e)) {
                end = e;
            }
        }
        if (organization != null && !RoleGrammar.closes(v, end) && end + 1 < n && v.is(end, "of", "at")) {
            // "director of the Annenberg Public Policy Center of the University of Pennsylvania,": the institution
            // the organization belongs to
            Span parent = g.organizations.organizationAt(v, end + 1);
            if (parent != null && RoleGrammar.closes(v, parent.to())) {
                end = parent.to();
            }
        }
        if (organization != null && end + 1 < n && v.is(end, "in") && v.cap(end + 1)) {
            // "at Southern Methodist University in Dallas,": where the organization is
            int e = end + 1;
            while (e < n && e - end <= 3 && v.cap(e)) {
                e++;
            }
            if (RoleGrammar.closes(v, e)) {
                end = e;
            }
        }
        boolean closed = RoleGrammar.closes(v, end) || end < n && g.lexicon.isReportingVerb(v.word(end))
                || slot == Slot.AS && end < n && v.is(end, "in", "on", "at", "from", "until", "after", "replacing",
                "succeeding", "effective");
        if (organization == null && phrase.principal() == null) {
            organization = referred;
        }
        if (!closed || slot == Slot.COPULA && organization == null && phrase.principal() == null) {
            return null;
        }
        return new Phrase(phrase.from(), end, role, organization, phrase.qualifier(), phrase.principal());
    }

    /** An organization after a preposition, or one a few describing words introduce. */
    private Span organizationAt(RoleSentence v, int p) {
        Span org = g.organizations.organizationAt(v, p);
        return org != null ? org : describedOrganizationAt(v, p);
    }

    /**
     * An organization the name finder found after a few lower-case words that describe it: "at law firm Dewey
     * Pegno & Kramarsky", "of the bipartisan nonprofit Committee for a Responsible Federal Budget", "at
     * department store Ahlens City". Returns null when the words lead to no organization.
     */
    private Span describedOrganizationAt(RoleSentence v, int p) {
        int n = v.size();
        int i = p < n && v.is(p, "the", "a", "an") ? p + 1 : p;
        int from = i;
        boolean kind = false;
        while (i < n && i - from < 6 && (describing(v, i) || joined(v, i))) {
            kind = Words.ORGANIZATION_KINDS.contains(v.fold(i)) || Words.REFERRING_ORGANIZATIONS.contains(v.fold(i));
            i++;
        }
        if (i == from || i >= n || !v.cap(i) || joined(v, i - 1)) {
            return null;
        }
        Span org = g.organizations.organizationAt(v, i);
        if (org == null || !(kind || g.organizations.foundOrganization(v, org)
                || g.lexicon.isOrgSuffix(RoleGrammar.lastWord(org.mention().text())))) {
            return null; // "at department store Ahlens City": the noun before the name says it is an organization
        }
        return org;
    }

    /**
     * A lower-case word before a title that the title reader left out but that belongs to it: a describing word
     * or modifier ("senior legal fellow"), or a part of a hyphenated one ("fixed-income strategist").
     */
    private boolean leading(RoleSentence v, int i) {
        int first = i;
        while (first > 0 && (joined(v, first) || joined(v, first - 1))) {
            first--; // the compound's first word: "two" of "two - term"
        }
        String lead = v.word(first).contains("-") ? v.word(first).substring(0, v.word(first).indexOf('-'))
                : v.word(first);
        if (COUNTED.matcher(lead).matches() && (first < i || joined(v, i + 1)
                || v.word(i).contains("-"))) {
            return false; // "a two-term governor", "a 30-year veteran": a count describes the person, not the role
        }
        return describing(v, i) || joined(v, i) || joined(v, i + 1) && !v.cap(i)
                || !v.cap(i) && g.lexicon.isModifier(v.word(i));
    }

    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?i)\\d+|one|two|three|four|five|six|seven|eight|nine|ten|multi|first|second|third");

    /** A hyphen that joins two lower-case words with no space: "anti-debt" cut into three tokens. */
    private static boolean joined(RoleSentence v, int i) {
        return i > 0 && i + 1 < v.size() && v.is(i, "-") && v.t.get(i).begin() == v.t.get(i - 1).end()
                && v.t.get(i + 1).begin() == v.t.get(i).end() && !v.cap(i + 1);
    }

    /** A lower-case adjective or noun that describes what follows: "political", "law", "nonprofit". */
    private boolean describing(RoleSentence v, int i) {
        String pos = v.t.get(i).pos();
        boolean kind = Words.ORGANIZATION_KINDS.contains(v.fold(i)); // "nonprofit", whatever its tag
        return !v.cap(i) && (pos.equals("ADJ") || pos.equals("NOUN") || kind) && v.word(i).chars().allMatch(
                c -> Character.isLetter(c) || c == '-') && g.lexicon.qualifier(v.word(i)) == null
                && g.titles.headAt(v, i) < 0;
    }

    /**
     * The initials of the capitalised words before token k (joined by "and", "of", "&", "for", "the"), in their
     * order: "Customs and Border Protection" gives "CBP".
     */
    private static String initials(RoleSentence v, int k) {
        StringBuilder out = new StringBuilder();
        for (int i = k - 1; i >= 0 && k - i <= 8; i--) {
            if (v.cap(i) && Character.isLetter(v.word(i).charAt(0))) {
                out.insert(0, v.word(i).charAt(0));
            } else if (!v.is(i, "and", "of", "&", "for", "the")) {
                break;
            }
        }
        return out.toString();
    }

    /** Where a bracket opened before token k closes: its ")" within ten tokens, or -1. */
    private static int close(RoleSentence v, int k) {
        int n = v.size();
        int close = k;
        while (close < n && !v.is(close, ")") && close - k < 10) {
            close++;
        }
        return close >= n || !v.is(close, ")") || close == k ? -1 : close;
    }

    /**
     * A title in brackets after a name, from token k to its ")": "(Petrobras, government oil company,
     * president)" gives president of Petrobras. The phrase's span takes in the ")".
     */
    Phrase bracketTitle(RoleSentence v, int k) {
        int close = close(v, k);
        int headStart = close < 0 ? -1 : g.titles.headEndingAt(v, close - 1, k);
        if (headStart < 0) {
            return null;
        }
        Phrase phrase = g.titles.phrase(v, headStart, close, k);
        Mention org = phrase.organization();
        if (org == null && v.cap(k)) {
            Span first = g.organizations.capRunAt(v, k);
            if (first != null && first.to() < close && v.is(first.to(), ",")) {
                org = first.mention();
            }
        }
        return new Phrase(k, close + 1, phrase.role(), org, phrase.qualifier(), phrase.principal());
    }

    /**
     * Capitalised words in brackets after a name, from token k to its ")", with no title among them: a party
     * or body ("(Religious Zionism)"), or, when every word is a portfolio, a portfolio ("(Economy)"). Returns
     * the end of the words (the ")"), or -1.
     */
    int bracketWords(RoleSentence v, int k, boolean portfolios) {
        int close = close(v, k);
        if (close < 0 || close - k > 4 || g.titles.headEndingAt(v, close - 1, k) >= 0
                || close - k == 1 && PartyLabels.bundled().isTag(v.word(k))) {
            return -1; // "(D)" is a party tag (brackets.rules, party-tag)
        }
        if (close - k == 1 && initials(v, k - 1).endsWith(v.word(k)) && v.word(k).length() >= 2) {
            return -1; // "Customs and Border Protection (CBP)": the name's own abbreviation, no body
        }
        boolean portfolio = true;
        for (int i = k; i < close; i++) {
            // "(D-Ore.)" is a party tag, "(GS.N)" a ticker: neither is a body's name
            if (!(v.cap(i) || v.is(i, "of", "and", "&")) || v.word(i).contains("-") || v.word(i).contains(".")
                    || v.word(i).chars().anyMatch(Character::isDigit)) {
                return -1;
            }
            portfolio &= g.lexicon.isPortfolio(v.word(i)) || v.is(i, "and", "&", "of");
        }
        if (portfolio != portfolios || !portfolios && g.body(v.text(k, close)) == EntityType.PLACE) {
            return -1;
        }
        return close;
    }
}
