package org.newsgraph.extract;

import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Reads an organization in a {@link RoleSentence}: after "of", "for", "at" ("the chairman of Kmart"), the
 * part after a possessive winning ("a lawmaker for Prime Minister Benjamin Netanyahu's ruling Likud Party"),
 * a known country or body whole ("of the United States"), else a run of capitalised words.
 */
final class OrganizationReader {

    private final RoleGrammar g;

    OrganizationReader(RoleGrammar grammar) {
        this.g = grammar;
    }

    /**
     * An organization written after a preposition, from token p: "of Apple", "for Israeli Prime Minister
     * Benjamin Netanyahu's ruling Likud Party" (the part after a possessive wins), "of the United States".
     * Returns the span [from, to) with its mention, or null.
     */
    Span organizationAt(RoleSentence v, int p) {
        int n = v.size();
        int i = p;
        if (i < n && v.is(i, "the", "its", "their", "his", "her")) {
            i++;
        }
        Span whole = knownBodyAt(v, i);
        if (whole != null) {
            return whole;
        }
        int limit = Math.min(n, i + 12);
        for (int q = i; q < limit; q++) {
            if (v.is(q, ",", ".", ";", ":", "(", ")", "\"", "''", "``") || "VERB".equals(v.t.get(q).pos())) {
                break;
            }
            if (v.possessive(q) && v.cap(q)) {
                int r = q + (v.is(q + 1, "'s", "'") ? 2 : 1);
                while (r < n && !v.cap(r) && ("ADJ".equals(v.t.get(r).pos()) || "VERB".equals(v.t.get(r).pos())
                        || g.lexicon.isModifier(v.word(r)))) {
                    r++;
                }
                Span after = capRunAt(v, r);
                Mention owner = v.mentionEndingAt(q);
                if (after != null && owner != null && owner.type() == EntityType.ORGANIZATION
                        && v.mentionStartingAt(r) == null && !g.lexicon.isOrgSuffix(v.word(after.to() - 1))) {
                    // "at Georgetown University's Communication, Culture, and Technology graduate program": a unit
                    // the name finder did not take for an organization belongs to the one it did
                    return capRunAt(v, i);
                }
                if (after != null) {
                    return after;
                }
                if (owner != null && owner.type() == EntityType.PERSON
                        || v.surnames().contains(RoleGrammar.lastWord(v.text(i, q + 1).replaceAll("'s?$", "")))) {
                    return null; // "the head of Zelenskiy's office": a person's office, no body of its own name
                }
                break;
            }
        }
        for (int q = i; q < Math.min(n, i + 6) && (v.cap(q) || v.is(q, "of")); q++) {
            int headEnd = g.titles.headAt(v, q);
            if (headEnd > 0 && g.names.nameAt(v, headEnd) != null) {
                return null; // "adviser to SPD Chancellor Willy Brandt": a person, not a body
            }
        }
        return capRunAt(v, i);
    }

    /**
     * The organization a noun at token i refers back to, "the company('s)", "the firm", "the party", "the
     * committee": the last organization the name finder found before it, in its sentence or the three before;
     * for "the city" or "the country" the last place; a party only for "the party". Null for any other noun, or
     * when none was found.
     */
    Mention referredBack(RoleSentence v, int i) {
        String noun = v.fold(i).replaceAll("'s?$", "");
        EntityType wanted = Words.REFERRING_ORGANIZATIONS.contains(noun) ? EntityType.ORGANIZATION
                : Words.REFERRING_PLACES.contains(noun) ? EntityType.PLACE : null;
        if (wanted == null) {
            return null;
        }
        int offset = v.t.get(i).begin();
        org.newsgraph.nlp.Sentence here = v.doc.sentenceAt(offset);
        int sentence = here == null ? v.sentence.index() : here.index();
        boolean party = noun.equals("party");
        String text = v.doc.text();
        if (Words.REFERRING_BY_NAME.contains(noun)) {
            // "the subcommittee chair", "the association's vice president": the last body so named in the article
            Mention named = lastBefore(v, offset, m -> m.type() == EntityType.ORGANIZATION
                    && java.util.Arrays.stream(m.text().split("\\s+")).anyMatch(w -> w.equalsIgnoreCase(noun)));
            return named != null ? named : namedInText(v, noun, offset);
        }
        return lastBefore(v, offset, m -> {
            boolean type = m.type() == wanted || party && m.type() == EntityType.MISC; // "the Liberal Democrats"
            boolean bracketed = m.begin() > 0 && text.charAt(m.begin() - 1) == '('; // "EADS (EAD.PA)"
            boolean partyForFirm = !party && wanted == EntityType.ORGANIZATION
                    && PartyLabels.bundled().namesAParty(m.text()); // "the firm's CEO" is no party's
            return type && !bracketed && !partyForFirm && sentence - m.sentence() <= 3
                    && g.body(m.text()) != EntityType.ORGANIZATION;
        });
    }

