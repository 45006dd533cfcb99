package org.newsgraph.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Scraped articles often arrive as HTML where plain text was expected. Text that carries HTML markup is
 * parsed with jsoup and reduced to its readable text, one paragraph per block element, entities decoded,
 * scripts and styles dropped. Text without markup is left exactly as it is, so a plain article that says
 * "profits rose by < 2%" keeps its "&lt;".
 */
final class Html {

    /**
     * Markup that prose does not produce: a doctype, an html element, a paragraph or line break, or the
     * closing tag of a common element. A lone "&lt;" or "a &lt; b" does not match.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<!doctype\\s+html|<html[\\s>]|<p[\\s>]|<br\\s*/?>|"
                    + "</(?:p|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|body|head|article|section"
                    + "|blockquote|figure|figcaption|script|style|title|header|footer|nav|main)\\s*>");

    private Html() {
    }

    static boolean looksLikeHtml(String text) {
        return MARKUP.matcher(text).find();
    }

    /** The readable text of an HTML document or fragment: paragraphs separated by a blank line. */
    static String toText(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, body);
        return tidy(out);
    }

    /** Trims every line, and collapses runs of blank lines into one. */
    private static String tidy(CharSequence text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean blank = false;
        for (String line : text.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank = result.length() > 0;
                continue;
            }
            if (result.length() > 0) {
                result.append(blank ? "\n\n" : "\n");
            }
            result.append(l);
            blank = false;
        }
        return result.toString();
    }
}
