package org.newsgraph.nlp.ner;

/** The layouts of annotated NER corpora newsgraph reads. */
public enum NerFormat {
    /** Decide from the first token line: a tab-separated line whose first column is a number is UNER. */
    AUTO,
    /**
     * CoNLL-2003: one token per line, space-separated columns with the token first and the tag last (4
     * columns, or 2 as in wikigold), IOB1 or IOB2, blank line between sentences, {@code -DOCSTART-} lines
     * between documents.
     */
    CONLL,
    /**
     * Universal NER: CoNLL-U-like, tab-separated {@code index token tag ...}, IOB2, {@code #} comment lines,
     * {@code # newdoc} between documents.
     */
    UNER,
    /** The GMB-derived Kaggle CSV ({@code Sentence #,Word,POS,Tag}, latin-1), with its types mapped to CoNLL's. */
    GMB
}
