package org.newsgraph.server.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.NG;

/**
 * The page of one article: its text with names, dates and fact evidence marked at their character offsets,
 * and the facts read from it beside the text, each with its confidence and a link to its evidence.
 */
final class ArticlePage {

    private final GraphReader reader;
    private final String datasetPath;

    ArticlePage(GraphReader reader, String datasetPath) {
        this.reader = reader;
        this.datasetPath = datasetPath;
    }

    private static Map<String, RDFNode> graph(String articleId) {
        return Map.of("g", ResourceFactory.createResource(NG.articleIri(articleId)));
    }

    /** The page, or null when the store holds no such article. */
    String render(String articleId) {
        return reader.read(() -> {
            List<Row> head = reader.select("web-article", graph(articleId));
            if (head.isEmpty()) {
                return null;
            }
            Row a = head.get(0);
            String text = a.str("body") != null ? a.str("body") : "";
            List<Row> spans = reader.select("web-article-spans", graph(articleId));
            List<Row> facts = reader.select("web-article-facts", graph(articleId));

            List<Highlighter.Mark> marks = new ArrayList<>();
            for (Row s : spans) {
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
            for (Row f : facts) {
                evidence.add(new Highlighter.Evidence(f.integer("begin"), f.integer("end"), kind(f)));
            }

            String headline = a.str("headline") != null ? a.str("headline") : articleId;
            StringBuilder b = new StringBuilder(text.length() * 3 + 8192);
            b.append("<div class=\"article-grid\"><article class=\"article\" data-id=\"").append(Html.esc(articleId))
                    .append("\"><h1 id=\"headline\">").append(Html.esc(headline)).append("</h1><p class=\"meta\">");
            List<String> meta = new ArrayList<>();
            if (a.str("published") != null) {
                meta.add("<time>" + Html.esc(a.str("published")) + "</time>");
            }
            if (a.str("source") != null) {
                meta.add(Html.esc(a.str("source")));
            }
            if (a.str("authors") != null && !a.str("authors").isEmpty()) {
                meta.add("by " + Html.esc(a.str("authors")));
            }
            if (a.str("url") != null && isWebAddress(a.str("url"))) {
                meta.add("<a rel=\"noopener noreferrer nofollow\" href=\"" + Html.esc(a.str("url")) + "\">original</a>");
            }
            meta.add("<code>" + Html.esc(articleId) + "</code>");
            meta.add("<a id=\"turtle\" href=\"" + Html.esc(turtleHref(articleId)) + "\">graph as Turtle</a>");
            meta.add("<a href=\"" + Html.esc(datasetPath + "/get?graph=" + Html.urlPart(NG.articleIri(articleId)))
                    + "\">via Graph Store</a>");
            b.append(String.join(" · ", meta)).append("</p>");
            b.append("<p class=\"legend muted\"><span class=\"mention t-person\">person</span> ")
                    .append("<span class=\"mention t-organization\">organization</span> ")
                    .append("<span class=\"mention t-place\">place</span> <span class=\"mention t-date\">date</span> ")
                    .append("<span class=\"ev k-role\">role evidence</span> <span class=\"ev k-meeting\">meeting ")
                    .append("evidence</span> <span class=\"ev k-quote\">quotation evidence</span></p>");
            b.append("<div class=\"article-text\" id=\"article-text\">")
                    .append(Highlighter.render(text, marks, evidence)).append("</div></article>");
            factsAside(b, facts);
            b.append("</div>");
            return Html.page(headline, "article-page", b.toString(), "/static/article.js");
        });
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

    private static void factsAside(StringBuilder b, List<Row> facts) {
        b.append("<aside class=\"facts-aside\"><h2>Facts read (").append(facts.size()).append(")</h2>");
        if (facts.isEmpty()) {
            b.append("<p class=\"muted\">No role, meeting or quotation was read from this article.</p></aside>");
            return;
        }
        b.append("<ol class=\"fact-list\" id=\"facts\">");
        for (Row f : facts) {
            String kind = kind(f);
            int begin = f.integer("begin");
            int end = f.integer("end");
            b.append("<li class=\"fact k-").append(kind).append("\" data-ev=\"").append(Html.evidenceId(begin, end))
                    .append("\"><span class=\"fact-kind\">").append(kind).append("</span> ");
            switch (kind) {
                case "role" -> {
                    b.append(Html.entityLink(f.iri("member"), f.str("memberName"))).append(" — <strong>")
                            .append(Html.esc(f.str("role"))).append("</strong>");
                    if (f.iri("organization") != null) {
                        b.append(", ").append(Html.entityLink(f.iri("organization"), f.str("organizationName")));
                    }
                    String q = Html.localName(f.iri("qualifier"));
                    if (!q.isEmpty() && !q.equals("current")) {
                        b.append(" <span class=\"badge\">").append(Html.esc(q)).append("</span>");
                    }
                }
                case "meeting" -> {
                    b.append("<strong>").append(Html.esc(f.str("meetingKind"))).append("</strong>");
                    if (f.str("participants") != null && !f.str("participants").isEmpty()) {
                        b.append(": ").append(Html.esc(f.str("participants")));
                    }
                    if (f.str("location") != null) {
                        b.append(" in ").append(Html.esc(f.str("location")));
                    }
                    if (f.str("date") != null) {
                        b.append(" on ").append(Html.esc(f.str("date")));
                    }
                    if ("planned".equals(Html.localName(f.iri("status")))) {
                        b.append(" <span class=\"badge\">planned</span>");
                    }
                }
                default -> {
                    b.append(Html.entityLink(f.iri("speaker"), f.str("speakerName")));
                    if (f.str("verb") != null) {
                        b.append(' ').append(Html.esc(f.str("verb")));
                    }
                    b.append(": “").append(Html.esc(f.str("text"))).append('”');
                }
            }
            b.append(" <a class=\"evidence\" href=\"#").append(Html.evidenceId(begin, end))
                    .append("\">evidence</a> <span class=\"confidence\" title=\"confidence\">")
                    .append(Html.confidence(f.number("confidence"))).append("</span></li>");
        }
        b.append("</ol></aside>");
    }

    static String turtleHref(String articleId) {
        return Html.pathSafe(articleId) ? "/article/" + Html.urlPart(articleId) + ".ttl"
                : "/article?format=ttl&id=" + Html.urlPart(articleId);
    }

    /** The article's graph as Turtle, or null when the store holds no such article. */
    String turtle(String articleId) {
        Model m = reader.read(() -> reader.construct("web-article-graph", graph(articleId)));
        if (m.isEmpty()) {
            return null;
        }
        m.setNsPrefixes(PrefixMapping.Standard);
        m.setNsPrefixes(NG.PREFIXES);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }
}
