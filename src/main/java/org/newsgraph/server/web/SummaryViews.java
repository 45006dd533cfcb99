package org.newsgraph.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;
import org.jsoup.nodes.Element;

/**
 * The views over the summaries of what many articles agree on: on an entity's page, its roles across the
 * articles in time order with their support ({@code queries/timeline.rq}); and the page of conflicts
 * ({@code /conflicts}, {@code queries/conflicts.rq}), each with the two evidence sentences.
 */
final class SummaryViews {

    private final GraphReader reader;

    SummaryViews(GraphReader reader) {
        this.reader = reader;
    }

    /** A person's role summaries in time order. Call inside {@link GraphReader#read}. */
    List<Row> timelineRows(String personIri) {
        return reader.select("timeline", Map.of("person", ResourceFactory.createResource(personIri)));
    }

    /**
     * Appends the section of a person's roles across articles: each role summary in time order, with the days
     * it was first and last stated, how many articles and outlets state it. Nothing when there is none.
     */
    static void roleTimeline(Element parent, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Element section = parent.appendElement("section");
        section.appendElement("h2").text("Roles across articles (" + rows.size() + ")");
        Element table = section.appendElement("table").addClass("facts").id("role-summaries");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("From", "To", "Role", "Organization", "Articles", "Outlets")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Row r : rows) {
            Element tr = body.appendElement("tr").addClass("role-summary");
            tr.appendElement("td").addClass("first").text(day(r.str("first")));
            tr.appendElement("td").addClass("last").text(day(r.str("last")));
            tr.appendElement("td").addClass("role-name").text(nullToEmpty(r.str("role")));
            tr.appendElement("td").addClass("organization").text(nullToEmpty(r.str("organization")));
            tr.appendElement("td").addClass("support").text(String.valueOf(r.integer("articles")));
            tr.appendElement("td").addClass("outlets").text(String.valueOf(r.integer("outlets")));
        }
        section.appendElement("p").addClass("muted").text("One row per role summary: the same role stated by "
                + "several articles, from the first to the last publication day; \"former X\" is a row of its own.");
    }

    /** The conflicts page: every conflict with what each side states and an evidence sentence for each. */
    String conflicts() {
        List<Row> rows = reader.read(() -> reader.select("conflicts", Map.of()));
        return Html.page("Conflicts", "conflicts-page", main -> {
            Element h1 = main.appendElement("h1").text("Where articles disagree (");
            h1.appendElement("span").id("conflict-count").text(String.valueOf(rows.size()));
            h1.appendText(")");
            main.appendElement("p").addClass("muted").text("A meeting reported at two places or on two days, or two "
                    + "people stated to hold one single-holder office of one body at the same time; each side with a "
                    + "sentence from an article that states it.");
            if (rows.isEmpty()) {
                main.appendElement("p").addClass("muted").id("no-conflicts").text("No conflict among the articles.");
                return;
            }
            Element table = main.appendElement("table").addClass("facts").id("conflicts");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String h : List.of("Kind", "About", "One side", "Other side")) {
                head.appendElement("th").text(h);
            }
            Element body = table.appendElement("tbody");
            for (Row r : rows) {
                Element tr = body.appendElement("tr").addClass("conflict");
                tr.appendElement("td").addClass("kind").text(kind(r.iri("kind")));
                tr.appendElement("td").addClass("subject").text(nullToEmpty(r.str("subject")));
                side(tr, "side-a", "evidence-a", r.str("a"), r.str("evidenceA"));
                side(tr, "side-b", "evidence-b", r.str("b"), r.str("evidenceB"));
            }
        });
    }

    private static void side(Element tr, String cssClass, String evidenceClass, String what, String evidence) {
        Element td = tr.appendElement("td").addClass(cssClass);
        td.appendElement("strong").text(nullToEmpty(what));
        td.appendElement("blockquote").addClass(evidenceClass).text(nullToEmpty(evidence));
    }

    private static String kind(String iri) {
        String local = iri == null ? "" : Html.localName(iri);
        return switch (local.toLowerCase(Locale.ROOT)) {
            case "officeconflict" -> "office";
            case "meetingplaceconflict" -> "meeting place";
            case "meetingdateconflict" -> "meeting date";
            default -> local;
        };
    }

    private static String day(String date) {
        return date == null ? "" : HomePage.day(date);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
