package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reads role titles in a {@link RoleSentence}: a head of the role lexicon ("minister", "secretary of state",
 * "Sen."), and the title phrase read leftwards from it ({@link TitleReading}): modifiers, the country or body,
 * a principal's possessive and a qualifier.
 */
final class TitleReader {

    private final RoleGrammar g;

    TitleReader(RoleGrammar grammar) {
        this.g = grammar;
    }

    /** End (exclusive) of the longest role head starting at token i, or -1. */
    int headAt(RoleSentence v, int i) {
        int cached = v.headCache[i];
        if (cached != 0) {
            return cached;
        }
        int h = readHead(v, i);
        v.headCache[i] = h;
        return h;
    }

    private int readHead(RoleSentence v, int i) {
        RoleLexicon lexicon = g.lexicon;
        if (v.cap(i) || Character.isLetter(v.word(i).charAt(0))) {
            if (i + 1 < v.size() && v.is(i + 1, ".") && v.t.get(i + 1).begin() == v.t.get(i).end()
                    && lexicon.abbreviation(v.word(i) + ".") != null) {
                return i + 2;
            }
            if (lexicon.abbreviation(v.word(i)) != null) {
                return i + 1;
            }
        } else {
            return -1;
        }
        int best = -1;
        for (int j = i + 1; j <= Math.min(v.size(), i + lexicon.longestHead() + 2); j++) {
            String phrase = v.text(i, j);
            if (!lexicon.mayStartHead(phrase)) {
                break;
            }
            if (lexicon.isHead(phrase)) {
                best = j;
            }
        }
        return best;
    }

    /** Start of a role head that ends at token {@code last} (inclusive), or -1. */
    int headEndingAt(RoleSentence v, int last, int bound) {
        for (int s = Math.max(bound, last - g.lexicon.longestHead() - 1); s <= last; s++) {
            if (headAt(v, s) == last + 1) {
                return s;
            }
        }
        return -1;
    }

    /** The head as the role states it: an abbreviation expanded ("Sen." to "Senator"). */
    String headLabel(RoleSentence v, int from, int to) {
        String written = v.text(from, to);
        String expanded = g.lexicon.abbreviation(written);
        return expanded != null ? expanded : written;
    }

    /**
     * Reads a role phrase leftwards from a head [headFrom, headTo), stopping at {@code bound}: modifiers,
     * organization, principal and qualifier.
     */
    Phrase phrase(RoleSentence v, int headFrom, int headTo, int bound) {
        return new TitleReading(g, v, headFrom, headTo, bound).read();
    }

    /** The qualifier a word before a title gives ("former", "ex-", "acting"), or null. */
    Fact.Qualifier qualifierAt(RoleSentence v, int k) {
        RoleLexicon lexicon = g.lexicon;
        String w = v.fold(k);
        if (w.equals("ex-") || w.equals("ex")) {
            return Fact.Qualifier.FORMER;
        }
        if (w.equals("-") && k > 0 && lexicon.qualifier(v.word(k - 1)) != null
                && v.t.get(k - 1).end() == v.t.get(k).begin()) {
            return lexicon.qualifier(v.word(k - 1));
        }
        if (w.endsWith("-") && lexicon.qualifier(w.substring(0, w.length() - 1)) != null) {
            return lexicon.qualifier(w.substring(0, w.length() - 1));
        }
        if (w.equals("then") || w.equals("elect") || w.equals("designate")) {
            return null;
        }
        if (w.equals("new") && v.capitalised(k) && !(v.opensSentence(k) && k + 1 < v.size()
                && (lexicon.isModifier(v.word(k + 1)) || headAt(v, k + 1) >= 0))) {
            // "New Home Secretary Charles Clarke", but "New Democratic Party leader", "New Zealand Prime Minister"
            return null;
        }
        return lexicon.qualifier(w);
    }

    /** A name finder's mention without a leading descriptor: "Ruling Liberal Democratic Party". */
    Mention withoutDescriptor(RoleSentence v, Mention m) {
        int first = v.tokenIndexOf(m);
        int last = v.tokenIndexOf(m.end() - 1);
        if (first < last && g.lexicon.isDescriptor(v.word(first))) {
            return v.newMention(m.type(), first + 1, last + 1, m.confidence());
        }
        return m;
    }

