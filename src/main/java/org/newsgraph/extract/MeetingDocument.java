package org.newsgraph.extract;

import java.util.Locale;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * An article as the meeting rules read it: its dateline, read once, and its sentences as
 * {@link MeetingSentence}s, each made once, when first asked for (a pronoun's antecedent may be looked for in
 * the sentences before). What belongs to the whole article is read here: which sentences the dateline places
 * (the story's lead, whatever is "here", the meetings of a visit the lead tells of) and where the article
 * names a country. For one article on one thread.
 */
final class MeetingDocument {

    final AnnotatedDocument doc;
    final MeetingLexicon lex;
    final Dateline dateline;
    private final MeetingSentence[] sentences;
    /** The index of the story's lead (the first sentence after the dateline), -2 until first asked for. */
    private int lead = -2;
    /** Whether the lead tells of a visit, null until first asked for. */
    private Boolean leadVisit;

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

    /**
     * The mention of a country ({@code country} as {@code lexicon/places.tsv} names it) in the article that stands
     * nearest before {@code near}, else the first after it; null when the article does not name the country.
     */
    Mention countryNamed(String country, Mention near) {
        Mention best = null;
        for (Mention m : doc.mentions()) {
            if (m.type() != EntityType.PLACE || m.overlaps(near.begin(), near.end())
                    || !country.equals(lex.countries.get(m.text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (m.begin() < near.begin() || best == null) {
                best = m;
            } else {
                break;
            }
        }
        return best;
    }

    /**
     * Whether the dateline places what sentence {@code s} tells: it is the story's lead (the sentence the dateline
     * opens, or the one after it), it says "here", or the lead tells of a visit (ANNOTATION.md: other meetings
     * do not take the dateline).
     */
    boolean placedByDateline(MeetingSentence s) {
        if (dateline.place() == null) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals("here")) {
                return true;
            }
        }
        int first = lead();
        return first >= 0 && (s.sentence.index() <= first + 1 || leadTellsOfAVisit(first));
    }

    /** The index of the first sentence that ends after the dateline, or -1. */
    int lead() {
        if (lead == -2) {
            lead = -1;
            for (Sentence x : doc.sentences()) {
                if (x.end() > dateline.end()) {
                    lead = x.index();
                    break;
                }
            }
        }
        return lead;
    }

    /** "Canadian Foreign Secretary Joe Clark, winding up a two-day visit to Washington, said ...": a story of a
     * visit to the dateline's place, whose meetings all take place there. */
    private boolean leadTellsOfAVisit(int first) {
        if (leadVisit == null) {
            leadVisit = false;
            for (int i = first; i <= Math.min(first + 1, size() - 1) && !leadVisit; i++) {
                MeetingSentence x = sentence(i);
                for (int k = 0; k < x.size(); k++) {
                    if ("visit".equals(lex.nouns.get(x.lower(k)))
                            || x.lemma(k).equals("visit") && x.pos(k).equals("VERB")) {
                        leadVisit = true;
                        break;
                    }
                }
            }
        }
        return leadVisit;
    }
}
