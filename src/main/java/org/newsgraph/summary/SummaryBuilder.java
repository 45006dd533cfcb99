package org.newsgraph.summary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the summaries graph ({@link NG#SUMMARIES}) a function of the articles in the store: one role summary per
 * person, role, organization and qualifier, one meeting summary per set of participants, place and date, each
 * with the per-article facts that support it, and the conflicts between them (see {@link ConflictRules}).
 *
 * <p>{@link #update} redoes only what some articles touch: the summaries derived from them before (read from
 * the summaries graph) and the ones their facts support now, each from every article in the store that
 * supports it; and the conflicts of those summaries' scopes (one office of one organization, one set of
 * participants). Since every summary is computed from all its facts, in a fixed order, the result is the
 * same whatever order articles came in, and the same as {@link #rebuild}, which redoes everything. Both read
 * first and then write in one transaction; they expect no other writer meanwhile (the ingestor is the only one).
 */
public final class SummaryBuilder {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.summary");

    /** Rows per VALUES block of the queries that read the touched facts by person, role or summary. */
    static final int CHUNK = 512;

    private static final List<String> QUALIFIERS = List.of(NG.Current.getURI(), NG.Former.getURI(),
            NG.Incoming.getURI(), NG.Acting.getURI());

    private final NewsStore store;
    private final Offices offices;

    public SummaryBuilder(NewsStore store) {
        this.store = store;
        this.offices = Offices.bundled();
    }

    /** What an update wrote: role and meeting summaries and conflicts, and whether it redid everything. */
    public record Result(int roles, int meetings, int conflicts, boolean rebuilt) {
        public static final Result NONE = new Result(0, 0, 0, false);
    }

    /**
     * Brings the summaries up to date after the articles whose graphs are named in {@code articleGraphs} were
     * added, replaced or removed. When they are half the store or more, everything is redone instead.
     */
    public Result update(Collection<String> articleGraphs) {
        if (articleGraphs.isEmpty()) {
            return Result.NONE;
        }
        List<List<RDFNode>> graphs = new TreeSet<>(articleGraphs).stream()
                .map(g -> List.<RDFNode>of(ResourceFactory.createResource(g))).toList();
        if (2L * graphs.size() >= store.articleCount()) {
            return rebuild();
        }
        Set<RoleKey.Group> groups = new HashSet<>();
        Set<MeetingKey> meetings = new HashSet<>();
        // What the summaries graph derived from these articles before...
        Map<String, MeetingParts> derived = new HashMap<>();
        rows("summary-derived", List.of("g"), graphs, r -> {
            if (r.contains("person")) {
                groups.add(new RoleKey.Group(uri(r, "person"), uri(r, "role"), uri(r, "organization")));
            }
            if (r.contains("participant")) {
                derived.computeIfAbsent(uri(r, "summary"), k -> new MeetingParts(uri(r, "location"), date(r)))
                        .participants.add(uri(r, "participant"));
            }
        });
        derived.values().forEach(p -> meetings.add(p.key()));
        // ... and what they state now.
        roleFacts("summary-role-facts", List.of("g"), graphs).forEach(f -> groups.add(f.key().group()));
        meetingFacts("summary-meeting-facts", List.of("g"), graphs).forEach(f -> meetings.add(f.key()));
        return redo(groups, meetings);
    }

    /** Redoes every summary and conflict from the articles in the store. */
    public Result rebuild() {
        List<Summary.Role> roles = Summaries.roles(roleFacts("summary-role-facts", List.of(), null));
        List<Summary.Meeting> meetings = Summaries.meetings(meetingFacts("summary-meeting-facts", List.of(), null));
        Map<List<String>, List<Summary.Role>> byOffice = new HashMap<>();
        for (Summary.Role r : roles) {
            List<String> scope = officeScope(r.key().group());
            if (scope != null) {
                byOffice.computeIfAbsent(scope, k -> new ArrayList<>()).add(r);
            }
        }
        Map<List<String>, List<Summary.Meeting>> byParticipants = new HashMap<>();
        meetings.forEach(m -> byParticipants.computeIfAbsent(m.key().participants(), k -> new ArrayList<>()).add(m));
        List<Conflict> conflicts = new ArrayList<>();
        byOffice.values().forEach(holders -> conflicts.addAll(ConflictRules.offices(holders)));
        byParticipants.values().forEach(same -> conflicts.addAll(ConflictRules.meetings(same)));
        Map<String, String> labels = preferredLabels(null);
        store.replaceNodes(NG.SUMMARIES, null, models(roles, meetings, conflicts, labels));
        LOG.info("summaries rebuilt: {} roles, {} meetings, {} conflicts", roles.size(), meetings.size(),
                conflicts.size());
        return new Result(roles.size(), meetings.size(), conflicts.size(), true);
    }

    /** Redoes the summaries of some role groups and meeting keys, and the conflicts of their scopes. */
    private Result redo(Set<RoleKey.Group> groups, Set<MeetingKey> meetingKeys) {
        // Role summaries of the touched groups, from every article that states them.
        List<List<RDFNode>> pairs = groups.stream().map(g -> List.of(g.person(), g.role())).distinct().sorted(
                java.util.Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)))
                .map(p -> List.<RDFNode>of(resource(p.get(0)), resource(p.get(1)))).toList();
        List<Stated<RoleKey>> roleFacts = new ArrayList<>();
        roleFacts("summary-role-facts", List.of("person", "role"), pairs).forEach(f -> {
            if (groups.contains(f.key().group())) {
                roleFacts.add(f);
            }
        });
        List<Summary.Role> roles = Summaries.roles(roleFacts);

        // Meeting summaries of the touched keys; every meeting of their first participants is read, which holds
        // every meeting of the same participants (the scope of their conflicts).
        List<List<RDFNode>> anchors = meetingKeys.stream().map(k -> k.participants().get(0)).distinct().sorted()
                .map(a -> List.<RDFNode>of(resource(a))).toList();
        List<Stated<MeetingKey>> anchored = meetingFacts("summary-meeting-facts-with", List.of("anchor"), anchors);
        List<Summary.Meeting> all = Summaries.meetings(anchored);
        List<Summary.Meeting> meetings = all.stream().filter(m -> meetingKeys.contains(m.key())).toList();

        // Conflicts of the touched scopes, from all the summaries in them.
        Set<String> scopeSummaries = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        Set<List<String>> officeScopes = new LinkedHashSet<>();
        groups.forEach(g -> {
            List<String> scope = officeScope(g);
            if (scope != null) {
                officeScopes.add(scope);
            }
        });
        List<List<RDFNode>> officeRoles = new ArrayList<>();
        for (List<String> scope : officeScopes) {
            for (String role : offices.roles(scope.get(0))) {
                officeRoles.add(List.of(resource(role), resource(scope.get(1))));
            }
        }
        Map<List<String>, List<Stated<RoleKey>>> officeFacts = new HashMap<>();
        roleFacts("summary-office-facts", List.of("role", "organization"), officeRoles).forEach(f -> {
            if (f.key().current()) {
                officeFacts.computeIfAbsent(officeScope(f.key().group()), k -> new ArrayList<>()).add(f);
            }
        });
        officeFacts.values().forEach(facts -> {
            List<Summary.Role> holders = Summaries.roles(facts);
            holders.forEach(h -> scopeSummaries.add(h.iri()));
            conflicts.addAll(ConflictRules.offices(holders));
        });
        Set<List<String>> participantScopes = new HashSet<>();
        meetingKeys.forEach(k -> participantScopes.add(k.participants()));
        Map<List<String>, List<Summary.Meeting>> byParticipants = new HashMap<>();
        all.stream().filter(m -> participantScopes.contains(m.key().participants()))
                .forEach(m -> byParticipants.computeIfAbsent(m.key().participants(), k -> new ArrayList<>()).add(m));
        byParticipants.values().forEach(same -> {
            same.forEach(m -> scopeSummaries.add(m.iri()));
            conflicts.addAll(ConflictRules.meetings(same));
        });

        // Replace: every node the touched keys may have had, and every conflict of the scopes' summaries.
        Set<String> subjects = new HashSet<>();
        for (RoleKey.Group g : groups) {
            for (String q : QUALIFIERS) {
                subjects.addAll(SummaryMapper.subjects(g.with(q)));
                scopeSummaries.add(g.with(q).iri());
            }
        }
        meetingKeys.forEach(k -> {
            subjects.add(k.iri());
            scopeSummaries.add(k.iri());
        });
        List<List<RDFNode>> sides = scopeSummaries.stream().sorted().map(s -> List.<RDFNode>of(resource(s))).toList();
        rows("summary-conflicts-of", List.of("summary"), sides, r -> subjects.add(uri(r, "conflict")));
        // The preferred labels of every entity of the touched keys, from every article where it takes part in one.
        Set<String> entities = new TreeSet<>();
        groups.forEach(g -> {
            entities.add(g.person());
            entities.add(g.role());
            if (g.organization() != null) {
                entities.add(g.organization());
            }
        });
        meetingKeys.forEach(k -> {
            entities.addAll(k.participants());
            if (k.location() != null) {
                entities.add(k.location());
            }
        });
        subjects.addAll(entities);
        Map<String, String> labels = preferredLabels(entities.stream().map(e -> List.<RDFNode>of(resource(e))).toList());
        store.replaceNodes(NG.SUMMARIES, subjects, models(roles, meetings, conflicts, labels));
        LOG.info("summaries updated: {} roles, {} meetings, {} conflicts", roles.size(), meetings.size(),
                conflicts.size());
        return new Result(roles.size(), meetings.size(), conflicts.size(), false);
    }

    /** The office and organization a role group's conflicts are found among, or null when it has none. */
    private List<String> officeScope(RoleKey.Group g) {
        String office = offices.officeOf(g.role(), g.organization());
        return office == null ? null : List.of(office, g.organization());
    }

    private static Stream<org.apache.jena.rdf.model.Model> models(List<Summary.Role> roles,
            List<Summary.Meeting> meetings, List<Conflict> conflicts, Map<String, String> labels) {
        return Stream.of(
                roles.stream().map(r -> SummaryMapper.map(List.of(r), List.of(), List.of())),
                meetings.stream().map(m -> SummaryMapper.map(List.of(), List.of(m), List.of())),
                Stream.of(SummaryMapper.map(List.of(), List.of(), conflicts)),
                Stream.of(SummaryMapper.labels(labels))).flatMap(s -> s);
    }

    /**
     * The preferred label of each entity taking part in a role or meeting fact ({@link PreferredLabels}), of the
     * entities in {@code values} (every such entity when null).
     */
    private Map<String, String> preferredLabels(List<List<RDFNode>> values) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        rows("summary-labels", List.of("entity"), values, r -> counts.computeIfAbsent(uri(r, "entity"),
                k -> new HashMap<>()).merge(r.getLiteral("label").getLexicalForm(), r.getLiteral("articles").getInt(),
                Integer::sum));
        Map<String, String> out = new HashMap<>();
        counts.forEach((entity, byLabel) -> {
            String label = PreferredLabels.choose(byLabel);
            if (entity != null && label != null) {
                out.put(entity, label);
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ reading facts

    private List<Stated<RoleKey>> roleFacts(String query, List<String> vars, List<List<RDFNode>> values) {
        List<Stated<RoleKey>> out = new ArrayList<>();
        rows(query, vars, values, r -> out.add(new Stated<>(
                new RoleKey(uri(r, "person"), uri(r, "role"), uri(r, "organization"), uri(r, "qualifier")),
                support(r, false))));
        return out;
    }

    private List<Stated<MeetingKey>> meetingFacts(String query, List<String> vars, List<List<RDFNode>> values) {
        Map<String, MeetingParts> byFact = new LinkedHashMap<>();
        rows(query, vars, values, r -> byFact.computeIfAbsent(uri(r, "fact"), k -> {
            MeetingParts parts = new MeetingParts(uri(r, "location"), date(r));
            parts.support = support(r, uri(r, "status").equals(NG.Planned.getURI()));
            return parts;
        }).participants.add(uri(r, "participant")));
        List<Stated<MeetingKey>> out = new ArrayList<>();
        byFact.values().forEach(p -> out.add(new Stated<>(p.key(), p.support)));
        return out;
    }

    /** A meeting's key as it is read, row by row (one per participant). */
    private static final class MeetingParts {
        final Set<String> participants = new TreeSet<>();
        final String location;
        final String date;
        Support support;

        MeetingParts(String location, String date) {
            this.location = location;
            this.date = date;
        }

        MeetingKey key() {
            return new MeetingKey(List.copyOf(participants), location, date);
        }
    }

    /**
     * Runs a bundled query restricted to the rows of {@code values} over {@code vars} (not at all when {@code values}
     * is null), and hands every row of the results to {@code action} as it is read. Article graphs ({@code ?g}) are
     * bound one run at a time: TDB2 evaluates a {@code GRAPH ?g} pattern joined to a VALUES table of graphs over
     * every graph in the store (25.8 s for 10 articles of a 1,300-article store, against 0.1 s run by run). Other
     * variables go in VALUES blocks of {@link #CHUNK} rows, which TDB2 joins by index, faster than many runs.
     */
    private void rows(String query, List<String> vars, List<List<RDFNode>> values, Consumer<QuerySolution> action) {
        var q = Queries.bundled(query);
        if (values == null) {
            store.read(q, qe -> {
                qe.execSelect().forEachRemaining(action);
                return null;
            });
        } else if (vars.equals(List.of("g"))) {
            store.readEach(q, values.stream().map(row -> Map.of("g", row.get(0))).toList(), action);
        } else {
            for (int i = 0; i < values.size(); i += CHUNK) {
                List<List<? extends RDFNode>> block = new ArrayList<>(values.subList(i, Math.min(values.size(), i + CHUNK)));
                store.read(Queries.withValues(q, vars, block), qe -> {
                    qe.execSelect().forEachRemaining(action);
                    return null;
                });
            }
        }
    }

    private static Support support(QuerySolution r, boolean planned) {
        return new Support(uri(r, "fact"), uri(r, "g"), day(r.get("published")), uri(r, "outlet"),
                r.getLiteral("confidence").getDouble(), planned);
    }

    private static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    /** A meeting's date as {@code lexical^^datatype}, or null. */
    private static String date(QuerySolution r) {
        RDFNode n = r.get("date");
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        return l.getLexicalForm() + "^^" + l.getDatatypeURI();
    }

    /** The day of a publication date ({@code xsd:date} or {@code xsd:dateTime}), or null. */
    private static LocalDate day(RDFNode published) {
        if (published == null || !published.isLiteral()) {
            return null;
        }
        String lexical = published.asLiteral().getLexicalForm();
        try {
            return LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