    /**
     * A known body ending the previous sentence of the same paragraph with its own full stop: the sentence
     * detector may end a sentence after "U.S." in "between U.S. President Donald Trump's envoy".
     */
    Mention bodyBeforeSentence(RoleSentence v) {
        List<Sentence> sentences = v.doc.sentences();
        int index = v.sentence.index();
        if (index <= 0 || index >= sentences.size() || sentences.get(index) != v.sentence) {
            index = sentences.indexOf(v.sentence);
        }
        if (index <= 0) {
            return null;
        }
        Sentence prev = sentences.get(index - 1);
        if (prev.tokens().isEmpty() || v.doc.text().substring(prev.end(), v.sentence.begin()).contains("\n")) {
            return null;
        }
        Token last = prev.tokens().get(prev.tokens().size() - 1);
        if (last.text().equals(")")) {
            return companyBeforeTicker(v, prev.tokens());
        }
        if (!last.text().endsWith(".") || last.text().length() < 3 || !last.isCapitalised()) {
            return null;
        }
        EntityType type = g.body(last.text());
        return type == null ? null
                : new Mention(type, last.text(), last.begin(), last.end(), prev.index(), 0.6);
    }

    /**
     * The company before a stock code in brackets that ends a sentence, its possessive's "'s" aside: the sentence
     * detector may end one after "Toyota Motor Corp (7203.T)" in "Toyota Motor Corp (7203.T) President Akio
     * Toyoda", or after "Acme's (ACM.N)". Null when the brackets hold no stock code or no organization the name
     * finder found ends before them.
     */
    private static Mention companyBeforeTicker(RoleSentence v, List<Token> t) {
        int open = t.size() - 2;
        StringBuilder code = new StringBuilder();
        while (open > 0 && !t.get(open).text().equals("(") && code.length() < 12) {
            code.insert(0, t.get(open--).text());
        }
        if (open <= 0 || !t.get(open).text().equals("(") || !NameReader.isTicker(code)) {
            return null;
        }
        Token before = t.get(open - 1).text().matches("'s|\u2019s") && open > 1 ? t.get(open - 2) : t.get(open - 1);
        // "Citroen's" may be one token: the company ends before its "'s"
        int end = before.text().matches(".+('s|\u2019s)") ? before.end() - 2 : before.end();
        for (Mention m : v.doc.mentions()) {
            if (m.end() == end && m.type() == EntityType.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }

    /** The longest known body (country, demonym, international body) ending at token k. */
    Mention bodyEndingAt(RoleSentence v, int k, int bound) {
        for (int from = Math.max(bound, k - 4); from <= k; from++) {
            if (!v.cap(from) && !v.is(from, "the")) {
                continue;
            }
            String name = v.doc.text().substring(v.t.get(from).begin(), v.bareEnd(k));
            EntityType type = g.body(name);
            if (type == EntityType.ORGANIZATION && from - 1 >= bound && v.capitalised(from - 1)
                    && !v.is(from - 1, "-") && v.t.get(from - 1).end() <= v.t.get(from).begin()
                    && g.lexicon.qualifier(v.word(from - 1)) == null && headAt(v, from - 1) < 0) {
                return null; // "National Security Council" is no "Security Council" of the United Nations
            }
            if (type != null) {
                return v.newMention(type, from, k + 1, 0.8);
            }
        }
        return null;
    }

    /** A run of capitalised words ending at token k (joined by "of", "&", "and" after an organization word). */
    Span capRunEndingAt(RoleSentence v, int k, int bound) {
        RoleLexicon lexicon = g.lexicon;
        int i = k;
        while (i - 1 >= bound && (v.cap(i - 1) || (v.is(i - 1, "of", "&", "and") && i - 2 >= bound && v.cap(i - 2)
                && lexicon.isOrgSuffix(v.word(i - 2))) || (v.is(i - 1, "do", "da", "de", "dos", "das", "del", "of")
                && i - 2 >= bound && v.cap(i - 2))) && !v.possessive(i - 1) && qualifierAt(v, i - 1) == null
                && headAt(v, i - 1) < 0 && !"PUNCT".equals(v.t.get(i - 1).pos())
                && !lexicon.isDescriptor(v.word(i - 1))) {
            i--;
        }
        return new Span(i, k + 1, null);
    }
}
