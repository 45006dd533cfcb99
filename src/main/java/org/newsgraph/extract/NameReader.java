package org.newsgraph.extract;

import java.util.Map;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Reads a person's name in a {@link RoleSentence}: forwards from a token (after a title: "... Secretary of
 * State Marco Rubio") or backwards to one (before an apposition: "Ariel Kallner, a ..."). A name is the name
 * finder's PERSON mention, or a run of capitalised words (initials and particles such as "bin" and "da"
 * included) where the finder gave none or stopped short; a known body, an organization's word, a title or a
 * word that never starts a name ("The", "Monday") ends it.
 */
final class NameReader {

    private static final Object NONE = new Object();

    private final RoleGrammar g;

    NameReader(RoleGrammar grammar) {
        this.g = grammar;
    }

    /** A person's name starting at token i: the name finder's PERSON mention, or a run of capitalised words. */
    Span nameAt(RoleSentence v, int i) {
        if (i >= v.size()) {
            return null;
        }
        Object cached = v.nameCache[i];
        if (cached == null) {
            Span s = read(v, i);
            v.nameCache[i] = s == null ? NONE : s;
            return s;
        }
        return cached == NONE ? null : (Span) cached;
    }

    private Span read(RoleSentence v, int i) {
        if (PartyLabels.bundled().tagAt(v, i, false) != null) {
            return null; // "Jane Doe, R-La., John Roe, R-Nev.": a party-and-state tag is no name
        }
        Mention m = v.mentionStartingAt(i);
        if (m != null && m.type() != EntityType.PERSON && trusted(m)) {
            return null;
        }
        boolean opener = i > 0 && (Words.NAME_OPENING_TITLES.contains(v.fold(i - 1))
                || PartyLabels.bundled().nounAt(v, i - 1) != null);
        if (opener && insideOther(v, i)) {
            return null; // "the Head Start program", "the Republican Study Committee": the word before opens a name
        }
        Span mine = ruleNameAt(v, i);
        if (opener && mine != null && mine.to() == i + 1 && GROUP_NOUNS.contains(v.fold(i))) {
            return null; // "the House Republican Caucus", "the Senate Republican Conference": a party's group
        }
        if (m != null && m.type() == EntityType.PERSON) {
            int j = i;
            while (j < v.size() && v.t.get(j).begin() < m.end()) {
                j++;
            }
            if (j == i + 1 && g.titles.headAt(v, i) == j) {
                return null; // "Inspector General" with "General" taken for a name
            }
            // the name finder may stop short: "Luiz Inacio Lula" of "Luiz Inacio Lula da Silva"
            return company(v, mine != null && mine.to() > j ? mine : new Span(i, j, m));
        }
        if (mine != null && afterNameOpeningTitle(v, i) && !v.personWords.contains(RoleGrammar.lastWord(
                mine.mention().text()))) {
            return null; // "General Electric's", "Gen Re": no person the name finder knows
        }
        return company(v, mine);
    }

    /** Whether the word before token i (or before its full stop) opens names of organizations too: "General". */
    private static boolean afterNameOpeningTitle(RoleSentence v, int i) {
        int t = i - 1 >= 0 && v.is(i - 1, ".") ? i - 2 : i - 1;
        return t >= 0 && Words.NAME_OPENING_TITLES.contains(v.fold(t));
    }

    /** The name, or null when a stock ticker follows it: "Sprint Nextel (S.N)", "Clearwire Corp CLWR.O". */
    private static Span company(RoleSentence v, Span name) {
        if (name == null) {
            return null;
        }
        int e = name.to() < v.size() && v.is(name.to(), "(") ? name.to() + 1 : name.to();
        StringBuilder joined = new StringBuilder();
        for (int k = e; k < v.size() && k < e + 3; k++) {
            if (k > e && v.t.get(k).begin() != v.t.get(k - 1).end() || v.is(k, ")")) {
                break;
            }
            joined.append(v.word(k)); // "S." and "N" of "(S.N)"
            if (isTicker(joined)) {
                return null;
            }
        }
        return name;
    }

