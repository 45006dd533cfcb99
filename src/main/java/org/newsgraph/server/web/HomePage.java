package org.newsgraph.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.jsoup.nodes.Element;

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
        Glance shown = g;
        Row stats = shown.stats();
        int articles = Math.max(0, stats.integer("articles"));
        return Html.page("Home", "home", main -> {
            Element glance = main.appendElement("section").addClass("glance");
            glance.appendElement("h1").text("The news graph at a glance");
            Element counts = glance.appendElement("p").addClass("counts");
            counts.appendElement("strong").id("article-count").text(Integer.toString(articles));
            counts.appendText(articles == 1 ? " article" : " articles");
            if (stats.str("first") != null) {
                counts.appendText(", published ");
                counts.appendElement("span").id("date-range").text(stats.str("first") + " – " + stats.str("last"));
            }
            Element columns = main.appendElement("div").addClass("columns");
            top(columns, "People named most", "person", shown.people());
            top(columns, "Organizations named most", "organization", shown.organizations());
            top(columns, "Places named most", "place", shown.places());
            Element latest = main.appendElement("section");
            latest.appendElement("h2").text("Latest articles");
            Element list = latest.appendElement("ul").addClass("articles").id("latest");
            for (Row r : shown.latest()) {
                articleItem(list, r);
            }
        });
    }

    private List<Row> top(String typeIri) {
        Map<String, RDFNode> bind = Map.of("type", ResourceFactory.createResource(typeIri));
        return reader.select("web-home-top-entities", bind);
    }

    private static void top(Element parent, String title, String kind, List<Row> rows) {
        Element section = parent.appendElement("section").addClass("top-entities");
        section.appendElement("h2").text(title);
        Element list = section.appendElement("ol").id("top-" + kind);
        for (Row r : rows) {
            Element li = list.appendElement("li");
            Html.dot(li, kind);
            Html.entityLink(li, r.iri("entity"), r.str("name"));
            li.appendText(" ");
            Html.span(li, "muted", Integer.toString(r.integer("articles")));
        }
        if (rows.isEmpty()) {
            list.appendElement("li").addClass("muted").text("none yet");
        }
    }

    /** An article as an item of a list: its headline as a link to its page, and its day. */
    static void articleItem(Element list, Row r) {
        String id = r.str("article");
        String headline = r.str("headline") != null ? r.str("headline") : id;
        Element li = list.appendElement("li");
        li.appendElement("a").attr("href", Html.articleHref(id)).text(headline);
        if (r.str("published") != null) {
            li.appendText(" ");
            Html.span(li, "muted", day(r.str("published")));
        }
    }

    /** The day of an xsd:date or xsd:dateTime lexical form. */
    static String day(String published) {
        return published.length() > 10 ? published.substring(0, 10) : published;
    }

    /**
     * The search results for {@code q}: names and aliases that start with it, or have a word that does. The
     * search box of the page keeps what was typed.
     */
    String search(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return Html.page("Search", "search", main -> {
                main.appendElement("h1").text("Names matching “”");
                main.appendElement("p").text("Type the start of a name.");
            });
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<Row> rows = reader.read(() -> reader.select("web-search",
                Map.of("q", ResourceFactory.createPlainLiteral(needle))));
        return Html.page("Search: " + query, "search", query, main -> {
            main.appendElement("h1").text("Names matching “" + query + "”");
            Element list = main.appendElement("ul").addClass("results").id("results");
            for (Row r : rows) {
                String kind = Html.entityKind(r.iri("type"));
                Element li = list.appendElement("li").addClass("result");
                Html.dot(li, kind);
                Html.entityLink(li, r.iri("entity"), r.str("name"));
                li.appendText(" ");
                String match = r.str("match");
                Html.span(li, "muted", kind + (match != null && !match.equals(r.str("name"))
                        ? ", also “" + match + "”" : ""));
            }
            if (rows.isEmpty()) {
                main.appendElement("p").addClass("muted").id("no-results")
                        .text("No person, organization or place by that name.");
            }
        });
    }
}
