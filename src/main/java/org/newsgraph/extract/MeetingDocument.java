package org.newsgraph.extract;

import org.newsgraph.nlp.AnnotatedDocument;

/**
 * An article as the meeting rules read it: its dateline, read once, and its sentences as
 * {@link MeetingSentence}s, each made once, when first asked for (a pronoun's antecedent may be looked for in
 * the sentences before). For one article on one thread.
 */
final class MeetingDocument {

    final AnnotatedDocument doc;
    final MeetingLexicon lex;
    final Dateline dateline;
    private final MeetingSentence[] sentences;

    MeetingDocument(AnnotatedDocument doc, MeetingLexicon lex) {
        this.doc = doc;
        this.lex = lex;
        this.dateline = Dateline.of(doc);
        this.sentences = new MeetingSentence[doc.sentences().size()];
    }

    /** The sentence at an index of the article's sentences. */
    MeetingSentence sentence(int index) {
        MeetingSentence s = sentences[index];
        if (s == null) {
            s = new MeetingSentence(this, doc.sentences().get(index));
            sentences[index] = s;
        }
        return s;
    }

    int size() {
        return sentences.length;
    }
}
