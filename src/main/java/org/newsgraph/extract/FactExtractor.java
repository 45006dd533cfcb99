package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedDocument;

/** Reads one kind of fact from an annotated article. Holds no state beyond loaded resources. */
public interface FactExtractor {
    List<Fact> extract(AnnotatedDocument document);
}
