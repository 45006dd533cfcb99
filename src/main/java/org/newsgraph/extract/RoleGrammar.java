package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The phrase rules that the role, quote and byline extractors share: how news English writes a role title
 * ("former U.S. Secretary of State", "Trump's hostage envoy", "Knesset member"), a person's name after it,
 * and an organization after "of", "for" or "at". Works on the UD tokens of one sentence; character offsets
 * always point into the article text.
 *
 * <p>A role phrase is read leftwards from its head ("minister", "secretary of state", see {@link RoleLexicon}):
 * modifiers become part of the role ("Energy and Infrastructure Minister"), a known country or body, its
 * demonym or a possessive becomes the organization ("U.S.", "Saudi", "Israel's"), a person's possessive
 * becomes the principal whose government the role belongs to ("Trump's envoy"), and a qualifier ("former",
 * "ex-", "then-", "incoming", "acting") is kept apart from the label. A capitalised word before a lower-case
 * head, or before a membership head ("member", "lawmaker", "MP"), is the organization ("Apple chief
 * executive", "Likud lawmaker"); before a capitalised head it is part of the title ("Foreign Minister").
 *
 * <p>Stateless apart from the lexicon and the known-body lookup; safe to share between threads.
 */
final class RoleGrammar {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "your", "my", "whose");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "al-", "el", "de", "da",
            "das", "dos", "van", "von", "der", "den", "del", "della", "la", "le", "di", "du", "abu", "ben", "st.");
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "this", "that", "these", "those", "he",
            "she", "it", "they", "we", "i", "you", "and", "but", "or", "on", "in", "at", "of", "for", "with", "by",
            "to", "from", "as", "if", "when", "while", "after", "before", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "there", "here", "today", "yesterday", "tomorrow", "last", "next", "new", "news", "his", "her", "its");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "lord", "lady", "prof", "prof.");
    private static final Set<String> ORG_PREPOSITIONS = Set.of("of", "at", "for", "with", "to");
    /**
     * Words that a sentence opens with, capitalised only for that: "But BBC correspondent Peter Hunt", "And
     * Chancellor Gordon Brown", "The Attorney General Lord Goldsmith" hold no organization "But BBC", "And", "The".
     */
    private static final Set<String> SENTENCE_OPENERS = Stream.concat(DETERMINERS.stream(), Stream.of("and", "but",
            "or", "nor", "so", "yet", "also", "meanwhile", "however", "still", "now", "instead", "separately",
            "elsewhere", "earlier", "later", "this", "that", "these", "those")).collect(Collectors.toUnmodifiableSet());
    /** Titles only a company gives: the name before them is a company's, not a place's. */
    private static final Set<String> COMPANY_HEADS = Set.of("ceo", "cfo", "coo", "chief executive",
            "chief executive officer", "chief financial officer", "chief operating officer", "founder", "co-founder");
    /**
     * Ranks that stand before a title and never end an organization's name: "Conservative Shadow chancellor"
     * is a shadow chancellor of the Conservatives, "Labour Deputy leader" a deputy leader of Labour.
     */
    private static final Set<String> RANKS = Set.of("shadow", "deputy", "vice", "assistant", "junior", "senior");

    private final RoleLexicon lexicon;
    private final Function<String, EntityType> bodies;

    /**
     * @param bodies gives PLACE for a country, state or region name, alias or demonym ("Saudi", "U.S."),
     *               ORGANIZATION for an international body, and null for any other name
     */
    RoleGrammar(RoleLexicon lexicon, Function<String, EntityType> bodies) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    RoleLexicon lexicon() {
        return lexicon;
    }

    /** A span of tokens [from, to) in a sentence, with the mention it stands for. */
    record Span(int from, int to, Mention mention) {
    }

    /** A role phrase read from a sentence, before its principal is resolved. */
    record Phrase(int from, int to, String role, Mention organization, Fact.Qualifier qualifier, Span principal) {
    }

    /** A role fact in the making: the phrase, the person it belongs to, and its evidence. */
    record Candidate(Mention person, Phrase phrase, Evidence evidence) {
    }

    /** One sentence of one article, with the names known in the article. */
    final class View {
        final AnnotatedDocument doc;
        final Sentence sentence;
        final List<Token> t;
        final List<Mention> mentions;
        final Set<String> personWords;
        /** The token indices where a sentence of the group starts. */
        private final BitSet sentenceStarts = new BitSet();
        private Set<String> surnames;

        View(AnnotatedDocument doc, List<Sentence> group, Set<String> personWords) {
            this.doc = doc;
            this.sentence = group.get(0);
            List<Token> tokens = new ArrayList<>();
            List<Mention> inGroup = new ArrayList<>();
            for (Sentence s : group) {
                sentenceStarts.set(tokens.size());
                tokens.addAll(s.tokens());
                inGroup.addAll(doc.mentionsIn(s));
            }
            this.t = List.copyOf(tokens);
            this.mentions = List.copyOf(inGroup);
            this.personWords = personWords;
        }

        Set<String> surnames() {
            if (surnames == null) {
                surnames = RoleGrammar.surnames(doc, personWords);
            }
            return surnames;
        }

        int size() {
            return t.size();
        }

        String word(int i) {
            return t.get(i).text();
        }

        String fold(int i) {
            return RoleLexicon.fold(word(i));
        }

        /** The article text of tokens [from, to). */
        String text(int from, int to) {
            return doc.text().substring(t.get(from).begin(), t.get(to - 1).end());
        }

        /** Whether token i starts a capitalised word, not counting a sentence opener ("But", "And", "The"). */
        boolean cap(int i) {
            return capitalised(i) && !(SENTENCE_OPENERS.contains(fold(i)) && opensSentence(i));
        }

        /** Whether token i is a word of its own, not a piece the tokenizer cut off one ("OD" "PM" of "ODPM"). */
        boolean wholeWord(int i) {
            return (i == 0 || t.get(i - 1).end() < t.get(i).begin())
                    && (i + 1 == t.size() || t.get(i).end() < t.get(i + 1).begin());
        }

        /** Whether token i is the first word of its sentence, after any opening quotes, brackets or dashes. */
        boolean opensSentence(int i) {
            int k = i - 1;
            while (k >= 0 && !sentenceStarts.get(k + 1) && "PUNCT".equals(t.get(k).pos())) {
                k--;
            }
            return sentenceStarts.get(k + 1);
        }

        boolean capitalised(int i) {
            String w = word(i);
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    return Character.isUpperCase(c);
                }
                if (Character.isDigit(c)) {
                    return false;
                }
            }
            return false;
        }

        boolean propn(int i) {
            return t.get(i).pos().startsWith("PROPN");
        }

        boolean is(int i, String... words) {
            if (i < 0 || i >= t.size()) {
                return false;
            }
            String f = fold(i);
            for (String w : words) {
                if (f.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token i carries a possessive: "Trump's", or "Trump" followed by "'s". */
        boolean possessive(int i) {
            String f = fold(i);
            if (f.length() > 2 && (f.endsWith("'s") || (f.endsWith("s'") && cap(i)))) {
                return true;
            }
            return i + 1 < t.size() && (is(i + 1, "'s") || is(i + 1, "'"));
        }

        /** End offset of token i without a possessive ending. */
        int bareEnd(int i) {
            String f = fold(i);
            Token tok = t.get(i);
            if (f.length() > 2 && f.endsWith("'s")) {
                return tok.end() - 2;
            }
            if (f.length() > 2 && f.endsWith("s'")) {
                return tok.end() - 1;
            }
            return tok.end();
        }

        Mention mentionStartingAt(int i) {
            int b = t.get(i).begin();
            for (Mention m : mentions) {
                if (m.begin() == b) {
                    return m;
                }
            }
            return null;
        }

        Mention mentionEndingAt(int i) {
            Token tok = t.get(i);
            for (Mention m : mentions) {
                if (m.end() == tok.end() || m.end() == bareEnd(i)) {
                    return m;
                }
            }
            return null;
        }

        Mention newMention(EntityType type, int from, int to, double confidence) {
            int b = t.get(from).begin();
            int e = bareEnd(to - 1);
            String s = doc.text().substring(b, e);
            if (s.regionMatches(true, 0, "the ", 0, 4) && to - from > 1) {
                b = t.get(from + 1).begin();
                s = doc.text().substring(b, e);
            }
            return new Mention(type, s, b, e, sentence.index(), confidence);
        }

        /** Index of the first token of a mention in this sentence. */
        int tokenIndexOf(Mention m) {
            return tokenIndexOf(m.begin());
        }

        /** Index of the token that holds a character offset, or the last token. */
        int tokenIndexOf(int offset) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).end() > offset) {
                    return i;
                }
            }
            return t.size() - 1;
        }

        Evidence evidence(int from, int to, double confidence) {
            return new Evidence(sentence.index(), t.get(from).begin(), t.get(to - 1).end(), confidence);
        }
    }

    View view(AnnotatedDocument doc, Sentence sentence, Set<String> personWords) {
        return new View(doc, List.of(sentence), personWords);
    }

    /**
     * The article's sentences as views, with a sentence that the sentence detector ended after an initial
     * or an abbreviation ("F. Ross Johnson", "James O. Welch", "R.J. Reynolds", "U.S. President") joined to
     * the next one of the same paragraph.
     */
    List<View> views(AnnotatedDocument doc, Set<String> personWords) {
        List<View> out = new ArrayList<>();
        List<Sentence> group = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!group.isEmpty() && !endsWithInitial(doc, group.get(group.size() - 1), s)) {
                out.add(new View(doc, group, personWords));
                group = new ArrayList<>();
            }
            group.add(s);
        }
        if (!group.isEmpty()) {
            out.add(new View(doc, group, personWords));
        }
        return out;
    }

    private boolean endsWithInitial(AnnotatedDocument doc, Sentence s, Sentence next) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || next.tokens().isEmpty() || doc.text().substring(s.end(), next.begin()).contains("\n")
                || !next.tokens().get(0).isCapitalised()) {
            return false;
        }
        String last = t.get(t.size() - 1).text();
        if (last.equals(".") && t.size() >= 2) {
            String before = t.get(t.size() - 2).text();
            return before.length() == 1 && Character.isUpperCase(before.charAt(0))
                    || HONORIFICS.contains(before.toLowerCase(Locale.ROOT) + ".")
                    || lexicon.abbreviation(before + ".") != null;
        }
        return last.matches("\\p{Lu}\\.(\\p{Lu}\\.)*") || HONORIFICS.contains(last.toLowerCase(Locale.ROOT))
                && last.endsWith(".") || lexicon.abbreviation(last) != null && last.endsWith(".");
    }

    /**
     * Last words of the article's person names of two words or more (name finder's or written after a
     * title): "Trump's" is a person's possessive when the article names "Donald Trump".
     */
    private static Set<String> surnames(AnnotatedDocument doc, Set<String> personWords) {
        Set<String> out = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON && m.text().strip().contains(" ")) {
                out.add(lastWord(m.text()));
            }
        }
        if (out.isEmpty()) {
            out.addAll(personWords);
        }
        return out;
    }

    /** The last words of the person names the name finder gives, folded: evidence that "Trump's" is a person. */
    Set<String> personWords(AnnotatedDocument doc) {
        Set<String> words = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON) {
                words.add(lastWord(m.text()));
            }
        }
        if (words.isEmpty()) {
            // no name finder: a run of two to four proper nouns that is no known body nor organization
            // name is taken for a person's name ("Charles Hinckley" makes a later "Hinckley" a person)
            for (View v : views(doc, Set.of())) {
                for (int i = 0; i < v.size(); i++) {
                    if (!v.propn(i) || !v.cap(i) || i > 0 && v.cap(i - 1) && body(v.word(i - 1)) == null) {
                        continue;
                    }
                    Span name = nameAt(v, i);
                    if (name == null || name.to() - name.from() < 2 || name.to() - name.from() > 4) {
                        continue;
                    }
                    boolean proper = true;
                    for (int k = name.from(); k < name.to(); k++) {
                        proper &= (v.propn(k) || v.word(k).endsWith(".")) && body(v.word(k)) == null
                                && !lexicon.isModifier(v.word(k)) && !lexicon.isOrgSuffix(v.word(k));
                    }
                    if (proper && (name.to() >= v.size() || !v.cap(name.to()))) {
                        words.add(lastWord(name.mention().text()));
                    }
                }
            }
        }
        return words;
    }

    /**
     * The name finder's person words plus the last words of names written after a title anywhere in the
     * article, and the titled candidates themselves: "Trump's" is a person's possessive when the article
     * also writes "President Donald Trump".
     */
    Set<String> knownPersons(AnnotatedDocument doc, List<Candidate> titledOut) {
        Set<String> words = personWords(doc);
        List<Candidate> found = new ArrayList<>();
        for (View v : views(doc, words)) {
            found.addAll(titled(v));
        }
        Set<String> more = new HashSet<>(words);
        for (Candidate c : found) {
            more.add(lastWord(c.person().text()));
        }
        if (more.size() > words.size()) {
            found.clear();
            for (View v : views(doc, more)) {
                found.addAll(titled(v));
            }
        }
        titledOut.addAll(found);
        return more;
    }

    static String lastWord(String name) {
        String f = RoleLexicon.fold(name);
        if (f.endsWith("'s")) {
            f = f.substring(0, f.length() - 2);
        } else if (f.endsWith("'")) {
            f = f.substring(0, f.length() - 1);
        }
        return f.substring(f.lastIndexOf(' ') + 1);
    }

    /** The type of a known country, region or body, or null. */
    EntityType body(String name) {
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        n = n.replace('\u2019', '\'').replaceAll("'s$|'$", "");
        return n.isEmpty() ? null : bodies.apply(n);
    }

    /** End (exclusive) of the longest role head starting at token i, or -1. */
    int headAt(View v, int i) {
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

    private String headLabel(View v, int from, int to) {
        String written = v.text(from, to);
        String expanded = lexicon.abbreviation(written);
        return expanded != null ? expanded : written;
    }

    /** A person's name starting at token i: the name finder's PERSON mention, or a run of capitalised words. */
    Span nameAt(View v, int i) {
        if (i >= v.size()) {
            return null;
        }
        Mention m = v.mentionStartingAt(i);
        if (m != null && m.type() != EntityType.PERSON && trusted(m)) {
            return null;
        }
        Span mine = ruleNameAt(v, i);
        if (m != null && m.type() == EntityType.PERSON) {
            int j = i;
            while (j < v.size() && v.t.get(j).begin() < m.end()) {
                j++;
            }
            // the name finder may stop short: "Luiz Inacio Lula" of "Luiz Inacio Lula da Silva"
            return mine != null && mine.to() > j ? mine : new Span(i, j, m);
        }
        return mine;
    }

    /**
     * Whether a name finder's organization or place is to be believed over the capitalisation rules: it is a
     * known body, or ends in an organization word.
     */
    boolean trusted(Mention m) {
        if (body(m.text()) != null) {
            return true;
        }
        for (String w : m.text().split("\\s+")) {
            if (lexicon.isOrgSuffix(w)) {
                return true;
            }
        }
        return false;
    }

    private Span ruleNameAt(View v, int i) {
        if (HONORIFICS.contains(v.fold(i)) && i + 1 < v.size() && v.cap(i + 1)) {
            int next = v.is(i + 1, ".") ? i + 2 : i + 1;
            return next < v.size() ? nameAt(v, next) : null;
        }
        if (!v.cap(i) || NOT_A_NAME.contains(v.fold(i)) || lexicon.isModifier(v.word(i))
                || headAt(v, i) > 0 || lexicon.qualifier(v.word(i)) != null) {
            return null;
        }
        int j = i;
        while (j < v.size() && j - i < 7) {
            if (initialAt(v, j) && j + 2 < v.size() && v.cap(j + 2)) {
                j += 2; // "F. Ross Johnson" with the initial and its full stop as two tokens
                continue;
            }
            if (j > i && postNominal(v, j)) {
                break; // "Paul Boateng MP"
            }
            boolean particle = NAME_PARTICLES.contains(v.fold(j)) && j > i && j + 1 < v.size() && v.cap(j + 1);
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
        if (body(text) != null || lexicon.isOrgSuffix(v.word(j - 1)) || text.chars().anyMatch(Character::isDigit)
                || body(v.word(i)) != null || headEndingAt(v, j - 1, i) >= 0) {
            return null; // "European Commissioner" is a title, not a name
        }
        if (j - i == 1 && !v.propn(i) && !v.personWords.contains(lastWord(text))) {
            return null;
        }
        return new Span(i, j, v.newMention(EntityType.PERSON, i, j, 0.7));
    }

    /** Whether token j is a title written after a name in capitals: "MP", "MEP", "QC". */
    boolean postNominal(View v, int j) {
        String w = v.word(j);
        return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase)
                && lexicon.isMembership(w);
    }

    /** Whether token j is a one-letter initial followed, without a space, by a full stop token. */
    private static boolean initialAt(View v, int j) {
        String w = v.word(j);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && j + 1 < v.size() && v.is(j + 1, ".")
                && v.t.get(j + 1).begin() == v.t.get(j).end();
    }

    /** A person's name ending at token {@code last} (inclusive), for appositions: "Ariel Kallner, a ...". */
    Span nameEndingAt(View v, int last, Map<Integer, Span> titledNames) {
        if (last < 0) {
            return null;
        }
        Span titled = titledNames.get(last + 1);
        if (titled != null) {
            return titled;
        }
        Mention m = v.mentionEndingAt(last);
        if (m != null && (m.type() != EntityType.PERSON || lexicon.isOrgSuffix(lastWord(m.text()))) && trusted(m)) {
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

    private Span ruleNameEndingAt(View v, int last) {
        int i = last;
        while (i >= 0 && last - i < 8) {
            if (i >= 1 && i < last && v.is(i, ".") && initialAt(v, i - 1)) {
                i -= 2;
                continue;
            }
            if (!(v.cap(i) || (i < last && NAME_PARTICLES.contains(v.fold(i))))
                    || "PUNCT".equals(v.t.get(i).pos()) || HONORIFICS.contains(v.fold(i))) {
                break;
            }
            i--;
        }
        int from = i + 1;
        boolean honorific = i >= 0 && (HONORIFICS.contains(v.fold(i))
                || i >= 1 && v.is(i, ".") && HONORIFICS.contains(v.fold(i - 1) + "."));
        if (from > last || (i >= 0 && v.cap(i) && !honorific)) {
            return null;
        }
        if (i >= 0 && DETERMINERS.contains(v.fold(i)) && last + 1 < v.size() && postNominal(v, last + 1)) {
            return null; // "the Glasgow Kelvin MP" is a constituency's MP
        }
        int size = last + 1 - from;
        boolean known = v.personWords.contains(lastWord(v.word(last))) || honorific;
        if (size < 2 && !known) {
            return null;
        }
        for (int k = from; k <= last; k++) {
            if (!v.propn(k) && !NAME_PARTICLES.contains(v.fold(k)) && !known && !v.is(k, ".") && !initialAt(v, k)) {
                return null;
            }
        }
        Span name = nameAt(v, from);
        if (name == null || name.to() != last + 1) {
            return null;
        }
        return name;
    }

    /**
     * Reads a role phrase leftwards from a head [headFrom, headTo), stopping at {@code bound}: modifiers,
     * organization, principal and qualifier. Returns null when the head is not written as a role.
     */
    Phrase phrase(View v, int headFrom, int headTo, int bound) {
        String head = v.text(headFrom, headTo);
        String lastHeadWord = v.word(headTo - 1);
        // "CEO", "MP": an acronym head takes the organization before it, like a lower-case head
        boolean lowerHead = !v.cap(headTo - 1) || lastHeadWord.length() > 1
                && lastHeadWord.replace(".", "").chars().allMatch(Character::isUpperCase);
        boolean membership = lexicon.isMembership(head);
        int roleFrom = headFrom;
        int start = headFrom;
        Mention org = null;
        Span principal = null;
        Fact.Qualifier qualifier = Fact.Qualifier.CURRENT;
        boolean lowerNounUsed = false;
        boolean lexiconWordUsed = false;
        boolean qualified = false;
        int[] beforeAbsorbing = null;
        int k = headFrom - 1;
        while (k >= bound) {
            String w = v.fold(k);
            Fact.Qualifier q = qualifierAt(v, k);
            if (q != null) {
                qualifier = q;
                qualified = true;
                k -= (w.equals("-") || w.equals("ex-")) && k - 1 >= bound && lexicon.qualifier(v.word(k - 1)) != null
                        ? 2 : 1;
                start = k + 1;
                continue;
            }
            if (org != null || principal != null) {
                break;
            }
            if (w.equals(")")) {
                // "Loews Corp (LTR) chairman", "PCdoB (Brazilian communist party) Deputy"
                int o = k - 1;
                while (o >= bound && o > k - 10 && !v.is(o, "(")) {
                    o--;
                }
                if (o > bound && v.is(o, "(") && v.cap(o - 1)) {
                    k = o - 1;
                    continue;
                }
                break;
            }
            if ((w.equals("and") || w.equals("&") || w.equals(",")) && k - 1 >= bound) {
                int other = headEndingAt(v, k - 1, bound);
                if (other >= 0 && (roleFrom == headFrom || beforeAbsorbing != null && roleFrom == k + 1)
                        && qualifier == Fact.Qualifier.CURRENT) {
                    // "chairman and chief executive officer Thomas Wyman", "chairman, president and chief
                    // executive, Richard DiBona"
                    if (beforeAbsorbing == null) {
                        beforeAbsorbing = new int[] {roleFrom, start, qualifier.ordinal()};
                    }
                    roleFrom = other;
                    start = other;
                    k = other - 1;
                    continue;
                }
            }
            if (v.possessive(k) && !v.cap(k) && k - 1 >= bound && v.is(k - 1, "the")) {
                // "the party's Treasury spokesman": a body the article does not name here
                start = k - 1;
                break;
            }
            if (v.possessive(k) && v.cap(k)) {
                Span run = capRunEndingAt(v, k, bound);
                String name = v.doc.text().substring(v.t.get(run.from()).begin(), v.bareEnd(k));
                EntityType type = body(name);
                Mention known = v.mentionEndingAt(k);
                if (type != null) {
                    org = v.newMention(type, run.from(), k + 1, 0.8);
                } else if (known != null && known.type() != EntityType.PERSON && known.type() != EntityType.MISC) {
                    org = known;
                } else if (lexicon.isOrgSuffix(name.substring(name.lastIndexOf(' ') + 1))) {
                    org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.7);
                } else if (name.strip().split("\\s+").length >= 2 || v.surnames().contains(lastWord(name))) {
                    principal = new Span(run.from(), k + 1, known != null && known.type() == EntityType.PERSON
                            ? known : v.newMention(EntityType.PERSON, run.from(), k + 1, 0.6));
                } else {
                    org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.5);
                }
                start = run.from();
                k = run.from() - 1;
                continue;
            }
            // a known body, "U.N." too, which the tokenizer cuts into "U.N" and "."
            boolean cutAbbreviation = v.is(k, ".") && k - 1 >= bound && v.t.get(k - 1).end() == v.t.get(k).begin();
            Mention bodyMention = v.cap(k) && !v.is(k, "-") || cutAbbreviation ? bodyEndingAt(v, k, bound) : null;
            if (bodyMention != null) {
                org = bodyMention;
                while (k >= bound && v.t.get(k).begin() >= bodyMention.begin()) {
                    k--;
                }
                start = k + 1;
                continue;
            }
            if (v.cap(k) && !v.is(k, "-")) {
                if (HONORIFICS.contains(v.fold(k)) || !lexicon.isModifier(v.word(k)) && v.wholeWord(k)
                        && headEndingAt(v, k, bound) >= 0) {
                    break; // "Mr Justice Forbes"; "National Security Adviser Vice Admiral John Poindexter"
                }
                Mention known = v.mentionEndingAt(k);
                boolean lexiconFirst = lexicon.isModifier(v.word(k)) && !membership
                        && (!lowerHead || lexicon.isPortfolio(v.word(k)));
                if (known != null && (known.type() == EntityType.ORGANIZATION || known.type() == EntityType.PLACE)
                        && !lexiconFirst) {
                    org = withoutDescriptor(v, known);
                    if (org.type() == EntityType.PLACE && COMPANY_HEADS.contains(RoleLexicon.fold(head))) {
                        // "Tesla CEO Elon Musk": a name the finder took for a place heads a company here
                        org = new Mention(EntityType.ORGANIZATION, org.text(), org.begin(), org.end(),
                                org.sentence(), org.confidence());
                    }
                    while (k >= bound && v.t.get(k).begin() >= known.begin()) {
                        k--;
                    }
                    start = k + 1;
                    continue;
                }
                if (known != null && known.type() == EntityType.PERSON) {
                    break;
                }
                if (lexicon.isDescriptor(v.word(k))) {
                    break;
                }
                boolean lexiconWord = membership ? lexicon.isPlainModifier(v.word(k)) : lexicon.isModifier(v.word(k));
                boolean orgWord = lexicon.isOrgSuffix(v.word(k));
                boolean partOfName = k - 1 >= bound && v.cap(k - 1) && !lexicon.isModifier(v.word(k - 1))
                        && qualifierAt(v, k - 1) == null && bodyEndingAt(v, k - 1, bound) == null
                        && !v.possessive(k - 1);
                boolean acronym = v.word(k).length() >= 2 && v.word(k).chars().allMatch(Character::isUpperCase)
                        && !lexiconWord;
                // a portfolio comes after a rank ("Deputy Foreign Minister"), a party before it
                // ("Labour Deputy leader")
                boolean beforeRank = roleFrom == k + 1 && RANKS.contains(v.fold(k + 1))
                        && !lexicon.isPlainModifier(v.word(k));
                // a capitalised word before a qualifier names the body: "Labour former minister Jack Cunningham"
                boolean roleWord = lexiconWord && !beforeRank && !qualified && (RANKS.contains(v.fold(k))
                        || !((lowerHead || membership || orgWord) && partOfName))
                        || !lexiconWord && !acronym && lexiconWordUsed && !lowerHead && !membership;
                if (!roleWord) {
                    Span run = capRunEndingAt(v, k, bound);
                    if (v.personWords.contains(lastWord(v.word(k))) && run.from() == k && v.propn(k)
                            && !lexicon.isOrgSuffix(v.word(k))) {
                        break;
                    }
                    org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.6);
                    start = run.from();
                    k = run.from() - 1;
                    continue;
                }
                lexiconWordUsed |= lexiconWord;
                roleFrom = k;
                start = k;
                k--;
                continue;
            }
            if (w.equals("and") && k + 1 < headFrom && k - 1 >= bound
                    && lexicon.isPortfolio(v.word(k + 1)) && lexicon.isPortfolio(v.word(k - 1))) {
                roleFrom = k;
                start = k;
                k--;
                continue;
            }
            if (!v.cap(k) && lexicon.isModifier(w)) {
                lexiconWordUsed = true;
                roleFrom = k;
                start = k;
                k--;
                continue;
            }
            if (!v.cap(k) && !lowerNounUsed && "NOUN".equals(v.t.get(k).pos()) && lowerHead
                    && roleFrom == headFrom && w.chars().allMatch(Character::isLetter)) {
                lowerNounUsed = true;
                roleFrom = k;
                start = k;
                k--;
                if (k >= bound && !v.cap(k) && "ADJ".equals(v.t.get(k).pos()) && v.fold(k).chars()
                        .allMatch(Character::isLetter) && k - 1 >= bound && v.cap(k - 1)
                        && lexicon.qualifier(v.word(k)) == null) {
                    // "Hamas political bureau member": an adjective of the noun, then the body before them
                    roleFrom = k;
                    start = k;
                    k--;
                }
                continue;
            }
            break;
        }
        if (beforeAbsorbing != null && k >= bound && org == null && principal == null
                && ("VERB".equals(v.t.get(k).pos()) || "AUX".equals(v.t.get(k).pos()))) {
            // "was named acting chief executive and director Irving Hellman": the first title is the verb's
            roleFrom = beforeAbsorbing[0];
            start = beforeAbsorbing[1];
            qualifier = Fact.Qualifier.values()[beforeAbsorbing[2]];
        }
        if (org == null && principal == null && k < 0 && bound == 0) {
            org = bodyBeforeSentence(v);
        }
        String role = roleFrom == headFrom ? headLabel(v, headFrom, headTo)
                : v.text(roleFrom, headFrom) + " " + headLabel(v, headFrom, headTo);
        role = role.replaceAll("\\s+", " ").strip();
        return new Phrase(start, headTo, role, org, qualifier, principal);
    }

    /** A name finder's mention without a leading descriptor: "Ruling Liberal Democratic Party". */
    private Mention withoutDescriptor(View v, Mention m) {
        int first = v.tokenIndexOf(m);
        int last = v.tokenIndexOf(m.end() - 1);
        if (first < last && lexicon.isDescriptor(v.word(first))) {
            return v.newMention(m.type(), first + 1, last + 1, m.confidence());
        }
        return m;
    }

    /** Start of a role head that ends at token {@code last} (inclusive), or -1. */
    int headEndingAt(View v, int last, int bound) {
        for (int s = Math.max(bound, last - lexicon.longestHead() - 1); s <= last; s++) {
            if (headAt(v, s) == last + 1) {
                return s;
            }
        }
        return -1;
    }

    /**
     * A known body ending the previous sentence of the same paragraph with its own full stop: the sentence
     * detector may end a sentence after "U.S." in "between U.S. President Donald Trump's envoy".
     */
    private Mention bodyBeforeSentence(View v) {
        int index = v.doc.sentences().indexOf(v.sentence);
        if (index <= 0) {
            return null;
        }
        Sentence prev = v.doc.sentences().get(index - 1);
        if (prev.tokens().isEmpty() || v.doc.text().substring(prev.end(), v.sentence.begin()).contains("\n")) {
            return null;
        }
        Token last = prev.tokens().get(prev.tokens().size() - 1);
        if (!last.text().endsWith(".") || last.text().length() < 3 || !last.isCapitalised()) {
            return null;
        }
        EntityType type = body(last.text());
        return type == null ? null
                : new Mention(type, last.text(), last.begin(), last.end(), prev.index(), 0.6);
    }

    private Fact.Qualifier qualifierAt(View v, int k) {
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

    /** The longest known body (country, demonym, international body) ending at token k. */
    private Mention bodyEndingAt(View v, int k, int bound) {
        for (int from = Math.max(bound, k - 4); from <= k; from++) {
            if (!v.cap(from) && !v.is(from, "the")) {
                continue;
            }
            String name = v.doc.text().substring(v.t.get(from).begin(), v.bareEnd(k));
            EntityType type = body(name);
            if (type == EntityType.ORGANIZATION && from - 1 >= bound && v.capitalised(from - 1)
                    && !v.is(from - 1, "-") && v.t.get(from - 1).end() <= v.t.get(from).begin()
                    && lexicon.qualifier(v.word(from - 1)) == null && headAt(v, from - 1) < 0) {
                return null; // "National Security Council" is no "Security Council" of the United Nations
            }
            if (type != null) {
                return v.newMention(type, from, k + 1, 0.8);
            }
        }
        return null;
    }

    private Span capRunEndingAt(View v, int k, int bound) {
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

    /**
     * An organization written after a preposition, from token p: "of Apple", "for Israeli Prime Minister
     * Benjamin Netanyahu's ruling Likud Party" (the part after a possessive wins), "of the United States".
     * Returns the span [from, to) with its mention, or null.
     */
    Span organizationAt(View v, int p) {
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
                        || lexicon.isModifier(v.word(r)))) {
                    r++;
                }
                Span after = capRunAt(v, r);
                if (after != null) {
                    return after;
                }
                Mention owner = v.mentionEndingAt(q);
                if (owner != null && owner.type() == EntityType.PERSON
                        || v.surnames().contains(lastWord(v.text(i, q + 1).replaceAll("'s?$", "")))) {
                    return null; // "the head of Zelenskiy's office": a person's office, no body of its own name
                }
                break;
            }
        }
        for (int q = i; q < Math.min(n, i + 6) && (v.cap(q) || v.is(q, "of")); q++) {
            int headEnd = headAt(v, q);
            if (headEnd > 0 && nameAt(v, headEnd) != null) {
                return null; // "adviser to SPD Chancellor Willy Brandt": a person, not a body
            }
        }
        return capRunAt(v, i);
    }

    /** Whether the name finder found an organization (no portfolio such as "Health") where the span starts. */
    private boolean foundOrganization(View v, Span span) {
        Mention m = v.mentionStartingAt(span.from());
        return m != null && m.type() == EntityType.ORGANIZATION && !lexicon.isPortfolio(v.word(span.from()));
    }

    /** The longest known body starting at token i, possessives included ("People's Republic of China"). */
    private Span knownBodyAt(View v, int i) {
        int n = v.size();
        for (int j = Math.min(n, i + 6); j > i; j--) {
            if (!v.cap(j - 1) || j < n && v.cap(j)) {
                continue;
            }
            EntityType type = body(v.text(i, j));
            if (type != null) {
                return new Span(i, j, v.newMention(type, i, j, 0.8));
            }
        }
        return null;
    }

    Span capRunAt(View v, int i) {
        int n = v.size();
        if (i >= n || !v.cap(i)) {
            return null;
        }
        Mention m = v.mentionStartingAt(i);
        if (m != null && m.type() != EntityType.MISC && m.type() != EntityType.PERSON && trusted(m)) {
            int j = i;
            while (j < n && v.t.get(j).begin() < m.end()) {
                j++;
            }
            return new Span(i, j, m);
        }
        int j = i;
        while (j < n && !(j > i && HONORIFICS.contains(v.fold(j))) && (v.cap(j)
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
        EntityType type = body(text);
        return new Span(i, j, v.newMention(type != null ? type : EntityType.ORGANIZATION, i, j, 0.7));
    }

    /**
     * Every "title name" in a sentence: "U.S. Secretary of State Marco Rubio", "Trump's hostage envoy Adam
     * Boehler", and with a comma after a determined phrase, "Trump's special envoy for the Middle East,
     * Steve Witkoff".
     */
    List<Candidate> titled(View v) {
        List<Candidate> out = new ArrayList<>();
        int n = v.size();
        int i = 0;
        while (i < n) {
            int headTo = headAt(v, i);
            if (headTo < 0) {
                i++;
                continue;
            }
            int after = headTo < n && v.is(headTo, "]", ")") ? headTo + 1 : headTo;
            Span name = nameAt(v, after);
            int complementEnd = headTo;
            Phrase phrase = null;
            if (name != null) {
                phrase = phrase(v, i, headTo, 0);
            } else {
                // "the country's foreign minister, Sergei Lavrov", "special envoy for the Middle East, Steve
                // Witkoff", "the President of Brazil, Luiz Inacio Lula da Silva", "the President of the
                // Republic of Korea Mr. Roh Moo-hyun"
                Phrase candidate = phrase(v, i, headTo, 0);
                int c = headTo;
                String role = candidate.role();
                Mention org = candidate.organization();
                if (c < n && ORG_PREPOSITIONS.contains(v.fold(c)) && !v.is(c, "with")) {
                    Span complement = organizationAt(v, c + 1);
                    if (complement != null && complement.from() <= c + 2) {
                        if ((v.is(c, "of", "at") || v.is(c, "for") && foundOrganization(v, complement))
                                && org == null && candidate.principal() == null) {
                            // "the President of Brazil", "a spokesman for DLF Builders", not "envoy for the
                            // Middle East" nor "Secretary of State for Health"
                            org = complement.mention();
                        } else {
                            role = role + " " + v.text(c, complement.to());
                        }
                        c = complement.to();
                    }
                }
                Span next = null;
                if (c + 1 < n && v.is(c, ",")) {
                    next = nameAt(v, c + 1);
                    if (next != null && !closes(v, next.to())) {
                        next = null;
                    }
                } else if (c > headTo && c < n && HONORIFICS.contains(v.fold(c))) {
                    next = nameAt(v, c);
                }
                // "the President of Brazil, ...", "Trump's special envoy, ...", "The company's chief executive, ..."
                boolean determined = candidate.from() > 0 && DETERMINERS.contains(v.fold(candidate.from() - 1))
                        || DETERMINERS.contains(v.fold(candidate.from()))
                        || (candidate.principal() != null || candidate.organization() != null
                        && v.possessive(v.tokenIndexOf(candidate.organization().end() - 1)));
                if (next != null && determined) {
                    name = next;
                    complementEnd = c;
                    phrase = new Phrase(candidate.from(), c, role, org, candidate.qualifier(),
                            candidate.principal());
                }
            }
            if (name != null && phrase != null && name.to() < n && postNominal(v, name.to())) {
                out.add(new Candidate(name.mention(), new Phrase(name.to(), name.to() + 1, v.word(name.to()), null,
                        Fact.Qualifier.CURRENT, null), v.evidence(name.from(), name.to() + 1, 0.75)));
            }
            if (name != null && phrase != null) {
                double confidence = phrase.organization() != null || phrase.principal() != null ? 0.85 : 0.75;
                out.add(new Candidate(name.mention(), phrase,
                        v.evidence(Math.min(phrase.from(), name.from()), Math.max(name.to(), complementEnd),
                                confidence)));
                // "Veteran Labour MP and former Cabinet minister Jack Cunningham": the first title too
                int joint = phrase.from() - 1;
                if (joint >= 1 && v.is(joint, "and") && phrase.from() < i) {
                    int other = headEndingAt(v, joint - 1, 0);
                    if (other >= 0) {
                        Phrase first = phrase(v, other, joint, 0);
                        out.add(new Candidate(name.mention(), first,
                                v.evidence(first.from(), name.to(), confidence - 0.1)));
                        if (phrase.organization() == null && phrase.principal() == null
                                && first.organization() != null && first.organization().type() == EntityType.PLACE) {
                            // "British Chancellor of the Exchequer and central bank governor X": both British
                            out.set(out.size() - 2, new Candidate(name.mention(), new Phrase(phrase.from(),
                                    phrase.to(), phrase.role(), first.organization(), phrase.qualifier(), null),
                                    out.get(out.size() - 2).evidence()));
                        }
                    }
                }
                i = name.to();
            } else {
                i = headTo;
            }
        }
        return out;
    }

    /** Whether an appositive or inserted name ends here: comma, full stop, bracket, end or a verb. */
    boolean closes(View v, int i) {
        return i >= v.size() || v.is(i, ",", ".", ";", ":", ")", "(", "--", "-", "\u2014", "\u2013", "and", "who",
                "which", "whose", "since", "\"", "\u201D", "'")
                || "VERB".equals(v.t.get(i).pos()) || "AUX".equals(v.t.get(i).pos());
    }

    /** Names after titles in this sentence, keyed by the token index where the name ends. */
    Map<Integer, Span> titledNames(View v, List<Candidate> titled) {
        Map<Integer, Span> out = new LinkedHashMap<>();
        for (Candidate c : titled) {
            int from = v.tokenIndexOf(c.person());
            int to = from;
            while (to < v.size() && v.t.get(to).begin() < c.person().end()) {
                to++;
            }
            out.put(to, new Span(from, to, c.person()));
        }
        return out;
    }

    /**
     * Gives a principal's role its principal's country: "Trump's envoy" takes the country of the article's
     * "U.S. President Donald Trump". Other candidates pass unchanged.
     */
    static List<Candidate> resolvePrincipals(List<Candidate> mine, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : mine) {
            Phrase p = c.phrase();
            if (p.principal() == null || p.organization() != null) {
                out.add(c);
                continue;
            }
            String word = lastWord(p.principal().mention().text());
            Mention country = null;
            for (Candidate other : all) {
                Mention o = other.phrase().organization();
                if (o != null && o.type() == EntityType.PLACE && other.phrase().principal() == null
                        && lastWord(other.person().text()).equals(word)) {
                    country = o;
                    break;
                }
            }
            out.add(new Candidate(c.person(), new Phrase(p.from(), p.to(), p.role(), country, p.qualifier(),
                    p.principal()), c.evidence()));
        }
        return out;
    }

    /**
     * The candidates as role facts, each person and role once: a repeat of the same person (by last name)
     * and role is dropped, and a repeat that states the organization replaces one that did not.
     */
    static List<Fact> facts(List<Candidate> candidates) {
        Map<String, Candidate> kept = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String key = lastWord(c.person().text()) + "\t" + RoleLexicon.fold(c.phrase().role()) + "\t"
                    + (c.phrase().organization() == null ? "" : lastWord(c.phrase().organization().text()));
            String bare = lastWord(c.person().text()) + "\t" + RoleLexicon.fold(c.phrase().role()) + "\t";
            if (kept.containsKey(key)) {
                continue;
            }
            if (c.phrase().organization() == null) {
                boolean covered = kept.keySet().stream().anyMatch(k -> k.startsWith(bare));
                if (!covered) {
                    kept.put(key, c);
                }
            } else {
                kept.remove(bare);
                kept.put(key, c);
            }
        }
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : kept.values()) {
            Phrase p = c.phrase();
            for (String role : conjoined(p.role())) {
                String key = lastWord(c.person().text()) + "\t" + RoleLexicon.fold(role) + "\t"
                        + (p.organization() == null ? "" : lastWord(p.organization().text()));
                if (seen.add(key)) {
                    out.add(new Fact.Role(c.person(), role, p.organization(), p.qualifier(), c.evidence()));
                }
            }
        }
        return out;
    }

    /**
     * "chairman and chief executive officer" is two roles, "chairman, president and chief executive" three;
     * "Energy and Infrastructure Minister" stays one, since "Energy" is no role.
     */
    static List<String> conjoined(String role) {
        String[] parts = role.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
        if (parts.length < 2) {
            return List.of(role);
        }
        RoleLexicon lexicon = RoleLexicon.bundled();
        for (String part : parts) {
            String[] words = part.strip().split(" ");
            boolean head = false;
            for (int i = 0; i < words.length && !head; i++) {
                head = lexicon.isHead(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)))
                        || lexicon.abbreviation(words[words.length - 1]) != null;
            }
            if (!head) {
                return List.of(role);
            }
        }
        return java.util.Arrays.stream(parts).map(String::strip).toList();
    }

}
