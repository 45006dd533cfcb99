package org.newsgraph.summary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.VocabularyMapper;

/**
 * Maps summaries and conflicts to triples for the summaries graph, as {@code ontology/newsgraph.ttl}
 * describes them. Every node is an IRI derived from the summary's key (an interval and its instants from
 * their summary's IRI), so the nodes of one summary are found, and replaced, by their subjects.
 */
final class SummaryMapper {

    private SummaryMapper() {
    }

    /** The subjects a role summary's triples hang from: the summary, its interval and the interval's instants. */
    static Set<String> subjects(RoleKey key) {
        String iri = key.iri();
        return Set.of(iri, iri + "#during", iri + "#begin", iri + "#end");
    }

    static Model map(Collection<Summary.Role> roles, Collection<Summary.Meeting> meetings,
                     Collection<Conflict> conflicts) {
        Model m = ModelFactory.createDefaultModel();
        roles.forEach(r -> role(m, r));
        meetings.forEach(s -> meeting(m, s));
        conflicts.forEach(c -> conflict(m, c));
        return m;
    }

    /** Each entity's preferred label ({@code skos:prefLabel}), keyed by the entity's IRI. */
    static Model labels(java.util.Map<String, String> labels) {
        Model m = ModelFactory.createDefaultModel();
        labels.forEach((entity, label) -> m.createResource(entity).addProperty(SKOS.prefLabel, label));
        return m;
    }

    private static void role(Model m, Summary.Role s) {
        RoleKey key = s.key();
        Resource node = m.createResource(s.iri(), NG.RoleSummary);
        node.addProperty(ORG.member, m.createResource(key.person()));
        node.addProperty(ORG.role, m.createResource(key.role()));
        if (key.organization() != null) {
            node.addProperty(ORG.organization, m.createResource(key.organization()));
        }
        node.addProperty(NG.roleQualifier, m.createResource(key.qualifier()));
        support(m, node, s);
        Tally t = s.tally();
        boolean held = key.current() || key.qualifier().equals(NG.Acting.getURI());
        if (held && t.first() != null) {
            Resource interval = m.createResource(s.iri() + "#during", NG.Time.Interval);
            interval.addProperty(NG.Time.hasBeginning, instant(m, s.iri() + "#begin", t.first()));
            interval.addProperty(NG.Time.hasEnd, instant(m, s.iri() + "#end", t.last()));
            node.addProperty(ORG.memberDuring, interval);
        }
        if (s.endedBefore() != null) {
            node.addLiteral(NG.endedBefore, date(s.endedBefore()));
        }
    }

    private static void meeting(Model m, Summary.Meeting s) {
        MeetingKey key = s.key();
        Resource node = m.createResource(s.iri(), NG.MeetingSummary);
        key.participants().forEach(p -> node.addProperty(NG.participant, m.createResource(p)));
        if (key.location() != null) {
            node.addProperty(SchemaDO.location, m.createResource(key.location()));
        }
        if (key.date() != null) {
            int cut = key.date().lastIndexOf("^^");
            node.addLiteral(SchemaDO.startDate, m.createTypedLiteral(key.date().substring(0, cut),
                    TypeMapper.getInstance().getSafeTypeByName(key.date().substring(cut + 2))));
        }
        node.addProperty(NG.meetingStatus, s.held() ? NG.Held : NG.Planned);
        support(m, node, s);
    }

    private static void support(Model m, Resource node, Summary s) {
        Tally t = s.tally();
        node.addLiteral(NG.supportCount, VocabularyMapper.integer(t.articles()));
        node.addLiteral(NG.outletCount, VocabularyMapper.integer(t.outlets()));
        node.addLiteral(NG.confidence, VocabularyMapper.decimal(t.confidence()));
        if (t.first() != null) {
            node.addLiteral(NG.firstSeen, date(t.first()));
            node.addLiteral(NG.lastSeen, date(t.last()));
        }
        Set<String> articles = new LinkedHashSet<>();
        for (Support sup : s.supports()) {
            node.addProperty(NG.supportedBy, m.createResource(sup.fact()));
            articles.add(sup.article());
        }
        articles.forEach(a -> node.addProperty(NG.Prov.wasDerivedFrom, m.createResource(a)));
    }

    private static void conflict(Model m, Conflict c) {
        Resource node = m.createResource(c.iri(), NG.Conflict);
        node.addProperty(NG.conflictKind, c.kind());
        node.addProperty(NG.sideA, m.createResource(c.a().iri()));
        node.addProperty(NG.sideB, m.createResource(c.b().iri()));
        node.addProperty(NG.evidenceA, m.createResource(c.evidenceA().fact()));
        node.addProperty(NG.evidenceB, m.createResource(c.evidenceB().fact()));
        node.addLiteral(NG.confidence, VocabularyMapper.decimal(c.confidence()));
    }

    private static Resource instant(Model m, String iri, LocalDate day) {
        return m.createResource(iri, NG.Time.Instant).addLiteral(NG.Time.inXSDDate, date(day));
    }

    private static Literal date(LocalDate day) {
        return ResourceFactory.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
    }
}
