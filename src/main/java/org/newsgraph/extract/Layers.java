package org.newsgraph.extract;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedDocument;

/**
 * One annotated article and the layers computed from it so far: each {@link Layer} is computed the first time
 * an extractor asks for it, and kept for the others. For one article on one thread.
 */
public final class Layers {

    private final AnnotatedDocument document;
    private final Map<Layer<?>, Object> values = new IdentityHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    public Layers(AnnotatedDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public AnnotatedDocument document() {
        return document;
    }

    /** The layer's value for this article, computed now if no extractor asked for it before. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        read.add(layer.name());
        Object v = values.get(layer);
        if (v == null && !values.containsKey(layer)) {
            v = layer.compute(this);
            values.put(layer, v);
        }
        return (T) v;
    }

    /** The names of the layers asked for so far, in the order first asked. */
    public Set<String> read() {
        return Set.copyOf(read);
    }
}
