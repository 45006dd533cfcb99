package org.newsgraph.nlp.ner;

import java.util.List;

/** The sentences of one document of an annotated corpus; a name finder's memory of names spans one document. */
record NerDocument(List<TaggedSentence> sentences) {
    NerDocument {
        sentences = List.copyOf(sentences);
    }
}
