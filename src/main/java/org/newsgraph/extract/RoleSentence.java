package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.extract.RoleGrammar.Candidate;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.extract.rules.TokenSequence;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One sentence of one article as the role and quotation readers see it, with the names known in the article:
 * its tokens, the name finder's mentions in it, and the words of the article's person names. A sentence that
 * the sentence detector ended after an initial is joined to the next ({@link KnownPersons#views}). Character
 * offsets always point into the article text. Caches what its readers read; for one thread.
 */
final class RoleSentence implements TokenSequence {

    final AnnotatedDocument doc;
    final Sentence sentence;
    final List<Token> t;
    final List<Mention> mentions;
    final Set<String> personWords;
    /** The token indices where a sentence of the group starts. */
    private final BitSet sentenceStarts = new BitSet();
    private final Supplier<Set<String>> surnames;
    private final String[] folded;
    /** What the readers read from each token, filled as they ask. */
    final Object[] nameCache;
    final int[] headCache;
    final Phrase[] titleCache;
    private final Function<RoleSentence, List<Candidate>> titler;
    private List<Candidate> titled;
    private Map<Integer, Span> titledNames;

    /**
     * @param surnames the last words of the article's person names, computed once for the article
     * @param titler   reads the titles before names of a sentence ({@code roles/title-before-name.rules})
     */
    RoleSentence(AnnotatedDocument doc, List<Sentence> group, Set<String> personWords, Supplier<Set<String>> surnames,
                 Function<RoleSentence, List<Candidate>> titler) {
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
        this.surnames = surnames;
        this.folded = new String[t.size()];
        this.nameCache = new Object[t.size() + 1];
        this.headCache = new int[t.size() + 1];
        this.titleCache = new Phrase[t.size() + 1];
        this.titler = titler;
    }

    /** The persons named after a title in this sentence, with their titles: read once, on first use. */
    List<Candidate> titled() {
        if (titled == null) {
            titled = List.copyOf(titler.apply(this));
        }
        return titled;
    }

    /** The names after titles in this sentence, keyed by the token index where the name ends. */
    Map<Integer, Span> titledNames() {
        if (titledNames == null) {
            Map<Integer, Span> out = new LinkedHashMap<>();
            for (Candidate c : titled()) {
                int from = tokenIndexOf(c.person());
                int to = tokenEndOf(c.person(), from);
                out.put(to, new Span(from, to, c.person()));
            }
            titledNames = out;
        }
        return titledNames;
    }

    /** Last words of the article's person names of two words or more, or else its person words. */
    Set<String> surnames() {
        return surnames.get();
    }

    @Override
    public int size() {
        return t.size();
    }

    @Override
    public String word(int i) {
        return t.get(i).text();
    }

    @Override
    public String lower(int i) {
        return fold(i);
    }

    @Override
    public String lemma(int i) {
        return t.get(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String pos(int i) {
        return t.get(i).pos();
    }

    String fold(int i) {
        String f = folded[i];
        if (f == null) {
            f = RoleLexicon.fold(word(i));
            folded[i] = f;
        }
        return f;
    }

    /** The article text of tokens [from, to). */
    String text(int from, int to) {
        return doc.text().substring(t.get(from).begin(), t.get(to - 1).end());
    }

    /** Whether token i starts a capitalised word, not counting a sentence opener ("But", "And", "The"). */
    boolean cap(int i) {
        return capitalised(i) && !(Words.SENTENCE_OPENERS.contains(fold(i)) && opensSentence(i));
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

    /** The end (exclusive) of the tokens a mention that starts at token {@code from} covers. */
    int tokenEndOf(Mention m, int from) {
        int to = from;
        while (to < t.size() && t.get(to).begin() < m.end()) {
            to++;
        }
        return to;
    }

    Evidence evidence(int from, int to, double confidence, String rule) {
        return new Evidence(sentence.index(), t.get(from).begin(), t.get(to - 1).end(), confidence, rule);
    }
}