    /** The mention of the article that ends before {@code offset} and begins last among those {@code wanted} accepts. */
    static Mention lastBefore(RoleSentence v, int offset, java.util.function.Predicate<Mention> wanted) {
        Mention last = null;
        for (Mention m : v.doc.mentions()) {
            if (m.end() <= offset && (last == null || m.begin() > last.begin()) && wanted.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The last capitalised name before {@code offset} that ends in the noun written with a capital, which the
     * name finder did not find: "the Financial Services and General Government Appropriations Subcommittee".
     */
    private static Mention namedInText(RoleSentence v, String noun, int offset) {
        String text = v.doc.text().substring(0, offset);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b((?:[A-Z][A-Za-z&'-]*\\s+(?:(?:and|of|for|on"
                + "|the)\\s+)?){1,8}" + Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + ")\\b").matcher(text);
        Mention last = null;
        while (m.find()) {
            int b = m.start(1) + (m.group(1).startsWith("The ") ? 4 : 0); // "The Acme Subcommittee met"
            org.newsgraph.nlp.Sentence s = v.doc.sentenceAt(b);
            last = new Mention(EntityType.ORGANIZATION, text.substring(b, m.end(1)), b, m.end(1),
                    s == null ? 0 : s.index(), 0.6);
        }
        return last;
    }

    /** Whether the name finder found an organization (no portfolio such as "Health") where the span starts. */
    boolean foundOrganization(RoleSentence v, Span span) {
        Mention m = v.mentionStartingAt(span.from());
        return m != null && m.type() == EntityType.ORGANIZATION && !g.lexicon.isPortfolio(v.word(span.from()));
    }

    /** The longest known body starting at token i, possessives included ("People's Republic of China"). */
    private Span knownBodyAt(RoleSentence v, int i) {
        int n = v.size();
        for (int j = Math.min(n, i + 6); j > i; j--) {
            if (!v.cap(j - 1) || j < n && v.cap(j)) {
                continue;
            }
            EntityType type = g.body(v.text(i, j));
            if (type != null) {
                return new Span(i, j, v.newMention(type, i, j, 0.8));
            }
        }
        return null;
    }

    /** A run of capitalised words from token i, joined by "of", "and", "&", "for", as an organization. */
    Span capRunAt(RoleSentence v, int i) {
        int n = v.size();
        if (i >= n || !v.cap(i)) {
            return null;
        }
        Mention m = v.mentionStartingAt(i);
        if (m != null && m.type() != EntityType.MISC && m.type() != EntityType.PERSON && g.names.trusted(m)) {
            int j = i;
            while (j < n && v.t.get(j).begin() < m.end()) {
                j++;
            }
            return new Span(i, j, m);
        }
        int j = i;
        while (j < n && !(j > i && Words.HONORIFICS.contains(v.fold(j))) && (v.cap(j)
                || (v.is(j, "of", "and", "&", "for") && j + 1 < n && v.cap(j + 1)
                && !v.is(j + 1, "the")) || j > i && v.word(j).startsWith("-")
                && v.t.get(j).begin() == v.t.get(j - 1).end())) {
            j++;
            if (v.possessive(j - 1)) {
                break;
            }
        }
        while (j > i && !v.cap(j - 1)) {
            j--;
        }
        if (j == i) {
            return null;
        }
        String text = v.text(i, j);
        EntityType type = g.body(text);
        return new Span(i, j, v.newMention(type != null ? type : EntityType.ORGANIZATION, i, j, 0.7));
    }
}
