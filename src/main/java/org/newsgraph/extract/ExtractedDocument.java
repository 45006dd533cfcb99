package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.nlp.AnnotatedDocument;

/** An annotated article with the facts read from it. */
public record ExtractedDocument(AnnotatedDocument annotated, List<Fact> facts) {
    public ExtractedDocument {
        Objects.requireNonNull(annotated, "annotated");
        facts = List.copyOf(facts);
    }

    public <F extends Fact> List<F> facts(Class<F> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
