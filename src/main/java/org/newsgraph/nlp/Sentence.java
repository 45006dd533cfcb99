package org.newsgraph.nlp;

import java.util.List;

/** A sentence: its position in the article, its character offsets into the article text, and its tokens. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence " + index + " at " + begin + ".." + end);
        }
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text, cut from the article text it was found in. */
    public String text(String articleText) {
        return articleText.substring(begin, end);
    }

    /** Index of the first token that starts at or after {@code offset}, or {@code tokens.size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
