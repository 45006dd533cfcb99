package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.ingest.Article;

/** Finds date expressions in an article and anchors them on its publication date. */
public interface TemporalTagger {
    List<TemporalExpression> find(Article article, List<Sentence> sentences);
}
