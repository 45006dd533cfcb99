package org.newsgraph.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.newsgraph.rdf.NG;

/**
 * Building blocks of the pages, on jsoup's element API: text goes in with {@link Element#text} or
 * {@link Element#appendText} and attribute values with {@link Element#attr}, and jsoup escapes both when it
 * writes the page, so a string from the store or the request can never become markup. Nothing here builds HTML
 * by appending strings. Also: links to the pages, and the common page frame.
 */
final class Html {

    private Html() {
    }

    /** Encodes one URL path segment or query value. */
    static String urlPart(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The page of an entity: {@code /entity/person/marco-rubio} for newsgraph's own IRIs. */
    static String entityHref(String iri) {
        if (iri.startsWith(NG.DATA)) {
            String key = iri.substring(NG.DATA.length());
            StringBuilder sb = new StringBuilder("/entity");
            for (String part : key.split("/", -1)) {
                sb.append('/').append(urlPart(part));
            }
            return sb.toString();
        }
        return "/entity?iri=" + urlPart(iri);
    }

    /**
     * The page of an article: {@code /article/ID}, or {@code /article?id=ID} for an id that a path cannot
     * carry unambiguously (a slash, a backslash, a percent sign, a dot segment).
     */
    static String articleHref(String articleId) {
        if (pathSafe(articleId)) {
            return "/article/" + urlPart(articleId);
        }
        return "/article?id=" + urlPart(articleId);
    }

    static boolean pathSafe(String id) {
        return !(id.contains("/") || id.contains("\\") || id.contains("%") || id.equals(".") || id.equals("..")
                || id.endsWith(".ttl"));
    }

    /** The article page anchored at the evidence span [begin, end). */
    static String evidenceHref(String articleId, int begin, int end) {
        String href = articleHref(articleId);
        return begin >= 0 && end > begin ? href + "#" + evidenceId(begin, end) : href;
    }

    /** The id of the anchor of an evidence span in the article page. */
    static String evidenceId(int begin, int end) {
        return "ev-" + begin + "-" + end;
    }

    /** Appends an entity's name to {@code parent}, as a link to its page when its IRI is known. */
    static void entityLink(Element parent, String iri, String name) {
        if (iri == null) {
            parent.appendText(name == null ? "" : name);
        } else {
            parent.appendElement("a").attr("href", entityHref(iri)).text(name == null ? iri : name);
        }
    }

    /** Appends {@code text} in an element of {@code tag} with a class, and returns it. */
    static Element span(Element parent, String cssClass, String text) {
        return parent.appendElement("span").addClass(cssClass).text(text == null ? "" : text);
    }

    /** Appends a coloured dot for an entity kind ({@code person}, {@code place}...). */
    static void dot(Element parent, String kind) {
        parent.appendElement("span").addClass("dot").addClass("t-" + kind);
    }

    /** A confidence in [0,1] as shown: two decimals, or empty when unknown. */
    static String confidence(double c) {
        return Double.isNaN(c) ? "" : String.format(Locale.ROOT, "%.2f", c);
    }

    /** The local name of a vocabulary IRI ({@code Person}, {@code Planned}), lower case. */
    static String localName(String iri) {
        if (iri == null) {
            return "";
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind of an entity from its type IRI: person, organization, place, or thing. */
    static String entityKind(String typeIri) {
        String n = localName(typeIri);
        return switch (n) {
            case "person", "organization", "place" -> n;
            case "country" -> "place";
            default -> "thing";
        };
    }

    /**
     * The kind of an entity read from its IRI, where newsgraph minted it: the key's folder
     * ({@code id/place/estoria} is a place). Used where a query gives the IRI but not the type.
     */
    static String kindOfIri(String iri, String fallback) {
        if (iri != null && iri.startsWith(NG.DATA)) {
            String key = iri.substring(NG.DATA.length());
            int slash = key.indexOf('/');
            String folder = slash > 0 ? key.substring(0, slash) : "";
            if (folder.equals("person") || folder.equals("organization") || folder.equals("place")) {
                return folder;
            }
        }
        return fallback;
    }

    /** A page in the common frame; {@code content} fills its {@code <main>}. */
    static String page(String title, String bodyClass, Consumer<Element> content, String... scripts) {
        return page(title, bodyClass, "", content, scripts);
    }

    /**
     * A page in the common frame (head, navigation with the search box, footer), written out as HTML.
     *
     * @param searchText what the search box shows: the query of a search results page, else empty
     * @param content    fills the page's {@code <main>}
     * @param scripts    this server's script addresses, loaded deferred
     */
    static String page(String title, String bodyClass, String searchText, Consumer<Element> content, String... scripts) {
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · newsgraph");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/newsgraph.css");
        for (String s : scripts) {
            head.appendElement("script").attr("defer", true).attr("src", s);
        }
        Element body = html.appendElement("body").addClass(bodyClass);
        Element top = body.appendElement("header").addClass("top");
        top.appendElement("a").addClass("brand").attr("href", "/").text("newsgraph");
        Element search = top.appendElement("form").addClass("search").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        search.appendElement("input").attr("type", "search").attr("name", "q").attr("value", searchText)
                .attr("placeholder", "Find a person, organization or place").attr("aria-label", "Search names")
                .attr("autocomplete", "off");
        search.appendElement("button").attr("type", "submit").text("Search");
        Element nav = top.appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Home");
        nav.appendText(" ");
        nav.appendElement("a").attr("href", "/conflicts").text("Conflicts");
        nav.appendText(" ");
        nav.appendElement("a").attr("href", "/sparql-ui").text("SPARQL");
        content.accept(body.appendElement("main"));
        Element footer = body.appendElement("footer");
        footer.appendText("Facts read automatically from news text: each links to the sentence it was read from. "
                + "Read-only view of the SPARQL endpoint ");
        footer.appendElement("code").text("/newsgraph/sparql");
        footer.appendText(".");
        return doc.outerHtml() + "\n";
    }
}
