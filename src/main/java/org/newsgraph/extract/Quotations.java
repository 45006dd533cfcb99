package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of an article's text: the text between curly ({@code “ ”}) or straight ({@code "}) double
 * quotes within one paragraph (an unclosed one runs to the paragraph's end), and where paragraphs start.
 * Works on characters: quotation marks are typography, not words.
 */
final class Quotations {

    /** A quotation in the text: offsets of its marks and of its inner text. */
    record Marks(int open, int close, int begin, int end) {
    }

    private Quotations() {
    }

    /** The double-quoted spans of the text, paragraph by paragraph. */
    static List<Marks> of(String text) {
        List<Marks> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                continue; // a straight quote between letters stands for an apostrophe: "don"t"
            }
            if (c == '\n') {
                if (open >= 0 && i - open > 1) {
                    out.add(new Marks(open, i, open + 1, i));
                }
                open = -1;
            } else if (c == '\u201C' || (c == '"' && open < 0) || c == '\u201E') {
                if (open < 0 || c == '\u201C') {
                    open = i;
                }
            } else if (c == '"' && open >= 0 && reopens(text, i)) {
                // "... in the world. "So, it would be ...": a new quotation mark opens the next sentence of
                // the same speech while the one before was left unclosed
                out.add(new Marks(open, i, open + 1, i));
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                if (i - open > 1) {
                    out.add(new Marks(open, i, open + 1, i));
                }
                open = -1;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            out.add(new Marks(open, text.length(), open + 1, text.length()));
        }
        return out;
    }

    /** Whether a straight quote at i opens a sentence: after ". " and before a capital letter. */
    private static boolean reopens(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && k < i - 1 && ".!?".indexOf(text.charAt(k)) >= 0 && i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i + 1));
    }

    /** The number of the paragraph that holds an offset, counting line breaks (a blank line counts once). */
    static int paragraphOf(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n' && (i == 0 || text.charAt(i - 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    /** Whether a quotation stands alone in its paragraph, give or take a full stop. */
    static boolean isBareParagraph(String text, Marks q) {
        int lineStart = text.lastIndexOf('\n', q.open() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.close());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return text.substring(lineStart, q.open()).isBlank()
                && text.substring(Math.min(q.close() + 1, lineEnd), lineEnd).replaceAll("[\\s.,!?]", "").isEmpty();
    }

    /** Whether an offset lies inside one of the quotations' marks. */
    static boolean inside(List<Marks> quotes, int offset) {
        for (Marks q : quotes) {
            if (offset > q.open() && offset < q.close()) {
                return true;
            }
        }
        return false;
    }
}
