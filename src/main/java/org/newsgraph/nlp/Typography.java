package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Text clean-up that keeps offsets: every function maps the text one character for one. */
final class Typography {

    private Typography() {
    }

    /** Curly quotes, primes and apostrophes to ASCII; the result has the same length as the input. */
    static String toAscii(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> c[i] = '"';
                case '\u00A0', '\u2009', '\u202F' -> c[i] = ' ';
                default -> {
                }
            }
        }
        return new String(c);
    }

    /** Lines of text between line breaks, trimmed of surrounding white space; empty lines are dropped. */
    static List<Span> paragraphs(String text) {
        List<Span> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                result.add(new Span(b, e));
            }
            start = end + 1;
        }
        return result;
    }

    /** Cuts an over-long span at white space into pieces of at most {@code max} characters. */
    static List<Span> cut(String text, int begin, int end, int max) {
        List<Span> result = new ArrayList<>();
        int b = begin;
        while (end - b > max) {
            int cutAt = text.lastIndexOf(' ', b + max);
            if (cutAt <= b) {
                cutAt = b + max;
            }
            result.add(new Span(b, cutAt));
            b = cutAt;
            while (b < end && text.charAt(b) == ' ') {
                b++;
            }
        }
        if (end > b) {
            result.add(new Span(b, end));
        }
        return result;
    }
}
