package org.newsgraph.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.newsgraph.rdf.NG;

/**
 * Building blocks of the pages: escaping (every string that comes from the store or the request is
 * untrusted and goes through {@link #esc}), links to the pages, and the common page frame.
 */
final class Html {

    private Html() {
    }

    /** Escapes text for an HTML text node or a quoted attribute value: {@code & < > " '}. */
    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
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

    /** An entity's name as a link to its page. */
    static String entityLink(String iri, String name) {
        if (iri == null) {
            return esc(name);
        }
        return "<a href=\"" + esc(entityHref(iri)) + "\">" + esc(name == null ? iri : name) + "</a>";
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

    /** Wraps a page body in the common frame: head, navigation with the search box, footer. */
    static String page(String title, String bodyClass, String body, String... scripts) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · newsgraph</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/newsgraph.css\">");
        for (String s : scripts) {
            sb.append("<script defer src=\"").append(esc(s)).append("\"></script>");
        }
        sb.append("</head><body class=\"").append(esc(bodyClass)).append("\">")
                .append("<header class=\"top\"><a class=\"brand\" href=\"/\">newsgraph</a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"Find a person, organization or place\" ")
                .append("aria-label=\"Search names\" autocomplete=\"off\">")
                .append("<button type=\"submit\">Search</button></form>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/conflicts\">Conflicts</a> <a href=\"/sparql-ui\">SPARQL</a></nav></header>")
                .append("<main>").append(body).append("</main>")
                .append("<footer>Facts read automatically from news text: each links to the sentence it was ")
                .append("read from. Read-only view of the SPARQL endpoint <code>/newsgraph/sparql</code>.</footer>")
                .append("</body></html>\n");
        return sb.toString();
    }
}
