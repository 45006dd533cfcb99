package org.newsgraph.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The page of one person, organization or place: its names, roles, meetings, quotations, the articles
 * that name it, its neighbourhood as a graph and a timeline. Every fact links to its evidence in the
 * article page.
 */
final class EntityPage {

    /** Most nodes drawn in the neighbourhood picture; beyond that it stops being readable. */
    static final int MAX_NODES = 150;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphReader reader;
    private final SummaryViews summaries;

    EntityPage(GraphReader reader) {
        this.reader = reader;
        this.summaries = new SummaryViews(reader);
    }

    /** A role fact, with the article that states it. */
    record Role(String fact, Ref article, String person, String personName, String role, String organization,
                String organizationName, String qualifier, double confidence, int begin, int end) {
    }

    /** A meeting, with its participants (IRI to name and kind). */
    record Meeting(String fact, Ref article, String kind, String status, String date, String location,
                   String locationName, Map<String, String[]> participants, double confidence, int begin, int end) {
    }

    /** The article a fact was read from. */
    record Ref(String id, String published, String headline) {
        String day() {
            return published == null ? "" : HomePage.day(published);
        }
    }

    /** The page, or null when the store knows nothing of {@code iri}. */
    String render(String iri) {
        return reader.read(() -> {
            Map<String, RDFNode> bind = Map.of("entity", ResourceFactory.createResource(iri));
            Set<String> labels = new TreeSet<>();
            Set<String> aliases = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            for (Row r : reader.select("entity-names", bind)) {
                add(labels, r.str("label"));
                add(aliases, r.str("alias"));
                if (r.iri("type") != null) {
                    types.add(Html.localName(r.iri("type")));
                }
            }
            if (labels.isEmpty() && types.isEmpty()) {
                return null;
            }
            aliases.removeAll(labels);
            String name = labels.isEmpty() ? iri : labels.iterator().next();
            String kind = types.contains("person") ? "person" : types.contains("organization") ? "organization"
                    : types.contains("place") ? "place" : "thing";
            List<Role> roles = roles(reader.select("entity-roles", bind));
            List<Meeting> meetings = meetings(reader.select("entity-meetings", bind),
                    reader.select("entity-meeting-participants", bind));
            List<Row> quotes = reader.select("entity-quotes", bind);
            List<Row> articles = reader.select("entity-articles", bind);

            StringBuilder b = new StringBuilder(16_384);
            b.append("<article class=\"entity\" data-iri=\"").append(Html.esc(iri)).append("\">");
            b.append("<h1><span class=\"dot t-").append(kind).append("\"></span><span id=\"entity-name\">")
                    .append(Html.esc(name)).append("</span></h1>");
            b.append("<dl class=\"names\"><dt>Type</dt><dd id=\"entity-types\">")
                    .append(Html.esc(String.join(", ", types))).append("</dd>");
            if (labels.size() > 1) {
                b.append("<dt>Also labelled</dt><dd>").append(Html.esc(String.join("; ", labels))).append("</dd>");
            }
            b.append("<dt>Aliases</dt><dd id=\"entity-aliases\">")
                    .append(aliases.isEmpty() ? "<span class=\"muted\">none</span>" : Html.esc(String.join("; ", aliases)))
                    .append("</dd><dt>IRI</dt><dd><code>").append(Html.esc(iri)).append("</code></dd></dl>");

            b.append("<div class=\"entity-grid\"><section class=\"picture\"><h2>Neighbourhood</h2>")
                    .append("<div id=\"graph\" class=\"graph\" role=\"img\" aria-label=\"Graph of the people, ")
                    .append("organizations and meetings around ").append(Html.esc(name)).append("\"></div>")
                    .append("<script type=\"application/json\" id=\"graph-data\">")
                    .append(graphJson(iri, name, kind, roles, meetings))
                    .append("</script><p class=\"muted legend\">Drag to move, scroll to zoom, click a name to open ")
                    .append("its page, a meeting to open its evidence.</p></section>");
            timeline(b, roles, meetings);
            b.append("</div>");

            if (kind.equals("person")) {
                summaries.roleTimeline(b, iri);
            }
            rolesSection(b, iri, roles);
            meetingsSection(b, iri, meetings);
            quotesSection(b, quotes);
            b.append("<section><h2>Articles (").append(articles.size()).append(")</h2><ul class=\"articles\" id=\"articles\">");
            for (Row r : articles) {
                HomePage.articleItem(b, r);
            }
            b.append("</ul></section></article>");
            return Html.page(name, "entity-page", b.toString(), "/static/echarts.min.js", "/static/entity-graph.js");
        });
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static Ref ref(Row r) {
        return new Ref(r.str("article"), r.str("published"), r.str("headline"));
    }

    static List<Role> roles(List<Row> rows) {
        Map<String, Role> byFact = new LinkedHashMap<>();
        for (Row r : rows) {
            byFact.putIfAbsent(r.iri("membership"), new Role(r.iri("membership"), ref(r), r.iri("person"),
                    r.str("personName"), r.str("role"), r.iri("organization"), r.str("organizationName"),
                    Html.localName(r.iri("qualifier")), r.number("confidence"), r.integer("begin"), r.integer("end")));
        }
        return List.copyOf(byFact.values());
    }

    static List<Meeting> meetings(List<Row> rows, List<Row> participantRows) {
        Map<String, Meeting> byFact = new LinkedHashMap<>();
        for (Row r : rows) {
            byFact.computeIfAbsent(r.iri("meeting"), k -> new Meeting(k, ref(r), r.str("kind"),
                    Html.localName(r.iri("status")), r.str("date"), r.iri("location"), r.str("locationName"),
                    new LinkedHashMap<>(), r.number("confidence"), r.integer("begin"), r.integer("end")));
        }
        for (Row r : participantRows) {
            Meeting m = byFact.get(r.iri("meeting"));
            String kind = Html.entityKind(r.iri("participantType"));
            if (m == null || (kind.equals("thing") && m.participants().containsKey(r.iri("participant")))) {
                continue;
            }
            String[] known = m.participants().get(r.iri("participant"));
            if (known == null || known[1].equals("thing")) {
                m.participants().put(r.iri("participant"), new String[] {r.str("participantName"), kind});
            }
        }
        return List.copyOf(byFact.values());
    }

    private static String evidenceLink(Ref a, int begin, int end) {
        return "<a class=\"evidence\" href=\"" + Html.esc(Html.evidenceHref(a.id(), begin, end)) + "\" title=\""
                + Html.esc(a.headline() != null ? a.headline() : a.id()) + "\">" + Html.esc(a.id()) + "</a>";
    }

    private static void rolesSection(StringBuilder b, String iri, List<Role> roles) {
        b.append("<section><h2>Roles (").append(roles.size()).append(")</h2>");
        if (roles.isEmpty()) {
            b.append("<p class=\"muted\">No role stated in the articles.</p></section>");
            return;
        }
        b.append("<table class=\"facts\" id=\"roles\"><thead><tr><th>Stated</th><th>Person</th><th>Role</th>")
                .append("<th>Organization</th><th></th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>");
        for (Role r : roles) {
            b.append("<tr class=\"role\"><td>").append(Html.esc(r.article().day())).append("</td><td class=\"person\">")
                    .append(iri.equals(r.person()) ? Html.esc(r.personName()) : Html.entityLink(r.person(), r.personName()))
                    .append("</td><td class=\"role-name\">").append(Html.esc(r.role())).append("</td><td class=\"organization\">")
                    .append(r.organization() == null || iri.equals(r.organization()) ? Html.esc(r.organizationName())
                            : Html.entityLink(r.organization(), r.organizationName()))
                    .append("</td><td class=\"qualifier\">")
                    .append("current".equals(r.qualifier()) ? "" : Html.esc(r.qualifier()))
                    .append("</td><td class=\"num\">").append(Html.confidence(r.confidence())).append("</td><td>")
                    .append(evidenceLink(r.article(), r.begin(), r.end())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void meetingsSection(StringBuilder b, String iri, List<Meeting> meetings) {
        b.append("<section><h2>Meetings (").append(meetings.size()).append(")</h2>");
        if (meetings.isEmpty()) {
            b.append("<p class=\"muted\">No meeting reported in the articles.</p></section>");
            return;
        }
        b.append("<table class=\"facts\" id=\"meetings\"><thead><tr><th>Date</th><th>What</th><th>Participants</th>")
                .append("<th>Where</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>");
        for (Meeting m : meetings) {
            b.append("<tr class=\"meeting\" data-meeting=\"").append(Html.esc(m.fact())).append("\"><td>")
                    .append(m.date() != null ? Html.esc(m.date())
                            : "<span class=\"muted\" title=\"published\">" + Html.esc(m.article().day()) + "</span>")
                    .append("</td><td>").append(Html.esc(m.kind()));
            if ("planned".equals(m.status())) {
                b.append(" <span class=\"badge\">planned</span>");
            }
            b.append("</td><td class=\"participants\">");
            List<String> links = new ArrayList<>();
            m.participants().forEach((p, nk) -> links.add("<span class=\"participant\">"
                    + (iri.equals(p) ? Html.esc(nk[0]) : Html.entityLink(p, nk[0])) + "</span>"));
            b.append(String.join(", ", links)).append("</td><td class=\"location\">")
                    .append(m.location() == null || iri.equals(m.location()) ? Html.esc(m.locationName())
                            : Html.entityLink(m.location(), m.locationName()))
                    .append("</td><td class=\"num\">").append(Html.confidence(m.confidence())).append("</td><td>")
                    .append(evidenceLink(m.article(), m.begin(), m.end())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static void quotesSection(StringBuilder b, List<Row> quotes) {
        b.append("<section><h2>Quotations (").append(quotes.size()).append(")</h2>");
        if (quotes.isEmpty()) {
            b.append("<p class=\"muted\">No quotation found.</p></section>");
            return;
        }
        b.append("<ul class=\"quotes\" id=\"quotes\">");
        for (Row r : quotes) {
            Ref a = ref(r);
            b.append("<li><blockquote>").append(Html.esc(r.str("text"))).append("</blockquote><p>— ")
                    .append(Html.entityLink(r.iri("speaker"), r.str("speakerName")));
            if (r.str("verb") != null) {
                b.append(", ").append(Html.esc(r.str("verb")));
            }
            if (r.iri("addressee") != null) {
                b.append(" to ").append(Html.entityLink(r.iri("addressee"), r.str("addresseeName")));
            }
            int begin = r.integer("begin") >= 0 ? r.integer("begin") : r.integer("quoteBegin");
            int end = r.integer("begin") >= 0 ? r.integer("end") : r.integer("quoteEnd");
            b.append(" · ").append(Html.esc(a.day())).append(" · ").append(evidenceLink(a, begin, end))
                    .append(" <span class=\"muted\">").append(Html.confidence(r.number("confidence")))
                    .append("</span></p></li>");
        }
        b.append("</ul></section>");
    }

    /** Roles (on the day they were stated) and meetings (on their date, else the day reported), in order. */
    private static void timeline(StringBuilder b, List<Role> roles, List<Meeting> meetings) {
        record Item(String day, boolean reported, String kind, String html) {
        }
        List<Item> items = new ArrayList<>();
        for (Role r : roles) {
            String who = r.personName() + ": " + r.role() + (r.organizationName() != null ? ", " + r.organizationName() : "");
            items.add(new Item(r.article().day(), true, "role", Html.esc(who)
                    + ("current".equals(r.qualifier()) ? "" : " <span class=\"badge\">" + Html.esc(r.qualifier()) + "</span>")
                    + " " + evidenceLink(r.article(), r.begin(), r.end())));
        }
        for (Meeting m : meetings) {
            List<String> names = new ArrayList<>();
            m.participants().values().forEach(nk -> names.add(nk[0]));
            String what = m.kind() + (names.isEmpty() ? "" : ": " + String.join(", ", names))
                    + (m.locationName() != null ? " in " + m.locationName() : "");
            items.add(new Item(m.date() != null ? m.date() : m.article().day(), m.date() == null, "meeting",
                    Html.esc(what) + ("planned".equals(m.status()) ? " <span class=\"badge\">planned</span>" : "")
                            + " " + evidenceLink(m.article(), m.begin(), m.end())));
        }
        items.sort(Comparator.comparing(Item::day));
        b.append("<section class=\"timeline\"><h2>Timeline</h2>");
        if (items.isEmpty()) {
            b.append("<p class=\"muted\">No dated role or meeting yet.</p></section>");
            return;
        }
        b.append("<ol class=\"timeline\" id=\"timeline\">");
        for (Item it : items) {
            b.append("<li class=\"tl-").append(it.kind()).append("\"><time").append(it.reported()
                    ? " class=\"reported\" title=\"day of the article\"" : "").append('>')
                    .append(Html.esc(it.day())).append("</time><span class=\"tl-kind\">").append(it.kind())
                    .append("</span> ").append(it.html()).append("</li>");
        }
        b.append("</ol></section>");
    }

    /**
     * The neighbourhood as JSON for the picture: the entity, the people and organizations it shares a role
     * with, its meetings with their participants and places. Safe inside a script element: {@code <},
     * {@code >} and {@code &} are written as JSON escapes.
     */
    static String graphJson(String iri, String name, String kind, List<Role> roles, List<Meeting> meetings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode edges = root.putArray("edges");
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        Set<String> edgeKeys = new LinkedHashSet<>();
        node(nodes, byId, iri, name, kind, Html.entityHref(iri)).put("center", true);
        for (Role r : roles) {
            if (byId.size() >= MAX_NODES) {
                break;
            }
            node(nodes, byId, r.person(), r.personName(), "person", Html.entityHref(r.person()));
            if (r.organization() != null) {
                node(nodes, byId, r.organization(), r.organizationName(),
                        Html.kindOfIri(r.organization(), "organization"), Html.entityHref(r.organization()));
                edge(edges, edgeKeys, r.person(), r.organization(), r.role());
            }
        }
        for (Meeting m : meetings) {
            if (byId.size() >= MAX_NODES) {
                break;
            }
            String label = m.kind() + (m.date() != null ? " " + m.date() : "");
            node(nodes, byId, m.fact(), label, "meeting", Html.evidenceHref(m.article().id(), m.begin(), m.end()));
            m.participants().forEach((p, nk) -> {
                node(nodes, byId, p, nk[0], nk[1], Html.entityHref(p));
                edge(edges, edgeKeys, p, m.fact(), "takes part");
            });
            if (m.location() != null) {
                node(nodes, byId, m.location(), m.locationName(), "place", Html.entityHref(m.location()));
                edge(edges, edgeKeys, m.fact(), m.location(), "at");
            }
        }
        String json;
        try {
            json = JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static ObjectNode node(ArrayNode nodes, Map<String, ObjectNode> byId, String id, String label,
                                   String kind, String href) {
        return byId.computeIfAbsent(id, k -> {
            ObjectNode n = nodes.addObject();
            n.put("id", k);
            n.put("label", label == null ? k : label);
            n.put("kind", kind);
            n.put("href", href);
            return n;
        });
    }

    private static void edge(ArrayNode edges, Set<String> keys, String source, String target, String label) {
        if (keys.add(source + "\n" + target + "\n" + label)) {
            ObjectNode e = edges.addObject();
            e.put("source", source);
            e.put("target", target);
            e.put("label", label);
        }
    }
}
