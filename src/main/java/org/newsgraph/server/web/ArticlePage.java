package org.newsgraph.server.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.jsoup.nodes.Element;
import org.newsgraph.rdf.NG;

/**
 * The page of one article: its text with names, dates and fact evidence marked at their character offsets,
 * and the facts read from it beside the text, each with its confidence and a link to its evidence.
 *
 * <p>A page shows at most {@link #MAX_CHARS} characters of text and {@link #MAX_FACTS} facts, and says so with
 * links to the whole graph: an article of many megabytes would otherwise make a page of many more, and a few
 * such requests at once would fill the server's memory.
 */
final class ArticlePage {

    /** The most characters of article text one page shows. */
    static final int MAX_CHARS = 100_000;
    /** The most names and dates marked, and the most facts listed, on one page. */
    static final int MAX_SPANS = 10_000;
    static final int MAX_FACTS = 1_000;

    private final GraphReader reader;
    private final String datasetPath;

    ArticlePage(GraphReader reader, String datasetPath) {
        this.reader = reader;
        this.datasetPath = datasetPath;
    }

    private static Map<String, RDFNode> graph(String articleId) {
        return Map.of("g", ResourceFactory.createResource(NG.articleIri(articleId)));
    }

    /** What the page shows of an article, read in one transaction. */
    private record Read(Row article, String text, int length, List<Row> spans, List<Row> facts) {
    }

    /** The page, or null when the store holds no such article. */
    String render(String articleId) {
        Read read = reader.read(() -> {
            List<Row> head = reader.select("web-article", graph(articleId));
            if (head.isEmpty()) {
                return null;
            }
            Row a = head.get(0);
            String body = a.str("body") != null ? a.str("body") : "";
            String shown = body.length() <= MAX_CHARS ? body : body.substring(0, cut(body, MAX_CHARS));
            return new Read(a, shown, body.length(), reader.select("web-article-spans", graph(articleId), MAX_SPANS),
                    reader.select("web-article-facts", graph(articleId), MAX_FACTS));
        });
        if (read == null) {
            return null;
        }
        Row a = read.article();
        String text = read.text();
        List<Highlighter.Mark> marks = new ArrayList<>();
        for (Row s : read.spans()) {
            if (s.iri("entity") != null) {
                String kind = Html.entityKind(s.iri("type"));
                marks.add(new Highlighter.Mark(s.integer("begin"), s.integer("end"), "mention t-" + kind,
                        Html.entityHref(s.iri("entity")), s.str("name") + " (" + kind + ")"));
            } else {
                marks.add(new Highlighter.Mark(s.integer("begin"), s.integer("end"), "mention t-date", null,
                        s.str("value") != null ? s.str("value") : "date (unresolved)"));
            }
        }
        List<Highlighter.Evidence> evidence = new ArrayList<>();
        for (Row f : read.facts()) {
            evidence.add(new Highlighter.Evidence(f.integer("begin"), f.integer("end"), kind(f)));
        }
        String headline = a.str("headline") != null ? a.str("headline") : articleId;
        return Html.page(headline, "article-page", main -> {
            Element grid = main.appendElement("div").addClass("article-grid");
            Element article = grid.appendElement("article").addClass("article").attr("data-id", articleId);
            article.appendElement("h1").id("headline").text(headline);
            meta(article.appendElement("p").addClass("meta"), a, articleId);
            Element legend = article.appendElement("p").addClass("legend").addClass("muted");
            for (String[] entry : new String[][] {{"mention t-person", "person"}, {"mention t-organization",
                    "organization"}, {"mention t-place", "place"}, {"mention t-date", "date"},
                    {"ev k-role", "role evidence"}, {"ev k-meeting", "meeting evidence"},
                    {"ev k-quote", "quotation evidence"}}) {
                Element key = legend.appendElement("span").text(entry[1]);
                for (String c : entry[0].split(" ")) {
                    key.addClass(c);
                }
                legend.appendText(" ");
            }
            Highlighter.renderInto(article.appendElement("div").addClass("article-text").id("article-text"), text,
                    marks, evidence);
            if (text.length() < read.length()) {
                Element note = article.appendElement("p").addClass("truncated").id("truncated");
                note.appendText("This page shows the first " + String.format(Locale.ROOT, "%,d", text.length()) + " of "
                        + String.format(Locale.ROOT, "%,d", read.length()) + " characters. The whole article is in its ");
                note.appendElement("a").attr("href", turtleHref(articleId)).text("graph as Turtle");
                note.appendText(" and ");
                note.appendElement("a").attr("href", graphStoreHref(articleId)).text("via the Graph Store");
                note.appendText(".");
            }
            factsAside(grid, read.facts());
        }, "/static/article.js");
    }

    /** An index at or before {@code max} that does not split a surrogate pair. */
    private static int cut(String s, int max) {
        return Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
    }

