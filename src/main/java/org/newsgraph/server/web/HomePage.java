package org.newsgraph.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.NG;

/** The home page (the corpus at a glance) and the search results page. */
final class HomePage {

    private final GraphReader reader;

    HomePage(GraphReader reader) {
        this.reader = reader;
    }

    /** How long the home page's counts are reused before they are read again. */
    static final java.time.Duration FRESH_FOR = java.time.Duration.ofSeconds(60);

    /** What the home page shows, read in one transaction. */
    private record Glance(Row stats, List<Row> people, List<Row> organizations, List<Row> places, List<Row> latest,
                          long readAt) {
    }

    private volatile Glance cached;

    /**
     * The home page. Its counts are aggregates over every article (they grow with the corpus), so they are
     * read at most once a minute; the served store is read-only unless updates were allowed, so they only
     * lag behind updates, never behind ingests (the store is locked to the server while it runs).
     */
    String render() {
        Glance g = cached;
        if (g == null || System.nanoTime() - g.readAt() > FRESH_FOR.toNanos()) {
            g = reader.read(() -> new Glance(reader.select("web-home-stats", Map.of()).get(0),
                    top(SchemaDO.Person.getURI()), top(SchemaDO.Organization.getURI()),
                    top(SchemaDO.Place.getURI()), reader.select("web-home-latest", Map.of()), System.nanoTime()));
            cached = g;
        }
        Row stats = g.stats();
        StringBuilder b = new StringBuilder();
        int articles = stats.integer("articles");
        b.append("<section class=\"glance\"><h1>The news graph at a glance</h1><p class=\"counts\">")
                .append("<strong id=\"article-count\">").append(Math.max(0, articles)).append("</strong> articles");
        if (stats.str("first") != null) {
            b.append(", published <span id=\"date-range\">").append(Html.esc(stats.str("first")))
                    .append(" – ").append(Html.esc(stats.str("last"))).append("</span>");
        }
        b.append("</p></section><div class=\"columns\">");
        top(b, "People named most", "person", g.people());
        top(b, "Organizations named most", "organization", g.organizations());
        top(b, "Places named most", "place", g.places());
        b.append("</div><section><h2>Latest articles</h2><ul class=\"articles\" id=\"latest\">");
        for (Row r : g.latest()) {
            articleItem(b, r);
        }
        b.append("</ul></section>");
        return Html.page("Home", "home", b.toString());
    }

    private List<Row> top(String typeIri) {
        Map<String, RDFNode> bind = Map.of("type", ResourceFactory.createResource(typeIri));
        return reader.select("web-home-top-entities", bind);
    }

    private static void top(StringBuilder b, String title, String kind, List<Row> rows) {
        b.append("<section class=\"top-entities\"><h2>").append(Html.esc(title)).append("</h2><ol id=\"top-")
                .append(kind).append("\">");
        for (Row r : rows) {
            b.append("<li><span class=\"dot t-").append(kind).append("\"></span>")
                    .append(Html.entityLink(r.iri("entity"), r.str("name")))
                    .append(" <span class=\"muted\">").append(r.integer("articles")).append("</span></li>");
        }
        if (rows.isEmpty()) {
            b.append("<li class=\"muted\">none yet</li>");
        }
        b.append("</ol></section>");
    }

    static void articleItem(StringBuilder b, Row r) {
        String id = r.str("article");
        String headline = r.str("headline") != null ? r.str("headline") : id;
        b.append("<li><a href=\"").append(Html.esc(Html.articleHref(id))).append("\">").append(Html.esc(headline))
                .append("</a>");
        if (r.str("published") != null) {
            b.append(" <span class=\"muted\">").append(Html.esc(day(r.str("published")))).append("</span>");
        }
        b.append("</li>");
    }

    /** The day of an xsd:date or xsd:dateTime lexical form. */
    static String day(String published) {
        return published.length() > 10 ? published.substring(0, 10) : published;
    }

    /** The search results for {@code q}: names and aliases that start with it, or have a word that does. */
    String search(String q) {
        String query = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Names matching “").append(Html.esc(query)).append("”</h1>");
        if (query.isEmpty()) {
            b.append("<p>Type the start of a name.</p>");
            return Html.page("Search", "search", b.toString());
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<Row> rows = reader.read(() -> reader.select("web-search",
                Map.of("q", ResourceFactory.createPlainLiteral(needle))));
        b.append("<ul class=\"results\" id=\"results\">");
        for (Row r : rows) {
            String kind = Html.entityKind(r.iri("type"));
            b.append("<li class=\"result\"><span class=\"dot t-").append(kind).append("\"></span>")
                    .append(Html.entityLink(r.iri("entity"), r.str("name")))
                    .append(" <span class=\"muted\">").append(kind);
            String match = r.str("match");
            if (match != null && !match.equals(r.str("name"))) {
                b.append(", also “").append(Html.esc(match)).append('”');
            }
            b.append("</span></li>");
        }
        b.append("</ul>");
        if (rows.isEmpty()) {
            b.append("<p class=\"muted\" id=\"no-results\">No person, organization or place by that name.</p>");
        }
        return Html.page("Search: " + query, "search", b.toString());
    }
}
