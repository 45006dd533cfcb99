package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.QuoteRules.Attribution;
import org.newsgraph.extract.QuoteSentence.Salient;
import org.newsgraph.extract.Quotations.Marks;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * Direct quotations and who said them ({@link Quotations} finds them). A quotation is attributed, in this
 * order, by the rules of {@code rules/quotes/}:
 * <ol>
 *   <li>the words right after it ({@code after-quote.rules}): "“...,” Rubio told reporters", "“...,” said
 *       Rubio", "“...,” he said";</li>
 *   <li>its own sentence before it ({@code before-quote.rules}): "he explained, “...”", "Kallner told JNS:
 *       “...”", "Naor Shiri told JNS that the move was “more of a declarative move”";</li>
 *   <li>for a quotation that opens its sentence without a reporting verb, the sentence before it in the same
 *       paragraph ({@code previous-sentence.rules});</li>
 *   <li>the quotation before it in the same paragraph ("“A,” he said. “B.”"), or, for a paragraph that is a
 *       bare quotation, the last attributed quotation of the paragraph before: the rules
 *       {@code quotes/continuation#same-paragraph} and {@code #bare-paragraph}, read here.</li>
 * </ol>
 * "He" or "she" as the speaker is the most recent person before it, outside quotation marks, who was a speaker
 * or the first person named in a sentence (its subject, in news English); gender is not checked. Stateless;
 * safe to share between threads.
 */
public final class QuoteAttributionExtractor implements FactExtractor {

    static final String SAME_PARAGRAPH = "quotes/continuation#same-paragraph";
    static final String BARE_PARAGRAPH = "quotes/continuation#bare-paragraph";

    private final QuoteRules rules;
    private final RoleGrammar grammar;
    private final Layer<KnownPersons> known;
    private final org.newsgraph.extract.rules.RuleConfidence confidence;

    QuoteAttributionExtractor(QuoteRules rules, Layer<KnownPersons> known,
                              org.newsgraph.extract.rules.RuleConfidence confidence) {
        this.rules = rules;
        this.grammar = rules.grammar;
        this.known = known;
        this.confidence = confidence;
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

    @Override
    public List<Fact> extract(Layers layers) {
        AnnotatedDocument document = layers.document();
        String text = document.text();
        List<Marks> quotes = Quotations.of(text);
        if (quotes.isEmpty()) {
            return List.of();
        }
        KnownPersons persons = layers.get(known);
        List<Salient> salient = subjects(document, persons, quotes);
        List<Fact> out = new ArrayList<>();
        Attribution previous = null;
        int previousParagraph = -1;
        for (Marks q : quotes) {
            int b = q.begin();
            int e = q.end();
            while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            if (e <= b) {
                continue;
            }
            int paragraph = Quotations.paragraphOf(text, q.open());
            Attribution a = after(document, persons, salient, q);
            if (a == null) {
                a = before(document, persons, salient, q);
            }
            if (a == null && !hasReportingVerb(document, q)) {
                a = previousSentence(document, persons, salient, q);
                if (a == null && previous != null) {
                    a = continued(document, q, previous, paragraph, previousParagraph);
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

    /** The words right after the quotation: the rules are tried at the first word after its mark and comma. */
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
        if (j >= v.size() || v.t.get(j).begin() < from || doc.text().substring(from, v.t.get(j).begin()).contains("\n")) {
            return null;
        }
        String inner = doc.text().substring(q.begin(), q.end()).strip();
        if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0 && v.cap(j)
                && !grammar.lexicon.isReportingVerb(v.word(j))) {
            return null; // "“... view.” Mr Howard later added ...": a new sentence, not an attribution
        }
        return first(rules.after.first(new QuoteSentence(v, salient, -1), j, rules::build));
    }

    /** The quotation's own sentence before it: "according to X:" nearest it first, then a reporting verb. */
    private Attribution before(AnnotatedDocument doc, KnownPersons persons, List<Salient> salient, Marks q) {
        Sentence s = doc.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        RoleSentence v = persons.sentence(s);
        int open = s.tokenAt(q.open());
        QuoteSentence qs = new QuoteSentence(v, salient, open);
        for (int a = open - 3; a >= Math.max(0, open - 9); a--) {
            Attribution found = first(rules.before.first(qs, a, rules::build));
            if (found != null) {
                return found;
            }
        }
        return first(rules.before.first(qs, open, rules::build));
    }

    /**
     * "He said advocates were needed. “It was pointed out to me ...”": a quotation that opens a sentence
     * with no attribution of its own goes to the speaker of the sentence before it in the same paragraph,
     * when that sentence reports speech near its start.
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
        QuoteSentence qs = new QuoteSentence(persons.sentence(prev), salient, -1);
        for (int k = 1; k < Math.min(qs.size(), 8); k++) {
            Attribution a = first(rules.previous.first(qs, k, rules::build));
            if (a != null) {
                return new Attribution(a.speaker(), a.verb(), null, s.index(), q.open(), q.close() + 1,
                        a.confidence(), a.rule());
            }
        }
        return null;
    }

    /** The speaker of the quotation before, in the same paragraph or the paragraph before a bare quotation. */
    private Attribution continued(AnnotatedDocument doc, Marks q, Attribution previous, int paragraph,
                                  int previousParagraph) {
        Sentence own = doc.sentenceAt(q.open());
        boolean opensSentence = own == null || own.begin() >= q.open() - 1;
        boolean sameParagraph = previousParagraph == paragraph && opensSentence;
        boolean bareParagraph = previousParagraph == paragraph - 1 && Quotations.isBareParagraph(doc.text(), q);
        Sentence s = doc.sentenceAt(q.begin());
        if (!(sameParagraph || bareParagraph) || s == null) {
            return null;
        }
        String rule = sameParagraph ? SAME_PARAGRAPH : BARE_PARAGRAPH;
        return new Attribution(previous.speaker(), previous.verb(), null, s.index(), q.open(), q.close() + 1,
                confidence.of(rule), rule);
    }

    private static Attribution first(List<Attribution> made) {
        return made.isEmpty() ? null : made.get(0);
    }

    /** Whether the quotation's sentence has a reporting verb outside quotation marks of its own. */
    private boolean hasReportingVerb(AnnotatedDocument doc, Marks q) {
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

    /** The first person named outside quotation marks in each sentence: the sentence's subject. */
    private List<Salient> subjects(AnnotatedDocument doc, KnownPersons persons, List<Marks> quotes) {
        List<Salient> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            RoleSentence v = persons.sentence(s);
            Mention first = null;
            for (Mention m : doc.mentionsIn(s)) {
                if (m.type() == EntityType.PERSON && !Quotations.inside(quotes, m.begin())) {
                    first = m;
                    break;
                }
            }
            for (RoleGrammar.Candidate c : persons.titled) {
                Mention p = c.person();
                if (p.sentence() == s.index() && !Quotations.inside(quotes, p.begin())
                        && (first == null || p.begin() < first.begin())) {
                    first = p;
                }
            }
            for (int i = 0; i < v.size(); i++) {
                boolean start = i == 0 || v.is(i - 1, ",", "\u201C", "\"");
                if ((start || v.is(i, "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")) && v.cap(i)
                        && !Quotations.inside(quotes, v.t.get(i).begin())) {
                    RoleGrammar.Span name = grammar.names.nameAt(v, i);
                    if (name != null && (name.to() - name.from() > 1 || QuoteRules.knownPerson(v, name))
                            && (first == null || name.mention().begin() < first.begin())) {
                        first = name.mention();
                    }
                }
                if (i > 0 && grammar.lexicon.isReportingVerb(v.word(i)) && !Quotations.inside(quotes, v.t.get(i).begin())) {
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

    private static Sentence sentenceFrom(AnnotatedDocument doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.end() > offset) {
                return s;
            }
        }
        return null;
    }
}
