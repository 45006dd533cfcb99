package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.rules.TokenSequence;
import org.newsgraph.nlp.Mention;

/**
 * A {@link RoleSentence} as the quotation rules read it: with the persons salient so far in the article,
 * whom "he" and "she" stand for. The salience grows as quotations are attributed; for one article on one
 * thread.
 */
final class QuoteSentence implements TokenSequence {

    /** A person who speaks or is the subject of a sentence, at a character offset. */
    record Salient(int offset, Mention person) {
    }

    final RoleSentence v;
    private final List<Salient> salient;
    /** The token of the quotation's opening mark, or -1. */
    final int open;

    QuoteSentence(RoleSentence v, List<Salient> salient, int open) {
        this.v = v;
        this.salient = salient;
        this.open = open;
    }

    /** The person "he" or "she" at a character offset stands for: the last salient one before it, or null. */
    Mention antecedent(int offset) {
        Mention found = null;
        for (Salient s : salient) {
            if (s.offset() < offset) {
                found = s.person();
            }
        }
        return found;
    }

    @Override
    public int size() {
        return v.size();
    }

    @Override
    public String word(int i) {
        return v.word(i);
    }

    @Override
    public String lower(int i) {
        return v.lower(i);
    }

    @Override
    public String lemma(int i) {
        return v.lemma(i);
    }

    @Override
    public String pos(int i) {
        return v.pos(i);
    }
}
