package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
    private static final Set<String> ORG_PREPOSITIONS = Set.of("of", "at", "for", "with", "to");

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

        View(AnnotatedDocument doc, Sentence sentence, Set<String> personWords) {
            this.doc = doc;
            this.sentence = sentence;
            this.t = sentence.tokens();
            this.mentions = doc.mentionsIn(sentence);
            this.personWords = personWords;
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

        boolean cap(int i) {
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

        Mention mentionCovering(int i) {
            Token tok = t.get(i);
            for (Mention m : mentions) {
                if (m.overlaps(tok.begin(), tok.end())) {
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
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).end() > m.begin()) {
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
        return new View(doc, sentence, personWords);
    }

    /** The last words of the person names the name finder gives, folded: evidence that "Trump's" is a person. */
    static Set<String> personWords(AnnotatedDocument doc) {
        Set<String> words = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON) {
                words.add(lastWord(m.text()));
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
        for (Sentence s : doc.sentences()) {
            found.addAll(titled(view(doc, s, words)));
        }
        Set<String> more = new HashSet<>(words);
        for (Candidate c : found) {
            more.add(lastWord(c.person().text()));
        }
        if (more.size() > words.size()) {
            found.clear();
            for (Sentence s : doc.sentences()) {
                found.addAll(titled(view(doc, s, more)));
            }
        }
        titledOut.addAll(found);
        return more;
    }

    static String lastWord(String name) {
        String[] parts = RoleLexicon.fold(name).replaceAll("'s$|'$", "").split(" ");
        return parts[parts.length - 1];
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
            if (lexicon.abbreviation(v.word(i)) != null) {
                return i + 1;
            }
            if (i + 1 < v.size() && v.is(i + 1, ".") && v.t.get(i + 1).begin() == v.t.get(i).end()
                    && lexicon.abbreviation(v.word(i) + ".") != null) {
                return i + 2;
            }
        } else {
            return -1;
        }
        int best = -1;
        for (int j = i + 1; j <= Math.min(v.size(), i + lexicon.longestHead() + 2); j++) {
            if (lexicon.isHead(v.text(i, j))) {
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
        if (m != null) {
            if (m.type() != EntityType.PERSON) {
                return null;
            }
            int j = i;
            while (j < v.size() && v.t.get(j).begin() < m.end()) {
                j++;
            }
            return new Span(i, j, m);
        }
        if (!v.cap(i) || NOT_A_NAME.contains(v.fold(i)) || lexicon.isModifier(v.word(i))
                || headAt(v, i) > 0 || lexicon.qualifier(v.word(i)) != null) {
            return null;
        }
        int j = i;
        while (j < v.size() && j - i < 5) {
            boolean particle = NAME_PARTICLES.contains(v.fold(j)) && j > i && j + 1 < v.size() && v.cap(j + 1);
            if (!(v.cap(j) && !v.is(j, "'s")) && !particle) {
                break;
            }
            if (j > i && v.mentionStartingAt(j) != null && v.mentionStartingAt(j).type() != EntityType.PERSON) {
                break;
            }
            j++;
            if (v.possessive(j - 1)) {
                break;
            }
        }
        if (j == i || j - i > 4) {
            return null;
        }
        String text = v.text(i, j);
        if (body(text) != null || lexicon.isOrgSuffix(v.word(j - 1)) || text.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (j - i == 1 && !"PROPN".equals(v.t.get(i).pos()) && !v.personWords.contains(lastWord(text))) {
            return null;
        }
        return new Span(i, j, v.newMention(EntityType.PERSON, i, j, 0.7));
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
        if (m != null) {
            if (m.type() != EntityType.PERSON) {
                return null;
            }
            int i = last;
            while (i > 0 && v.t.get(i - 1).end() > m.begin()) {
                i--;
            }
            return new Span(i, last + 1, m);
        }
        int i = last;
        while (i >= 0 && last - i < 4 && (v.cap(i) || (i < last && NAME_PARTICLES.contains(v.fold(i))))
                && !"PUNCT".equals(v.t.get(i).pos())) {
            i--;
        }
        int from = i + 1;
        if (from > last || (i >= 0 && v.cap(i))) {
            return null;
        }
        int size = last + 1 - from;
        boolean known = v.personWords.contains(lastWord(v.word(last)));
        if (size < 2 && !known) {
            return null;
        }
        for (int k = from; k <= last; k++) {
            if (!"PROPN".equals(v.t.get(k).pos()) && !NAME_PARTICLES.contains(v.fold(k)) && !known) {
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
        boolean lowerHead = !v.cap(headTo - 1);
        boolean membership = lexicon.isMembership(head);
        int roleFrom = headFrom;
        int start = headFrom;
        Mention org = null;
        Span principal = null;
        Fact.Qualifier qualifier = Fact.Qualifier.CURRENT;
        boolean lowerNounUsed = false;
        int k = headFrom - 1;
        while (k >= bound) {
            String w = v.fold(k);
            Fact.Qualifier q = qualifierAt(v, k);
            if (q != null) {
                qualifier = q;
                k -= (w.equals("-") || w.equals("ex-")) && k - 1 >= bound && lexicon.qualifier(v.word(k - 1)) != null
                        ? 2 : 1;
                start = k + 1;
                continue;
            }
            if (org != null || principal != null) {
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
                } else if (known != null && known.type() == EntityType.PERSON
                        || v.personWords.contains(lastWord(name)) || run.to() - run.from() >= 2) {
                    principal = new Span(run.from(), k + 1, known != null && known.type() == EntityType.PERSON
                            ? known : v.newMention(EntityType.PERSON, run.from(), k + 1, 0.6));
                } else {
                    org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.5);
                }
                start = run.from();
                k = run.from() - 1;
                continue;
            }
            if (v.cap(k) && !v.is(k, "-")) {
                Mention bodyMention = bodyEndingAt(v, k, bound);
                if (bodyMention != null) {
                    org = bodyMention;
                    while (k >= bound && v.t.get(k).begin() >= bodyMention.begin()) {
                        k--;
                    }
                    start = k + 1;
                    continue;
                }
                Mention known = v.mentionEndingAt(k);
                if (known != null && (known.type() == EntityType.ORGANIZATION || known.type() == EntityType.PLACE)) {
                    org = known;
                    while (k >= bound && v.t.get(k).begin() >= known.begin()) {
                        k--;
                    }
                    start = k + 1;
                    continue;
                }
                if (known != null && known.type() == EntityType.PERSON) {
                    break;
                }
                if (lowerHead || membership || lexicon.isOrgSuffix(v.word(k))) {
                    Span run = capRunEndingAt(v, k, bound);
                    if (run.from() < k && v.personWords.contains(lastWord(v.word(k)))) {
                        break;
                    }
                    org = v.newMention(EntityType.ORGANIZATION, run.from(), k + 1, 0.6);
                    start = run.from();
                    k = run.from() - 1;
                    continue;
                }
                if (v.personWords.contains(lastWord(v.word(k))) && !lexicon.isModifier(v.word(k))) {
                    break;
                }
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
            if (w.equals("&") && k - 1 >= bound && v.cap(k - 1) && v.cap(k + 1)) {
                roleFrom = k;
                start = k;
                k--;
                continue;
            }
            if (!v.cap(k) && lexicon.isModifier(w)) {
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
                continue;
            }
            break;
        }
        if (org == null && principal == null && k < 0 && bound == 0) {
            org = bodyBeforeSentence(v);
        }
        String role = roleFrom == headFrom ? headLabel(v, headFrom, headTo)
                : v.text(roleFrom, headFrom) + " " + headLabel(v, headFrom, headTo);
        role = role.replaceAll("\\s+", " ").strip();
        return new Phrase(start, headTo, role, org, qualifier, principal);
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
            if (type != null) {
                return v.newMention(type, from, k + 1, 0.8);
            }
        }
        return null;
    }

    private Span capRunEndingAt(View v, int k, int bound) {
        int i = k;
        while (i - 1 >= bound && (v.cap(i - 1) || (v.is(i - 1, "of", "&", "and") && i - 2 >= bound && v.cap(i - 2)
                && lexicon.isOrgSuffix(v.word(i - 2)))) && !v.possessive(i - 1) && qualifierAt(v, i - 1) == null
                && headAt(v, i - 1) < 0 && !"PUNCT".equals(v.t.get(i - 1).pos())) {
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
        if (i < n && v.is(i, "the")) {
            i++;
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
                break;
            }
        }
        return capRunAt(v, i);
    }

    private Span capRunAt(View v, int i) {
        int n = v.size();
        if (i >= n || !v.cap(i)) {
            return null;
        }
        Mention m = v.mentionStartingAt(i);
        if (m != null && m.type() != EntityType.MISC) {
            if (m.type() == EntityType.PERSON) {
                return null;
            }
            int j = i;
            while (j < n && v.t.get(j).begin() < m.end()) {
                j++;
            }
            return new Span(i, j, m);
        }
        int j = i;
        while (j < n && (v.cap(j) || (v.is(j, "of", "and", "&", "for") && j + 1 < n && v.cap(j + 1)
                && !v.is(j + 1, "the")))) {
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
            Span name = nameAt(v, headTo);
            int complementEnd = headTo;
            Phrase phrase = null;
            if (name != null) {
                phrase = phrase(v, i, headTo, 0);
            } else {
                // "the country's foreign minister, Sergei Lavrov" / "special envoy for the Middle East, Steve Witkoff"
                int c = headTo;
                String complement = "";
                if (c < n && ORG_PREPOSITIONS.contains(v.fold(c)) && !v.is(c, "with")) {
                    int p = c + 1;
                    if (p < n && v.is(p, "the")) {
                        p++;
                    }
                    int q = p;
                    while (q < n && (v.cap(q) || (v.is(q, "of", "and") && q + 1 < n && v.cap(q + 1)))) {
                        q++;
                    }
                    if (q > p) {
                        complement = v.text(c, q);
                        c = q;
                    }
                }
                if (c + 1 < n && v.is(c, ",")) {
                    Span after = nameAt(v, c + 1);
                    Phrase candidate = phrase(v, i, headTo, 0);
                    boolean determined = candidate.from() > 0 && (DETERMINERS.contains(v.fold(candidate.from() - 1))
                            || candidate.principal() != null || candidate.organization() != null
                            && v.possessive(v.tokenIndexOf(candidate.organization())));
                    if (after != null && determined && closes(v, after.to())) {
                        name = after;
                        complementEnd = c;
                        String role = complement.isEmpty() ? candidate.role() : candidate.role() + " " + complement;
                        phrase = new Phrase(candidate.from(), c, role, candidate.organization(),
                                candidate.qualifier(), candidate.principal());
                    }
                }
            }
            if (name != null && phrase != null) {
                double confidence = phrase.organization() != null || phrase.principal() != null ? 0.85 : 0.75;
                out.add(new Candidate(name.mention(), phrase,
                        v.evidence(Math.min(phrase.from(), name.from()), Math.max(name.to(), complementEnd),
                                confidence)));
                i = name.to();
            } else {
                i = headTo;
            }
        }
        return out;
    }

    /** Whether an appositive or inserted name ends here: comma, full stop, bracket, end or a verb. */
    boolean closes(View v, int i) {
        return i >= v.size() || v.is(i, ",", ".", ";", ":", ")", "(", "--", "-", "\u2014", "\u2013", "and")
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
        for (Candidate c : kept.values()) {
            Phrase p = c.phrase();
            out.add(new Fact.Role(c.person(), p.role(), p.organization(), p.qualifier(), c.evidence()));
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
