package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Scraped articles often arrive as HTML where plain text was expected, or as saved web pages. Text that
 * carries HTML markup is parsed with jsoup and reduced to its readable text, one paragraph per block
 * element, entities decoded, scripts and styles dropped. Text without markup is left exactly as it is, so a
 * plain article that says "profits rose by &lt; 2%" keeps its "&lt;".
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

    /**
     * A saved web page as an article: the text of its {@code <article>} element (else of its body), the
     * {@code <title>} as headline, the publication date from {@code article:published_time} or
     * {@code <time datetime>} when it is an ISO date, the canonical link as URL. The id is the file name
     * without its extension, as for a {@code .txt} file.
     */
    static ReadResult page(String html, Path path, ReadResult.Origin origin) {
        Document doc = Jsoup.parse(html);
        Element main = doc.selectFirst("article");
        String text = toText(main != null ? main : doc.body());
        if (text.isBlank()) {
            return new ReadResult.Rejected(origin, "no text in the HTML page");
        }
        List<String> warnings = new ArrayList<>();
        if (text.length() > Article.ANALYSED_CHARS) {
            warnings.add("text has " + text.length() + " characters: all of it is stored, facts are read from the "
                    + "first " + Article.ANALYSED_CHARS);
        }
        String published = attribute(doc, "meta[property=article:published_time]", "content");
        if (published == null) {
            published = attribute(doc, "time[datetime]", "datetime");
        }
        if (published != null && Article.parseDate(published).isEmpty()) {
            warnings.add("the page's publication date is not an ISO date or date-time, ignored: " + published);
            published = null;
        }
        String name = path.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        String title = doc.title().isBlank() ? null : doc.title().strip();
        String url = attribute(doc, "link[rel=canonical]", "href");
        String source = attribute(doc, "meta[property=og:site_name]", "content");
        return new ReadResult.Accepted(new Article(id, title, published, url, source, List.of(), text), origin,
                warnings);
    }

    private static String attribute(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        String value = e == null ? "" : e.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    /** The readable text of an HTML document or fragment: paragraphs separated by a blank line. */
    static String toText(String html) {
        return toText(Jsoup.parse(html).body());
    }

    private static String toText(Element body) {
        StringBuilder out = new StringBuilder();
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
