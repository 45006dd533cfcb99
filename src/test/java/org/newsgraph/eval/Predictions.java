package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * What the system says about a set's articles: the rows of the four contract queries ({@code queries/roles.rq},
 * {@code entities.rq}, {@code meetings.rq}, {@code dates.rq}), with the variables DESIGN.md names.
 */
record Predictions(List<RoleRow> roles, List<EntityRow> entities, List<MeetingRow> meetings, List<DateRow> dates) {

    /** A row of {@code roles.rq}; {@code organization} is empty when none is stated. */
    record RoleRow(String article, String person, String role, String organization) {
    }

    /** A row of {@code entities.rq}; {@code type} is the local name of the type's IRI: Person, Organization, Place. */
    record EntityRow(String article, String name, String type) {
    }

    /** A row of {@code meetings.rq}; {@code location} and {@code date} are empty when not stated. */
    record MeetingRow(String article, String meeting, String participant, String location, String date) {
    }

    /** A row of {@code dates.rq}; {@code value} is the lexical form, empty when the expression has none. */
    record DateRow(String article, String text, int begin, int end, String value) {
    }

    Predictions {
        roles = List.copyOf(roles);
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        dates = List.copyOf(dates);
    }

    /** The rows of the four contract queries over everything in the store. */
    static Predictions read(NewsStore store) {
        List<RoleRow> roles = rows(store, "roles", s -> new RoleRow(text(s, "article"), text(s, "person"),
                text(s, "role"), text(s, "organization")));
        List<EntityRow> entities = rows(store, "entities", s -> new EntityRow(text(s, "article"), text(s, "name"),
                localName(s.getResource("type").getURI())));
        List<MeetingRow> meetings = rows(store, "meetings", s -> new MeetingRow(text(s, "article"),
                s.get("meeting").toString(), text(s, "participant"), text(s, "location"), day(text(s, "date"))));
        List<DateRow> dates = rows(store, "dates", s -> new DateRow(text(s, "article"), text(s, "text"),
                s.getLiteral("begin").getInt(), s.getLiteral("end").getInt(), text(s, "value")));
        return new Predictions(roles, entities, meetings, dates);
    }

    private static <R> List<R> rows(NewsStore store, String query, Function<QuerySolution, R> row) {
        List<R> out = new ArrayList<>();
        ResultSetRewindable rs = store.select(Queries.bundled(query));
        while (rs.hasNext()) {
            out.add(row.apply(rs.next()));
        }
        return out;
    }

    /** A variable's lexical form or label, empty when unbound. */
    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** The day of an {@code xsd:date} lexical form, without a time zone ("2025-03-10Z" gives 2025-03-10). */
    private static String day(String date) {
        return date.length() > 10 ? date.substring(0, 10) : date;
    }

    private static String localName(String iri) {
        for (String type : List.of("Person", "Organization", "Place")) {
            if (iri.endsWith(type)) {
                return type;
            }
        }
        return iri;
    }

    /**
     * The gold itself as predictions, built from the first element of every list (canonical names, {@code role[0]},
     * the first org, the first location): ANNOTATION.md requires such an output to be entirely right, so the
     * scorers must give it precision and recall 1.
     */
    static Predictions of(GoldSet gold) {
        List<RoleRow> roles = new ArrayList<>();
        List<EntityRow> entities = new ArrayList<>();
        List<MeetingRow> meetings = new ArrayList<>();
        List<DateRow> dates = new ArrayList<>();
        for (GoldSet.Article a : gold.articles()) {
            for (GoldSet.Role r : a.roles()) {
                roles.add(new RoleRow(a.id(), r.person().get(0), r.roles().get(0),
                        r.orgs() == null ? "" : r.orgs().get(0)));
            }
            for (GoldSet.Entity e : a.entities()) {
                entities.add(new EntityRow(a.id(), e.names().get(0), e.type()));
            }
            for (int i = 0; i < a.meetings().size(); i++) {
                GoldSet.Meeting m = a.meetings().get(i);
                String id = a.id() + "#meeting" + i;
                String location = m.location().isEmpty() ? "" : m.location().get(0);
                String date = m.date() == null ? "" : m.date();
                List<List<String>> slots = new ArrayList<>(m.participants());
                slots.addAll(m.optionalParticipants());
                if (m.sessionBody() != null) {
                    slots.add(m.sessionBody());
                }
                for (List<String> slot : slots) {
                    meetings.add(new MeetingRow(a.id(), id, slot.get(0), location, date));
                }
            }
            for (GoldSet.DateExpression d : a.dates()) {
                dates.add(new DateRow(a.id(), d.text(), d.begin(), d.end(), d.value()));
            }
        }
        return new Predictions(roles, entities, meetings, dates);
    }
}