    /** Nouns that name a party's group in a chamber after its party word, never a person's name. */
    private static final java.util.Set<String> GROUP_NOUNS = java.util.Set.of("caucus", "conference", "leadership",
            "majority", "minority", "whip", "leader", "members");

    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile(
            "[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}");

    /** Whether the text is a stock code: "MS.N", "7203.T", "ERST.VI", "DBKGn.DE". */
    static boolean isTicker(CharSequence text) {
        return TICKER.matcher(text).matches();
    }
    /** A lower-case particle joined to a name by a hyphen: "al-Sisi", "el-Erian". */
    private static final java.util.regex.Pattern PARTICLE_JOINED = java.util.regex.Pattern.compile(
            "\\p{Ll}{2,3}-\\p{Lu}\\p{L}+");

    /**
     * Whether a mention of another kind than a person starts at the word before token i and runs on over it:
     * "Head Start" is a program's name, not the title "Head" and a name. Not when the mention ends in a word of
     * the article's persons' names ("Chief of Staff Howard Baker" taken whole for an organization).
     */
    private static boolean insideOther(RoleSentence v, int i) {
        int before = v.t.get(i - 1).begin();
        int b = v.t.get(i).begin();
        for (Mention m : v.mentions) {
            if (m.type() != EntityType.PERSON && m.begin() == before && m.end() > b
                    && !v.personWords.contains(RoleGrammar.lastWord(m.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name finder's organization or place is to be believed over the capitalisation rules: it is a
     * known body, or ends in an organization word.
     */
    boolean trusted(Mention m) {
        if (g.body(m.text()) != null) {
            return true;
        }
        for (String w : m.text().split("\\s+")) {
            if (g.lexicon.isOrgSuffix(w)) {
                return true;
            }
        }
        return false;
    }

    private Span ruleNameAt(RoleSentence v, int i) {
        if (Words.HONORIFICS.contains(v.fold(i)) && i + 1 < v.size() && v.cap(i + 1)) {
            int next = v.is(i + 1, ".") ? i + 2 : i + 1;
            return next < v.size() ? nameAt(v, next) : null;
        }
        if (!v.cap(i) || Words.NOT_A_NAME.contains(v.fold(i)) || g.lexicon.isModifier(v.word(i))
                || g.titles.headAt(v, i) > 0 || g.lexicon.qualifier(v.word(i)) != null
                || g.lexicon.isPluralHead(v.word(i))) {
            return null;
        }
        int j = i;
        while (j < v.size() && j - i < 7) {
            if (initialAt(v, j) && j + 2 < v.size() && v.cap(j + 2)) {
                j += 2; // "F. Ross Johnson" with the initial and its full stop as two tokens
                continue;
            }
            if (j > i && j + 2 < v.size() && Words.NAME_PARTICLES.contains(v.fold(j)) && v.is(j + 1, "-")
                    && v.cap(j + 2) && v.t.get(j + 1).begin() == v.t.get(j).end()
                    && v.t.get(j + 2).begin() == v.t.get(j + 1).end()) {
                j += 2; // "al-Sisi", "el-Erian" cut into three tokens
                continue;
            }
            if (j > i && g.lexicon.isOrgSuffix(v.word(j)) && v.cap(j)) {
                return null; // "Study Committee Chairman Jane Doe": an organization's name runs into the title
            }
            if (j > i && postNominal(v, j)) {
                break; // "Paul Boateng MP"
            }
            boolean particle = Words.NAME_PARTICLES.contains(v.fold(j)) && j > i && j + 1 < v.size() && v.cap(j + 1)
                    || j > i && PARTICLE_JOINED.matcher(v.word(j)).matches(); // "al-Sisi", "el-Erian"
            if (!(v.cap(j) && !v.is(j, "'s")) && !particle) {
                break;
            }
            Mention other = j > i ? v.mentionStartingAt(j) : null;
            if (other != null && other.type() != EntityType.PERSON && trusted(other)) {
                break;
            }
            j++;
            if (v.possessive(j - 1)) {
                break;
            }
        }
        if (j == i || j - i > 8) {
            return null;
        }
        String text = v.text(i, j);
        if (g.body(text) != null || g.lexicon.isOrgSuffix(v.word(j - 1)) || text.chars().anyMatch(Character::isDigit)
                || g.body(v.word(i)) != null || g.titles.headEndingAt(v, j - 1, i) >= 0) {
            return null; // "European Commissioner" is a title, not a name
        }
        if (j - i == 1 && !v.propn(i) && !v.personWords.contains(RoleGrammar.lastWord(text))) {
            return null;
        }
        return new Span(i, j, v.newMention(EntityType.PERSON, i, j, 0.7));
    }

    /** Whether token j is a title written after a name in capitals: "MP", "MEP", "QC". */
    boolean postNominal(RoleSentence v, int j) {
        String w = v.word(j);
        return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase)
                && g.lexicon.isMembership(w);
    }

    /** Whether token j is a one-letter initial followed, without a space, by a full stop token. */
    private static boolean initialAt(RoleSentence v, int j) {
        String w = v.word(j);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && j + 1 < v.size() && v.is(j + 1, ".")
                && v.t.get(j + 1).begin() == v.t.get(j).end();
    }

    /**
     * A person's name ending at token {@code last} (inclusive), for appositions: "Ariel Kallner, a ...". A
     * name a title stands before ({@code titledNames}, keyed by the token after the name) wins.
     */
    Span nameEndingAt(RoleSentence v, int last, Map<Integer, Span> titledNames) {
        if (last < 0) {
            return null;
        }
        Span titled = titledNames.get(last + 1);
        if (titled != null) {
            return titled;
        }
        Mention m = v.mentionEndingAt(last);
        if (m != null && (m.type() != EntityType.PERSON || g.lexicon.isOrgSuffix(RoleGrammar.lastWord(m.text())))
                && trusted(m)) {
            return null; // "Lawyers' Christian Fellowship (LCF)" is no person, whatever the name finder says
        }
        Span mine = ruleNameEndingAt(v, last);
        if (m != null && m.type() == EntityType.PERSON) {
            int i = last;
            while (i > 0 && v.t.get(i - 1).end() > m.begin()) {
                i--;
            }
            // "F. Ross Johnson" where the name finder gave "Ross Johnson"
            return mine != null && mine.from() < i ? mine : new Span(i, last + 1, m);
        }
        return mine;
    }

    private Span ruleNameEndingAt(RoleSentence v, int last) {
        int i = last;
        while (i >= 0 && last - i < 8) {
            if (i >= 1 && i < last && v.is(i, ".") && initialAt(v, i - 1)) {
                i -= 2;
                continue;
            }
            if (!(v.cap(i) || (i < last && Words.NAME_PARTICLES.contains(v.fold(i))))
                    || "PUNCT".equals(v.t.get(i).pos()) || Words.HONORIFICS.contains(v.fold(i))
                    || g.lexicon.isPluralHead(v.word(i))) {
                break; // "Senators Jane Doe, ...": the plural title is no part of the name
            }
            i--;
        }
        int from = i + 1;
        boolean honorific = i >= 0 && (Words.HONORIFICS.contains(v.fold(i))
                || i >= 1 && v.is(i, ".") && Words.HONORIFICS.contains(v.fold(i - 1) + "."));
        if (from > last || (i >= 0 && v.cap(i) && !honorific && !g.lexicon.isPluralHead(v.word(i)))) {
            return null;
        }
        if (i >= 0 && Words.DETERMINERS.contains(v.fold(i)) && last + 1 < v.size() && postNominal(v, last + 1)) {
            return null; // "the Glasgow Kelvin MP" is a constituency's MP
        }
        int size = last + 1 - from;
        boolean known = v.personWords.contains(RoleGrammar.lastWord(v.word(last))) || honorific;
        if (size < 2 && !known) {
            return null;
        }
        for (int k = from; k <= last; k++) {
            if (!v.propn(k) && !Words.NAME_PARTICLES.contains(v.fold(k)) && !known && !v.is(k, ".")
                    && !initialAt(v, k)) {
                return null;
            }
        }
        Span name = nameAt(v, from);
        if (name == null || name.to() != last + 1) {
            return null;
        }
        return name;
    }
}
