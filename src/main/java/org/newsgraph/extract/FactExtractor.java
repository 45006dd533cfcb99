package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedDocument;

/**
 * Reads one kind of fact from an annotated article. It has a name users switch it on and off by
 * ({@code --extractors roles,meetings}), declares the layers it reads and the facts it gives, and holds no
 * state beyond loaded resources.
 */
public interface FactExtractor {

    /** The name users know it by: "roles", "quotes", "meetings", "bylines". */
    String name();

    /** The layers it reads. */
    default Set<Layer<?>> requires() {
        return Set.of();
    }

    /** The kinds of fact it gives. */
    Set<Class<? extends Fact>> gives();

    /** The facts of one article, reading the article's layers. */
    List<Fact> extract(Layers document);

    /** The facts of one article, with layers of its own. */
    default List<Fact> extract(AnnotatedDocument document) {
        return extract(new Layers(document));
    }
}
