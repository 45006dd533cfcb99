package org.newsgraph.extract.rules;

import java.util.List;

/**
 * Reads phrases that patterns match as one element, written {@code <name>} in a pattern: a person's name, a
 * role title, an organization. Like an annotation type of UIMA Ruta, a span may cover any number of tokens.
 * A pattern element after its rule's anchor asks for the spans that start at a token ({@link #from}); one
 * before the anchor, read leftwards, asks for the spans that end there ({@link #to}). A reader may read
 * differently in the two directions, as a reader of news English does: "a name starting here" and "a name
 * ending here" are two questions. Spans are tried in the order given.
 */
public interface SpanReader<S extends TokenSequence> {

    /** The spans that start at token {@code i}. */
    List<Span> from(S sequence, int i);

    /** The spans that end just before token {@code end} (their {@code to} is {@code end}). */
    default List<Span> to(S sequence, int end) {
        throw new UnsupportedOperationException("this reader reads forwards only");
    }

    /** Whether {@link #to} is implemented, so that the reader may stand before a rule's anchor. */
    default boolean readsLeftwards() {
        return false;
    }

    /** A reader that reads only forwards, at most one span from each token. */
    static <S extends TokenSequence> SpanReader<S> forward(java.util.function.BiFunction<S, Integer, Span> read) {
        return (sequence, i) -> {
            Span s = read.apply(sequence, i);
            return s == null ? List.of() : List.of(s);
        };
    }

    /** A reader with one span at most from each token forwards and to each token leftwards. */
    static <S extends TokenSequence> SpanReader<S> both(java.util.function.BiFunction<S, Integer, Span> from,
                                                        java.util.function.BiFunction<S, Integer, Span> to) {
        return new SpanReader<>() {
            @Override
            public List<Span> from(S sequence, int i) {
                Span s = from.apply(sequence, i);
                return s == null ? List.of() : List.of(s);
            }

            @Override
            public List<Span> to(S sequence, int end) {
                Span s = to.apply(sequence, end);
                return s == null ? List.of() : List.of(s);
            }

            @Override
            public boolean readsLeftwards() {
                return true;
            }
        };
    }
}
