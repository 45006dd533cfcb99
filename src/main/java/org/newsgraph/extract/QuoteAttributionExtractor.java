package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * Direct quotations and who said them. A quotation is the text between curly ({@code “ ”}) or straight
 * ({@code "}) double quotes within one paragraph (an unclosed one runs to the paragraph's end). It is
 * attributed, in this order, by:
 * <ol>
 *   <li>the words right after it: "“...,” Rubio told reporters", "“...,” said Rubio", "“...,” tweeted
 *       Energy Minister Eli Cohen", "“...,” he said";</li>
 *   <li>the clause right before it: "he explained, “...”", "Kallner told JNS: “...”";</li>
 *   <li>a reporting verb earlier in its sentence with a person before it: "Naor Shiri told JNS that the move
 *       was “more of a declarative move”";</li>
 *   <li>the quotation before it in the same paragraph ("“A,” he said. “B.”"), or, for a paragraph that is a
 *       bare quotation, the last attributed quotation of the paragraph before.</li>
 * </ol>
 * A reporting verb is one of {@code lexicon/reporting-verbs.tsv}. "He" or "she" as the speaker is the most
 * recent person before it, outside quotation marks, who was a speaker or the first person named in a
 * sentence (its subject, in news English); gender is not checked. "told X" makes a capitalised X the
 * addressee ("told JNS"). Stateless; safe to share between threads.
 */
public final class QuoteAttributionExtractor implements FactExtractor {

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> STATEMENTS = Set.of("statement", "letter", "tweet", "post", "message",
            "email", "memo", "blog", "article", "book", "memoir", "testimony");
    private static final Set<String> TELL = Set.of("told", "tells", "tell", "telling");
    private static final Set<String> ADVERBS = Set.of("later", "also", "then", "again", "further", "previously",
            "earlier", "simply", "recently", "once", "has", "had", "have", "would", "will", "was", "is");

    private final RoleGrammar grammar;
    private final Layer<KnownPersons> known;

    QuoteAttributionExtractor(RoleRules rules, Layer<KnownPersons> known) {
        this.grammar = rules.grammar;
        this.known = known;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(known);
    }

    @Override
    public Set<Class<? extends Fact>> gives() {
        return Set.of(Fact.Quote.class);
    }

    /** A quotation in the text: offsets of its marks and of its inner text. */
    record Marks(int open, int close, int begin, int end) {
    }

    /** A person who speaks or is the subject of a sentence, at a character offset. */
    private record Salient(int offset, Mention person) {
    }

    /** An attribution: speaker, verb as written, addressee, and the token span of the attributing words. */
    private record Attribution(Mention speaker, String verb, Mention addressee, int sentence, int begin, int end,
                               double confidence, String rule) {
    }

    @Override
    public List<Fact> extract(Layers layers) {
        AnnotatedDocument document = layers.document();
        String text = document.text();
        List<Marks> quotes = quotations(text);
        if (quotes.isEmpty()) {
            return List.of();
        }
        KnownPersons persons = layers.get(known);
        List<RoleGrammar.Candidate> titled = persons.titled;
        List<Salient> salient = subjects(document, persons, titled, quotes);
        List<Fact> out = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        for (Marks q : quotes) {
            String inner = text.substring(q.begin(), q.end());
            int b = q.begin();
            int e = q.end();
            while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            if (e <= b || inner.isBlank()) {
                continue;
            }
            int paragraph = paragraphOf(text, q.open());
            Attribution a = after(document, persons, salient, q);
            if (a == null) {
                a = before(document, persons, salient, q);
            }
            if (a == null && !hasReportingVerb(document, persons, q)) {
                a = previousSentence(document, persons, salient, q);
            }
            if (a == null && previous != null && !hasReportingVerb(document, persons, q)) {
                Sentence own = document.sentenceAt(q.open());
                boolean opensSentence = own == null || own.begin() >= q.open() - 1;
                boolean sameParagraph = previousParagraph == paragraph && opensSentence;
                boolean bareParagraph = previousParagraph == paragraph - 1 && isBareParagraph(text, q);
                if (sameParagraph || bareParagraph) {
                    Sentence s = document.sentenceAt(q.begin());
                    if (s != null) {
                        a = new Attribution(previous.speaker(), previous.verb(), null, s.index(), q.open(),
                                q.close() + 1, sameParagraph ? 0.6 : 0.5, "quotes#continued");
                    }
                }
            }
            if (a == null) {
                continue;
            }
            salient.add(new Salient(a.end(), a.speaker()));
            salient.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
            previous = a;
            previousParagraph = paragraph;
            int evBegin = Math.min(q.open(), a.begin());
            int evEnd = Math.max(q.close() + 1, a.end());
            out.add(new Fact.Quote(text.substring(b, e), b, e, a.speaker(), a.verb(), a.addressee(),
                    new Evidence(a.sentence(), evBegin, Math.min(evEnd, text.length()), a.confidence(), a.rule())));
        }
        return out;
    }

    /** The double-quoted spans of the text, paragraph by paragraph. */
    static List<Marks> quotations(String text) {
        List<Marks> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                continue; // a straight quote between letters stands for an apostrophe: "don"t"
            }
            if (c == '\n') {
                if (open >= 0 && i - open > 1) {
                    out.add(new Marks(open, i, open + 1, i));
                }
                open = -1;
            } else if (c == '\u201C' || (c == '"' && open < 0) || c == '\u201E') {
                if (open < 0 || c == '\u201C') {
                    open = i;
                }
            } else if (c == '"' && open >= 0 && reopens(text, i)) {
                // "... in the world. "So, it would be ...": a new quotation mark opens the next sentence of
                // the same speech while the one before was left unclosed
                out.add(new Marks(open, i, open + 1, i));
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                if (i - open > 1) {
                    out.add(new Marks(open, i, open + 1, i));
                }
                open = -1;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            out.add(new Marks(open, text.length(), open + 1, text.length()));
        }
        return out;
    }

    /**
     * "He said advocates were needed. “It was pointed out to me ...”": a quotation that opens a sentence
     * with no attribution of its own goes to the speaker of the sentence before it in the same paragraph,
     * when that sentence reports speech ("said", "added that").
     */
    private Attribution previousSentence(AnnotatedDocument doc, KnownPersons persons, List<Salient> salient,
                                         Marks q) {
        Sentence s = doc.sentenceAt(q.open());
        if (s == null || s.index() == 0 || s.begin() < q.open() - 1) {
            return null;
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        if (doc.text().substring(prev.end(), s.begin()).contains("\n")) {
            return null;
        }
        RoleSentence v = persons.sentence(prev);
        for (int k = 1; k < Math.min(v.size(), 8); k++) {
            if (grammar.lexicon.isReportingVerb(v.word(k)) && !v.is(k - 1, "\"", "\u201D")) {
                Speaker sp = speakerEndingAt(v, k - 1, salient);
                if (sp != null) {
                    return new Attribution(sp.mention(), v.word(k), null, s.index(), q.open(), q.close() + 1, 0.55, "quotes#attributed");
                }
            }
        }
        return null;
    }

    /** Whether the quotation's sentence has a reporting verb outside quotation marks of its own. */
    private boolean hasReportingVerb(AnnotatedDocument doc, KnownPersons persons, Marks q) {
        Sentence s = doc.sentenceAt(q.open());
        if (s == null) {
            return false;
        }
        for (var t : s.tokens()) {
            if ((t.end() <= q.open() || t.begin() > q.close()) && grammar.lexicon.isReportingVerb(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a straight quote at i opens a sentence: after ". " and before a capital letter. */
    private static boolean reopens(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && k < i - 1 && ".!?".indexOf(text.charAt(k)) >= 0 && i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i + 1));
    }

    private static int paragraphOf(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n' && (i == 0 || text.charAt(i - 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    private static boolean isBareParagraph(String text, Marks q) {
        int lineStart = text.lastIndexOf('\n', q.open() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.close());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return text.substring(lineStart, q.open()).isBlank()
                && text.substring(Math.min(q.close() + 1, lineEnd), lineEnd).replaceAll("[\\s.,!?]", "").isEmpty();
    }

    private static boolean inside(List<Marks> quotes, int offset) {
        for (Marks q : quotes) {
            if (offset > q.open() && offset < q.close()) {
                return true;
            }
        }
        return false;
    }

    /** The first person named outside quotation marks in each sentence: the sentence's subject. */
    private List<Salient> subjects(AnnotatedDocument doc, KnownPersons persons, List<RoleGrammar.Candidate> titled,
                                   List<Marks> quotes) {
        List<Salient> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            RoleSentence v = persons.sentence(s);
            Mention first = null;
            for (Mention m : doc.mentionsIn(s)) {
                if (m.type() == EntityType.PERSON && !inside(quotes, m.begin())) {
                    first = m;
                    break;
                }
            }
            for (RoleGrammar.Candidate c : titled) {
                Mention p = c.person();
                if (p.sentence() == s.index() && !inside(quotes, p.begin())
                        && (first == null || p.begin() < first.begin())) {
                    first = p;
                }
            }
            for (int i = 0; i < v.size(); i++) {
                boolean start = i == 0 || v.is(i - 1, ",", "\u201C", "\"", "But", "And", "However");
                if ((start || v.is(i, "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")) && v.cap(i)
                        && !inside(quotes, v.t.get(i).begin())) {
                    RoleGrammar.Span name = grammar.names.nameAt(v, i);
                    if (name != null && (name.to() - name.from() > 1 || knownPerson(v, name))
                            && (first == null || name.mention().begin() < first.begin())) {
                        first = name.mention();
                    }
                }
                if (i > 0 && grammar.lexicon.isReportingVerb(v.word(i)) && !inside(quotes, v.t.get(i).begin())) {
                    RoleGrammar.Span name = grammar.names.nameEndingAt(v, i - 1, java.util.Map.of());
                    if (name != null && (first == null || name.mention().begin() < first.begin())) {
                        first = name.mention();
                    }
                }
            }
            if (first != null) {
                out.add(new Salient(first.begin(), first));
            }
        }
        return out;
    }

    private static Mention antecedent(List<Salient> salient, int offset) {
        Mention found = null;
        for (Salient s : salient) {
            if (s.offset() < offset) {
                found = s.person();
            }
        }
        return found;
    }

    /** "“...,” Rubio told reporters" / "“...,” said Rubio" / "“...,” he said". */
    private Attribution after(AnnotatedDocument doc, KnownPersons persons, List<Salient> salient, Marks q) {
        int from = q.close() + 1;
        Sentence s = sentenceFrom(doc, from);
        if (s == null) {
            return null;
        }
        RoleSentence v = persons.sentence(s);
        int j = s.tokenAt(from);
        while (j < v.size() && v.is(j, ",", "\"", "''", "”")) {
            j++;
        }
        if (j >= v.size() || v.t.get(j).begin() < from
                || doc.text().substring(from, v.t.get(j).begin()).contains("\n")) {
            return null;
        }
        String inner = doc.text().substring(q.begin(), q.end()).strip();
        if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0 && v.cap(j)
                && !grammar.lexicon.isReportingVerb(v.word(j))) {
            return null; // "“... view.” Mr Howard later added ...": a new sentence, not an attribution
        }
        if (v.is(j, "according") && v.is(j + 1, "to")) {
            Speaker sp = speakerAt(v, j + 2, salient);
            return sp == null ? null : new Attribution(sp.mention(), "according to", null, s.index(),
                    v.t.get(j).begin(), v.t.get(sp.to() - 1).end(), 0.75, "quotes#attributed");
        }
        // verb first: "said Rubio", "tweeted Energy Minister Eli Cohen", "said he"
        if (grammar.lexicon.isReportingVerb(v.word(j))) {
            Speaker sp = speakerAt(v, j + 1, salient);
            if (sp != null) {
                return new Attribution(sp.mention(), v.word(j), addressee(v, sp.to()), s.index(),
                        v.t.get(j).begin(), v.t.get(sp.to() - 1).end(), 0.85, "quotes#attributed");
            }
            return null;
        }
        // speaker first: "Rubio told reporters", "he said", "Kallner stated"
        Speaker sp = speakerAt(v, j, salient);
        if (sp == null) {
            return null;
        }
        int k = sp.to();
        while (k < v.size() && ADVERBS.contains(v.fold(k))) {
            k++;
        }
        if (k < v.size() && grammar.lexicon.isReportingVerb(v.word(k))) {
            return new Attribution(sp.mention(), v.word(k), addressee(v, k + 1), s.index(), v.t.get(j).begin(),
                    v.t.get(k).end(), 0.85, "quotes#attributed");
        }
        return null;
    }

    /** "he explained, “...”" / "Kallner told JNS: “...”" / a verb earlier in the quote's sentence. */
    private Attribution before(AnnotatedDocument doc, KnownPersons persons, List<Salient> salient, Marks q) {
        Sentence s = doc.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        RoleSentence v = persons.sentence(s);
        int open = s.tokenAt(q.open());
        if (open >= 3 && v.is(open - 1, ":", ",")) {
            // "According to Jamil Murad: “...”"
            for (int k = open - 2; k >= 1 && k >= open - 8; k--) {
                if (v.is(k - 1, "according") && v.is(k, "to")) {
                    Speaker sp = speakerAt(v, k + 1, salient);
                    if (sp != null && sp.to() == open - 1) {
                        return new Attribution(sp.mention(), "according to", null, s.index(),
                                v.t.get(k - 1).begin(), v.t.get(open - 2).end(), 0.75, "quotes#attributed");
                    }
                }
            }
        }
        for (int k = open - 1; k >= 1; k--) {
            if (!grammar.lexicon.isReportingVerb(v.word(k))) {
                continue;
            }
            int subjectEnd = k - 1;
            while (subjectEnd >= 0 && ADVERBS.contains(v.fold(subjectEnd))) {
                subjectEnd--;
            }
            if (subjectEnd >= 1 && v.is(subjectEnd, ",")) {
                // "Deputy Jamil Murad, member of the delegation, said"
                int o = subjectEnd - 1;
                while (o > 0 && subjectEnd - o < 14 && !v.is(o, ",")) {
                    o--;
                }
                subjectEnd = v.is(o, ",") ? o - 1 : -1;
            }
            if (subjectEnd >= 1 && grammar.names.postNominal(v, subjectEnd)) {
                subjectEnd--; // "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said"
            }
            if (subjectEnd >= 0 && v.is(subjectEnd, ")")) {
                int o = subjectEnd;
                while (o > 0 && !v.is(o, "(")) {
                    o--;
                }
                subjectEnd = o - 1;
            }
            Speaker sp = speakerEndingAt(v, subjectEnd, salient);
            if (sp == null && subjectEnd >= 1 && STATEMENTS.contains(v.fold(subjectEnd)) && v.possessive(subjectEnd - 1)) {
                // "Mr Crosby's statement said: “...”"
                sp = speakerEndingAt(v, subjectEnd - 1, salient);
            }
            if (sp == null) {
                continue;
            }
            boolean adjacent = open - k <= 6 && v.is(open - 1, ",", ":", "that");
            return new Attribution(sp.mention(), v.word(k), addressee(v, k + 1), s.index(),
                    v.t.get(Math.max(0, sp.from())).begin(), v.t.get(k).end(), adjacent ? 0.8 : 0.65, "quotes#attributed");
        }
        return null;
    }

    private record Speaker(Mention mention, int from, int to) {
    }

    private Speaker speakerAt(RoleSentence v, int i, List<Salient> salient) {
        if (i >= v.size()) {
            return null;
        }
        if (PRONOUNS.contains(v.fold(i))) {
            Mention m = antecedent(salient, v.t.get(i).begin());
            return m == null ? null : new Speaker(m, i, i + 1);
        }
        for (RoleGrammar.Candidate c : v.titled()) {
            if (c.phrase().from() == i || v.tokenIndexOf(c.person()) == i) {
                int to = v.tokenIndexOf(c.person());
                while (to < v.size() && v.t.get(to).begin() < c.person().end()) {
                    to++;
                }
                return new Speaker(c.person(), i, to);
            }
        }
        RoleGrammar.Span name = grammar.names.nameAt(v, i);
        if (name != null && (name.to() - name.from() > 1 || knownPerson(v, name))) {
            return new Speaker(name.mention(), i, name.to());
        }
        return null;
    }

    private Speaker speakerEndingAt(RoleSentence v, int last, List<Salient> salient) {
        if (last < 0) {
            return null;
        }
        if (PRONOUNS.contains(v.fold(last))) {
            Mention m = antecedent(salient, v.t.get(last).begin());
            return m == null ? null : new Speaker(m, last, last + 1);
        }
        java.util.Map<Integer, RoleGrammar.Span> titledNames = v.titledNames();
        RoleGrammar.Span name = grammar.names.nameEndingAt(v, last, titledNames);
        if (name == null) {
            RoleGrammar.Span single = grammar.names.nameAt(v, last);
            if (single != null && single.to() == last + 1 && knownPerson(v, single)
                    && (last == 0 || !v.cap(last - 1))) {
                name = single;
            }
        }
        return name == null ? null : new Speaker(name.mention(), name.from(), last + 1);
    }

    private static boolean knownPerson(RoleSentence v, RoleGrammar.Span name) {
        return name.mention().type() == EntityType.PERSON
                && v.personWords.contains(RoleGrammar.lastWord(name.mention().text()));
    }

    /** "told JNS", "told the BBC": a capitalised addressee after a verb of telling. */
    private Mention addressee(RoleSentence v, int i) {
        int verb = i - 1;
        if (verb < 0 || verb >= v.size() || !TELL.contains(v.fold(verb)) || i >= v.size()) {
            return null;
        }
        int k = v.is(i, "the") ? i + 1 : i;
        if (k >= v.size() || !v.cap(k)) {
            return null;
        }
        Mention m = v.mentionStartingAt(k);
        if (m != null) {
            return m;
        }
        int j = k;
        while (j < v.size() && v.cap(j) && j - k < 4 && !isWeekday(v.fold(j))) {
            j++;
        }
        return j == k ? null : v.newMention(EntityType.ORGANIZATION, k, j, 0.6);
    }

    private static final Set<String> WEEKDAYS = new HashSet<>(List.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday"));

    private static boolean isWeekday(String w) {
        return WEEKDAYS.contains(w);
    }

    private static Sentence sentenceFrom(AnnotatedDocument doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.end() > offset) {
                return s;
            }
        }
        return null;
    }
}
