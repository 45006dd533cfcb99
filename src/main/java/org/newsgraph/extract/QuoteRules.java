package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.RoleGrammar.Candidate;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.extract.rules.Match;
import org.newsgraph.extract.rules.PatternEnv;
import org.newsgraph.extract.rules.Rule;
import org.newsgraph.extract.rules.RuleBook;
import org.newsgraph.extract.rules.RuleConfidence;
import org.newsgraph.extract.rules.RuleFile;
import org.newsgraph.extract.rules.SpanReader;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The quotation rules ({@code rules/quotes/*.rules}): who said a quotation, read at the words after it, the
 * clause before it, or the sentence before it. Their patterns name {@code <speaker>}: "he" or "she" (the
 * salient person before), a person named after a title, or a person's name (two words, or one the article
 * names in full). Immutable; safe to share between threads.
 */
final class QuoteRules {

    static final String AFTER = "/rules/quotes/after-quote.rules";
    static final String BEFORE = "/rules/quotes/before-quote.rules";
    static final String PREVIOUS = "/rules/quotes/previous-sentence.rules";
    static final String SHARED = "/rules/quotes/shared.rules";

    /** A speaker over tokens [from, to). */
    record Speaker(Mention mention, int from, int to) {
    }

    /** An attribution: speaker, verb as written, addressee, and where the attributing words are. */
    record Attribution(Mention speaker, String verb, Mention addressee, int sentence, int begin, int end,
                       double confidence, String rule) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> TELL = Set.of("told", "tells", "tell", "telling");

    final RoleGrammar grammar;
    final RuleBook<QuoteSentence> after;
    final RuleBook<QuoteSentence> before;
    final RuleBook<QuoteSentence> previous;

    QuoteRules(RoleGrammar grammar, RuleConfidence confidence) {
        this.grammar = grammar;
        RuleFile shared = RuleFile.resource(SHARED);
        PatternEnv<QuoteSentence> env = RoleRules.withWords(PatternEnv.<QuoteSentence>empty())
                .with(shared.lists(), shared.macros())
                .test("cap", (s, i) -> s.v.cap(i))
                .test("possessive", (s, i) -> s.v.possessive(i))
                .test("post-nominal", (s, i) -> grammar.names.postNominal(s.v, i))
                .test("reporting-verb", (s, i) -> grammar.lexicon.isReportingVerb(s.word(i)))
                .test("quote-open", (s, i) -> i == s.open)
                .reader("speaker", SpanReader.both(this::speakerAt, this::speakerEndingAt));
        this.after = RuleBook.compile(RuleFile.resource(AFTER), env, Map.of(), "quote", confidence);
        this.before = RuleBook.compile(RuleFile.resource(BEFORE), env, Map.of(), "quote", confidence);
        this.previous = RuleBook.compile(RuleFile.resource(PREVIOUS), env, Map.of(), "quote", confidence);
    }

    /** An attribution from a match: its speaker, its verb (or the fixed words it gives), its addressee. */
    Attribution build(Rule<QuoteSentence> rule, Rule.FactLine line, QuoteSentence s, Match m) {
        Speaker speaker = (Speaker) m.value("speaker");
        int verb = m.start("verb");
        String said = line.arg("verb") != null ? line.arg("verb") : s.word(verb);
        String addressee = line.arg("addressee");
        Mention to = "after-verb".equals(addressee) ? addressee(s.v, verb + 1)
                : "after-speaker".equals(addressee) ? addressee(s.v, speaker.to()) : null;
        int from = Math.min(speaker.from(), verb);
        int end = Math.max(speaker.to(), m.end("verb"));
        RoleSentence v = s.v;
        return new Attribution(speaker.mention(), said, to, v.sentence.index(), v.t.get(Math.max(0, from)).begin(),
                v.t.get(end - 1).end(), rule.confidence(), rule.id());
    }

    /** The speaker whose words start at token i. */
    private org.newsgraph.extract.rules.Span speakerAt(QuoteSentence s, int i) {
        RoleSentence v = s.v;
        if (i >= v.size()) {
            return null;
        }
        if (PRONOUNS.contains(v.fold(i))) {
            Mention m = s.antecedent(v.t.get(i).begin());
            return m == null ? null : span(new Speaker(m, i, i + 1));
        }
        for (Candidate c : v.titled()) {
            if (c.phrase().from() == i || v.tokenIndexOf(c.person()) == i) {
                return span(new Speaker(c.person(), i, v.tokenEndOf(c.person(), v.tokenIndexOf(c.person()))));
            }
        }
        Span name = grammar.names.nameAt(v, i);
        if (name != null && (name.to() - name.from() > 1 || knownPerson(v, name))) {
            return span(new Speaker(name.mention(), i, name.to()));
        }
        return null;
    }

    /** The speaker whose words end just before token end. */
    private org.newsgraph.extract.rules.Span speakerEndingAt(QuoteSentence s, int end) {
        RoleSentence v = s.v;
        int last = end - 1;
        if (last < 0) {
            return null;
        }
        if (PRONOUNS.contains(v.fold(last))) {
            Mention m = s.antecedent(v.t.get(last).begin());
            return m == null ? null : span(new Speaker(m, last, last + 1));
        }
        Span name = grammar.names.nameEndingAt(v, last, v.titledNames());
        if (name == null) {
            Span single = grammar.names.nameAt(v, last);
            if (single != null && single.to() == last + 1 && knownPerson(v, single)
                    && (last == 0 || !v.cap(last - 1))) {
                name = single;
            }
        }
        return name == null ? null : span(new Speaker(name.mention(), name.from(), last + 1));
    }

    private static org.newsgraph.extract.rules.Span span(Speaker s) {
        return new org.newsgraph.extract.rules.Span(s.from(), s.to(), s);
    }

    static boolean knownPerson(RoleSentence v, Span name) {
        return name.mention().type() == EntityType.PERSON
                && v.personWords.contains(RoleGrammar.lastWord(name.mention().text()));
    }

    /** "told JNS", "told the BBC": a capitalised addressee after a verb of telling. */
    private static Mention addressee(RoleSentence v, int i) {
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
        while (j < v.size() && v.cap(j) && j - k < 4 && !Words.WEEKDAYS.contains(v.fold(j))) {
            j++;
        }
        return j == k ? null : v.newMention(EntityType.ORGANIZATION, k, j, 0.6);
    }
}