    private void meta(Element p, Row a, String articleId) {
        List<Runnable> parts = new ArrayList<>();
        if (a.str("published") != null) {
            parts.add(() -> p.appendElement("time").text(a.str("published")));
        }
        if (a.str("source") != null) {
            parts.add(() -> p.appendText(a.str("source")));
        }
        if (a.str("authors") != null && !a.str("authors").isEmpty()) {
            parts.add(() -> p.appendText("by " + a.str("authors")));
        }
        if (a.str("url") != null && isWebAddress(a.str("url"))) {
            parts.add(() -> p.appendElement("a").attr("rel", "noopener noreferrer nofollow").attr("href", a.str("url"))
                    .text("original"));
        }
        parts.add(() -> p.appendElement("code").text(articleId));
        parts.add(() -> p.appendElement("a").id("turtle").attr("href", turtleHref(articleId)).text("graph as Turtle"));
        parts.add(() -> p.appendElement("a").attr("href", graphStoreHref(articleId)).text("via Graph Store"));
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                p.appendText(" · ");
            }
            parts.get(i).run();
        }
    }

    private String graphStoreHref(String articleId) {
        return datasetPath + "/get?graph=" + Html.urlPart(NG.articleIri(articleId));
    }

    /**
     * Whether an address may be linked: an absolute URL whose protocol the JDK can open. That leaves out
     * {@code javascript:} and {@code data:} addresses, which would run in the page.
     */
    static boolean isWebAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return uri.isAbsolute() && uri.toURL() != null;
        } catch (java.net.URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String kind(Row f) {
        return switch (Html.localName(f.iri("kind"))) {
            case "membership" -> "role";
            case "meeting" -> "meeting";
            default -> "quote";
        };
    }

    private static void factsAside(Element parent, List<Row> facts) {
        Element aside = parent.appendElement("aside").addClass("facts-aside");
        aside.appendElement("h2").text("Facts read (" + facts.size() + (facts.size() == MAX_FACTS ? "+" : "") + ")");
        if (facts.isEmpty()) {
            aside.appendElement("p").addClass("muted").text("No role, meeting or quotation was read from this article.");
            return;
        }
        Element list = aside.appendElement("ol").addClass("fact-list").id("facts");
        for (Row f : facts) {
            String kind = kind(f);
            int begin = f.integer("begin");
            int end = f.integer("end");
            Element li = list.appendElement("li").addClass("fact").addClass("k-" + kind)
                    .attr("data-ev", Html.evidenceId(begin, end));
            Html.span(li, "fact-kind", kind);
            li.appendText(" ");
            switch (kind) {
                case "role" -> {
                    Html.entityLink(li, f.iri("member"), f.str("memberName"));
                    li.appendText(" — ");
                    li.appendElement("strong").text(nonNull(f.str("role")));
                    if (f.iri("organization") != null) {
                        li.appendText(", ");
                        Html.entityLink(li, f.iri("organization"), f.str("organizationName"));
                    }
                    String q = Html.localName(f.iri("qualifier"));
                    if (!q.isEmpty() && !q.equals("current")) {
                        li.appendText(" ");
                        Html.span(li, "badge", q);
                    }
                }
                case "meeting" -> {
                    li.appendElement("strong").text(nonNull(f.str("meetingKind")));
                    if (f.str("participants") != null && !f.str("participants").isEmpty()) {
                        li.appendText(": " + f.str("participants"));
                    }
                    if (f.str("location") != null) {
                        li.appendText(" in " + f.str("location"));
                    }
                    if (f.str("date") != null) {
                        li.appendText(" on " + f.str("date"));
                    }
                    if ("planned".equals(Html.localName(f.iri("status")))) {
                        li.appendText(" ");
                        Html.span(li, "badge", "planned");
                    }
                }
                default -> {
                    Html.entityLink(li, f.iri("speaker"), f.str("speakerName"));
                    if (f.str("verb") != null) {
                        li.appendText(" " + f.str("verb"));
                    }
                    li.appendText(": “" + nonNull(f.str("text")) + "”");
                }
            }
            li.appendText(" ");
            li.appendElement("a").addClass("evidence").attr("href", "#" + Html.evidenceId(begin, end)).text("evidence");
            li.appendText(" ");
            Html.span(li, "confidence", Html.confidence(f.number("confidence"))).attr("title", "confidence");
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String turtleHref(String articleId) {
        return Html.pathSafe(articleId) ? "/article/" + Html.urlPart(articleId) + ".ttl"
                : "/article?format=ttl&id=" + Html.urlPart(articleId);
    }

    /**
     * The article's graph as Turtle, written to {@code out} as it is made (an article of many megabytes is not
     * copied into a string first); false, with nothing written, when the store holds no such article.
     */
    boolean turtle(String articleId, Supplier<OutputStream> out) {
        Model m = reader.read(() -> reader.construct("web-article-graph", graph(articleId)));
        if (m.isEmpty()) {
            return false;
        }
        m.setNsPrefixes(PrefixMapping.Standard);
        m.setNsPrefixes(NG.PREFIXES);
        RDFDataMgr.write(out.get(), m, RDFFormat.TURTLE_PRETTY);
        return true;
    }
}
