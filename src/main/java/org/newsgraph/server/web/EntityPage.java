package org.newsgraph.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

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

    /** What the page shows of an entity, read in one transaction. */
    private record Read(Set<String> labels, String preferred, Set<String> aliases, Set<String> types,
                        List<Role> roles, List<Held> held, List<Meeting> meetings, List<Row> quotes, List<Row> articles,
                        List<Row> timeline) {
    }

    /**
     * A role summary the entity takes part in: a role across the articles that state it, from the first to the
     * last publication day, with the facts that support it.
     */
    record Held(String summary, String person, String personName, String role, String organization,
                String organizationName, String qualifier, String first, String last, int articles, int outlets,
                String endedBefore, List<String> facts) {
    }

    /** The page, or null when the store knows nothing of {@code iri}. */
    String render(String iri) {
        Read read = reader.read(() -> {
            Map<String, RDFNode> bind = Map.of("entity", ResourceFactory.createResource(iri));
            Set<String> labels = new TreeSet<>();
            Set<String> aliases = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            Set<String> preferred = new TreeSet<>();
            for (Row r : reader.select("entity-names", bind)) {
                add(labels, r.str("label"));
                add(preferred, r.str("preferred"));
                add(aliases, r.str("alias"));
                if (r.iri("type") != null) {
                    types.add(Html.localName(r.iri("type")));
                }
            }
            if (labels.isEmpty() && types.isEmpty()) {
                return null;
            }
            aliases.removeAll(labels);
            List<Row> timeline = types.contains("person") ? summaries.timelineRows(iri) : List.of();
            return new Read(labels, preferred.isEmpty() ? null : preferred.iterator().next(), aliases, types,
                    roles(reader.select("entity-roles", bind)), held(reader.select("entity-role-summaries", bind)),
                    meetings(reader.select("entity-meetings", bind), reader.select("entity-meeting-participants", bind)),
                    reader.select("entity-quotes", bind), reader.select("entity-articles", bind), timeline);
        });
        if (read == null) {
            return null;
        }
        String name = read.preferred() != null ? read.preferred()
                : read.labels().isEmpty() ? iri : read.labels().iterator().next();
        Set<String> types = read.types();
        String kind = types.contains("person") ? "person" : types.contains("organization") ? "organization"
                : types.contains("place") ? "place" : "thing";
        return Html.page(name, "entity-page", main -> {
            Element article = main.appendElement("article").addClass("entity").attr("data-iri", iri);
            Element h1 = article.appendElement("h1");
            Html.dot(h1, kind);
            h1.appendElement("span").id("entity-name").text(name);
            Element names = article.appendElement("dl").addClass("names");
            names.appendElement("dt").text("Type");
            names.appendElement("dd").id("entity-types").text(String.join(", ", types));
            if (read.labels().size() > 1) {
                names.appendElement("dt").text("Also labelled");
                names.appendElement("dd").text(String.join("; ", read.labels()));
            }
            names.appendElement("dt").text("Aliases");
            Element aliases = names.appendElement("dd").id("entity-aliases");
            if (read.aliases().isEmpty()) {
                Html.span(aliases, "muted", "none");
            } else {
                aliases.text(String.join("; ", read.aliases()));
            }
            names.appendElement("dt").text("IRI");
            names.appendElement("dd").appendElement("code").text(iri);

            Element grid = article.appendElement("div").addClass("entity-grid");
            Element picture = grid.appendElement("section").addClass("picture");
            picture.appendElement("h2").text("Neighbourhood");
            picture.appendElement("div").id("graph").addClass("graph").attr("role", "img").attr("aria-label",
                    "Graph of the people, organizations and meetings around " + name);
            picture.appendElement("script").attr("type", "application/json").id("graph-data")
                    .appendChild(new DataNode(graphJson(iri, name, kind, read.roles(), read.meetings())));
            picture.appendElement("p").addClass("muted").addClass("legend").text("Drag to move, scroll to zoom, click a "
                    + "name to open its page, a meeting to open its evidence.");
            timeline(grid, read.held(), read.roles(), read.meetings());

            SummaryViews.roleTimeline(article, read.timeline());
            rolesSection(article, iri, read.roles());
            meetingsSection(article, iri, read.meetings());
            quotesSection(article, read.quotes());
            Element articles = article.appendElement("section");
            articles.appendElement("h2").text("Articles (" + read.articles().size() + ")");
            Element list = articles.appendElement("ul").addClass("articles").id("articles");
            for (Row r : read.articles()) {
                HomePage.articleItem(list, r);
            }
        }, "/static/echarts.min.js", "/static/entity-graph.js");
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

    /** The role summaries of {@code entity-role-summaries.rq}, in its order (first seen earlier first). */
    static List<Held> held(List<Row> rows) {
        Map<String, Held> bySummary = new LinkedHashMap<>();
        for (Row r : rows) {
            bySummary.computeIfAbsent(r.iri("summary"), k -> new Held(k, r.iri("person"), r.str("personName"),
                    r.str("role"), r.iri("organization"), r.str("organizationName"), Html.localName(r.iri("qualifier")),
                    r.str("first"), r.str("last"), r.integer("articles"), r.integer("outlets"), r.str("endedBefore"),
                    new ArrayList<>())).facts().add(r.iri("fact"));
        }
        return List.copyOf(bySummary.values());
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

    private static void evidenceLink(Element parent, Ref a, int begin, int end) {
        parent.appendElement("a").addClass("evidence").attr("href", Html.evidenceHref(a.id(), begin, end))
                .attr("title", a.headline() != null ? a.headline() : a.id()).text(a.id());
    }

    /** A name, as a link unless it is the page's own entity. */
    private static void other(Element parent, String pageIri, String iri, String name) {
        if (pageIri.equals(iri)) {
            parent.appendText(name == null ? "" : name);
        } else {
            Html.entityLink(parent, iri, name);
        }
    }

    private static void rolesSection(Element parent, String iri, List<Role> roles) {
        Element section = parent.appendElement("section");
        section.appendElement("h2").text("Roles (" + roles.size() + ")");
        if (roles.isEmpty()) {
            section.appendElement("p").addClass("muted").text("No role stated in the articles.");
            return;
        }
        Element table = section.appendElement("table").addClass("facts").id("roles");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : new String[] {"Stated", "Person", "Role", "Organization", "", "Confidence", "Evidence"}) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Role r : roles) {
            Element tr = body.appendElement("tr").addClass("role");
            tr.appendElement("td").text(r.article().day());
            other(tr.appendElement("td").addClass("person"), iri, r.person(), r.personName());
            tr.appendElement("td").addClass("role-name").text(r.role() == null ? "" : r.role());
            Element org = tr.appendElement("td").addClass("organization");
            if (r.organization() == null) {
                org.text(r.organizationName() == null ? "" : r.organizationName());
            } else {
                other(org, iri, r.organization(), r.organizationName());
            }
            tr.appendElement("td").addClass("qualifier").text("current".equals(r.qualifier()) ? "" : r.qualifier());
            tr.appendElement("td").addClass("num").text(Html.confidence(r.confidence()));
            evidenceLink(tr.appendElement("td"), r.article(), r.begin(), r.end());
        }
    }

    private static void meetingsSection(Element parent, String iri, List<Meeting> meetings) {
        Element section = parent.appendElement("section");
        section.appendElement("h2").text("Meetings (" + meetings.size() + ")");
        if (meetings.isEmpty()) {
            section.appendElement("p").addClass("muted").text("No meeting reported in the articles.");
            return;
        }
        Element table = section.appendElement("table").addClass("facts").id("meetings");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : new String[] {"Date", "What", "Participants", "Where", "Confidence", "Evidence"}) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Meeting m : meetings) {
            Element tr = body.appendElement("tr").addClass("meeting").attr("data-meeting", m.fact());
            Element date = tr.appendElement("td");
            if (m.date() != null) {
                date.text(m.date());
            } else {
                Html.span(date, "muted", m.article().day()).attr("title", "published");
            }
            Element what = tr.appendElement("td").text(m.kind() == null ? "" : m.kind());
            if ("planned".equals(m.status())) {
                what.appendText(" ");
                Html.span(what, "badge", "planned");
            }
            Element participants = tr.appendElement("td").addClass("participants");
            boolean first = true;
            for (var p : m.participants().entrySet()) {
                if (!first) {
                    participants.appendText(", ");
                }
                first = false;
                other(participants.appendElement("span").addClass("participant"), iri, p.getKey(), p.getValue()[0]);
            }
            Element location = tr.appendElement("td").addClass("location");
            if (m.location() == null) {
                location.text(m.locationName() == null ? "" : m.locationName());
            } else {
                other(location, iri, m.location(), m.locationName());
            }
            tr.appendElement("td").addClass("num").text(Html.confidence(m.confidence()));
            evidenceLink(tr.appendElement("td"), m.article(), m.begin(), m.end());
        }
    }

    private static void quotesSection(Element parent, List<Row> quotes) {
        Element section = parent.appendElement("section");
        section.appendElement("h2").text("Quotations (" + quotes.size() + ")");
        if (quotes.isEmpty()) {
            section.appendElement("p").addClass("muted").text("No quotation found.");
            return;
        }
        Element list = section.appendElement("ul").addClass("quotes").id("quotes");
        for (Row r : quotes) {
            Ref a = ref(r);
            Element li = list.appendElement("li");
            li.appendElement("blockquote").text(r.str("text") == null ? "" : r.str("text"));
            Element p = li.appendElement("p").appendText("— ");
            Html.entityLink(p, r.iri("speaker"), r.str("speakerName"));
            if (r.str("verb") != null) {
                p.appendText(", " + r.str("verb"));
            }
            if (r.iri("addressee") != null) {
                p.appendText(" to ");
                Html.entityLink(p, r.iri("addressee"), r.str("addresseeName"));
            }
            int begin = r.integer("begin") >= 0 ? r.integer("begin") : r.integer("quoteBegin");
            int end = r.integer("begin") >= 0 ? r.integer("end") : r.integer("quoteEnd");
            p.appendText(" · " + a.day() + " · ");
            evidenceLink(p, a, begin, end);
            p.appendText(" ");
            Html.span(p, "muted", Html.confidence(r.number("confidence")));
        }
    }

    /**
     * Roles and meetings in time order. A role is its summary across the articles: from the first to the last
     * day an article states it, with how many articles and outlets do, and a link to the evidence of the first.
     * A meeting is on its date, else on the day it was reported.
     */
    private static void timeline(Element parent, List<Held> held, List<Role> roles, List<Meeting> meetings) {
        record Item(String day, boolean reported, String kind, Consumer<Element> content) {
        }
        Map<String, Role> byFact = new HashMap<>();
        roles.forEach(r -> byFact.put(r.fact(), r));
        List<Item> items = new ArrayList<>();
        for (Held h : held) {
            Role first = h.facts().stream().map(byFact::get).filter(java.util.Objects::nonNull)
                    .min(Comparator.comparing((Role r) -> r.article().day()).thenComparing(r -> r.article().id())
                            .thenComparingInt(Role::begin)).orElse(null);
            String from = h.first() != null ? HomePage.day(h.first()) : first != null ? first.article().day() : "";
            String to = h.last() != null ? HomePage.day(h.last()) : from;
            String who = h.personName() + ": " + h.role()
                    + (h.organizationName() != null ? ", " + h.organizationName() : "");
            items.add(new Item(from, false, "role", li -> {
                li.appendText(who);
                if (!"current".equalsIgnoreCase(h.qualifier())) {
                    li.appendText(" ");
                    Html.span(li, "badge", h.qualifier().toLowerCase(java.util.Locale.ROOT));
                }
                if (!to.equals(from)) {
                    li.appendText(" ");
                    Html.span(li, "tl-until", "to " + to);
                }
                li.appendText(" ");
                Html.span(li, "tl-support", h.articles() + (h.articles() == 1 ? " article" : " articles") + ", "
                        + h.outlets() + (h.outlets() == 1 ? " outlet" : " outlets"));
                if (h.endedBefore() != null) {
                    li.appendText(" ");
                    Html.span(li, "tl-ended", "former by " + HomePage.day(h.endedBefore()));
                }
                if (first != null) {
                    li.appendText(" ");
                    evidenceLink(li, first.article(), first.begin(), first.end());
                }
            }));
        }
        for (Meeting m : meetings) {
            List<String> names = new ArrayList<>();
            m.participants().values().forEach(nk -> names.add(nk[0]));
            String what = m.kind() + (names.isEmpty() ? "" : ": " + String.join(", ", names))
                    + (m.locationName() != null ? " in " + m.locationName() : "");
            items.add(new Item(m.date() != null ? m.date() : m.article().day(), m.date() == null, "meeting", li -> {
                li.appendText(what);
                if ("planned".equals(m.status())) {
                    li.appendText(" ");
                    Html.span(li, "badge", "planned");
                }
                li.appendText(" ");
                evidenceLink(li, m.article(), m.begin(), m.end());
            }));
        }
        items.sort(Comparator.comparing(Item::day));
        Element section = parent.appendElement("section").addClass("timeline");
        section.appendElement("h2").text("Timeline");
        if (items.isEmpty()) {
            section.appendElement("p").addClass("muted").text("No dated role or meeting yet.");
            return;
        }
        Element list = section.appendElement("ol").addClass("timeline").id("timeline");
        for (Item it : items) {
            Element li = list.appendElement("li").addClass("tl-" + it.kind());
            Element time = li.appendElement("time").text(it.day());
            if (it.reported()) {
                time.addClass("reported").attr("title", "day of the article");
            }
            Html.span(li, "tl-kind", it.kind());
            li.appendText(" ");
            it.content().accept(li);
        }
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
