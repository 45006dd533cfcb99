package org.newsgraph.extract;

import java.util.Objects;
import java.util.function.Function;

/**
 * Something read from an annotated article that more than one extractor needs — the persons that titles
 * name, the article's dateline, the meetings' view of each sentence — computed once per article, on first
 * use, and read by every extractor that declares it ({@link FactExtractor#requires}), as CoreNLP's
 * annotators declare what they require. A layer is a key; its value lives in the article's {@link Layers}.
 */
public final class Layer<T> {

    private final String name;
    private final Function<Layers, T> compute;

    private Layer(String name, Function<Layers, T> compute) {
        this.name = Objects.requireNonNull(name, "name");
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** A layer computed from the article (and the layers it reads itself) by {@code compute}. */
    public static <T> Layer<T> of(String name, Function<Layers, T> compute) {
        return new Layer<>(name, compute);
    }

    public String name() {
        return name;
    }

    T compute(Layers layers) {
        return compute.apply(layers);
    }

    @Override
    public String toString() {
        return name;
    }
}
