package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * One sentence of an annotated corpus: its tokens and one IOB2 tag per token ({@code O}, {@code B-PER},
 * {@code I-PER}, ...). Types are upper-case CoNLL short names (PER, ORG, LOC, MISC).
 */
record TaggedSentence(String[] tokens, String[] tags) {

    TaggedSentence {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }

    /** The names as token spans, typed with the CoNLL short type. */
    List<Span> names() {
        List<Span> result = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            boolean begins = tag.startsWith("B-");
            boolean inside = tag.startsWith("I-");
            String t = begins || inside ? tag.substring(2) : null;
            if (start >= 0 && (!inside || !t.equals(type))) {
                result.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && start < 0) {
                start = i;
                type = t;
            }
        }
        return result;
    }

    /** Converts IOB1 tags (I- everywhere, B- only between touching names of one type) to IOB2. */
    static String[] toIob2(String[] tags) {
        String[] out = new String[tags.length];
        String prev = "O";
        for (int i = 0; i < tags.length; i++) {
            String tag = tags[i];
            if (tag.startsWith("I-")) {
                String type = tag.substring(2);
                boolean continues = (prev.startsWith("B-") || prev.startsWith("I-")) && prev.substring(2).equals(type);
                out[i] = continues ? tag : "B-" + type;
            } else if (tag.startsWith("B-") || tag.equals("O")) {
                out[i] = tag;
            } else {
                out[i] = "O";
            }
            prev = out[i];
        }
        return out;
    }

    /** A sentence with the given spans as its names. */
    static TaggedSentence of(String[] tokens, List<Span> names) {
        String[] tags = new String[tokens.length];
        java.util.Arrays.fill(tags, "O");
        for (Span s : names) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return new TaggedSentence(tokens, tags);
    }
}
