package org.newsgraph.nlp;

import org.newsgraph.ingest.Article;

/** The language stage: finds sentences, tokens, names and dates in an article. */
public interface Annotator {
    AnnotatedDocument annotate(Article article);
}
