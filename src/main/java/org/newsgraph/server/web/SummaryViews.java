package org.newsgraph.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;

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

    /**
     * Appends the section of a person's roles across articles: each role summary in time order, with the days
     * it was first and last stated, how many articles and outlets state it. Nothing when no summary names them.
     * Call inside {@link GraphReader#read}.
     */
    void roleTimeline(StringBuilder b, String personIri) {
        List<Row> rows = reader.select("timeline", Map.of("person", ResourceFactory.createResource(personIri)));
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section><h2>Roles across articles (").append(rows.size()).append(")</h2>")
                .append("<table class=\"facts\" id=\"role-summaries\"><thead><tr><th>From</th><th>To</th><th>Role</th>")
                .append("<th>Organization</th><th>Articles</th><th>Outlets</th></tr></thead><tbody>");
        for (Row r : rows) {
            b.append("<tr class=\"role-summary\"><td class=\"first\">").append(Html.esc(day(r.str("first"))))
                    .append("</td><td class=\"last\">").append(Html.esc(day(r.str("last"))))
                    .append("</td><td class=\"role-name\">").append(Html.esc(r.str("role")))
                    .append("</td><td class=\"organization\">").append(Html.esc(nullToEmpty(r.str("organization"))))
                    .append("</td><td class=\"support\">").append(r.integer("articles"))
                    .append("</td><td class=\"outlets\">").append(r.integer("outlets")).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"muted\">One row per role summary: the same role stated by several ")
                .append("articles, from the first to the last publication day; \"former X\" is a row of its own.</p>")
                .append("</section>");
    }

    /** The conflicts page: every conflict with what each side states and an evidence sentence for each. */
    String conflicts() {
        return reader.read(() -> {
            List<Row> rows = reader.select("conflicts", Map.of());
            StringBuilder b = new StringBuilder(8_192);
            b.append("<h1>Where articles disagree (<span id=\"conflict-count\">").append(rows.size())
                    .append("</span>)</h1><p class=\"muted\">A meeting reported at two places or on two days, or two ")
                    .append("people stated to hold one single-holder office of one body at the same time; each side ")
                    .append("with a sentence from an article that states it.</p>");
            if (rows.isEmpty()) {
                b.append("<p class=\"muted\" id=\"no-conflicts\">No conflict among the articles.</p>");
                return Html.page("Conflicts", "conflicts-page", b.toString());
            }
            b.append("<table class=\"facts\" id=\"conflicts\"><thead><tr><th>Kind</th><th>About</th><th>One side</th>")
                    .append("<th>Other side</th></tr></thead><tbody>");
            for (Row r : rows) {
                b.append("<tr class=\"conflict\"><td class=\"kind\">").append(Html.esc(kind(r.iri("kind"))))
                        .append("</td><td class=\"subject\">").append(Html.esc(r.str("subject")))
                        .append("</td><td class=\"side-a\"><strong>").append(Html.esc(nullToEmpty(r.str("a"))))
                        .append("</strong><blockquote class=\"evidence-a\">").append(Html.esc(r.str("evidenceA")))
                        .append("</blockquote></td><td class=\"side-b\"><strong>").append(Html.esc(nullToEmpty(r.str("b"))))
                        .append("</strong><blockquote class=\"evidence-b\">").append(Html.esc(r.str("evidenceB")))
                        .append("</blockquote></td></tr>");
            }
            b.append("</tbody></table>");
            return Html.page("Conflicts", "conflicts-page", b.toString());
        });
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
