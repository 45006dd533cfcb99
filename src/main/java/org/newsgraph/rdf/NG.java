package org.newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph vocabulary, mirroring {@code ontology/newsgraph.ttl}, and PROV-O, which Jena does not
 * ship. schema.org and W3C ORG terms come from Jena's {@link org.apache.jena.vocabulary.SchemaDO} and
 * {@link org.apache.jena.vocabulary.ORG}. Every other IRI newsgraph writes is spelled here; a test checks that
 * each term written exists in the ontology.
 */
public final class NG {

    /** The namespace of newsgraph's own terms. */
    public static final String NS = "https://w3id.org/newsgraph/ns#";
    /** Where entities live: {@code id/person/marco-rubio}, {@code id/role/secretary-of-state}. */
    public static final String DATA = "https://w3id.org/newsgraph/id/";
    /** Where articles live; an article's IRI is also the name of its graph. */
    public static final String ARTICLE = "https://w3id.org/newsgraph/article/";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** OWL-Time, for the intervals of role summaries. */
    public static final String TIME = "http://www.w3.org/2006/time#";

    /**
     * The named graph that holds what many articles agree on (role and meeting summaries, conflicts); it is
     * not an article's graph, and the default graph (the union) includes it.
     */
    public static final String SUMMARIES = "https://w3id.org/newsgraph/summaries";
    /** Where summary and conflict nodes live: {@code summary/role-3fa9c0e1b2d4a6f8}. */
    public static final String SUMMARY = "https://w3id.org/newsgraph/summary/";

    private NG() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource ng(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property ngp(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // newsgraph classes
    public static final Resource Meeting = ng("Meeting");
    public static final Resource Mention = ng("Mention");
    public static final Resource DateExpression = ng("DateExpression");
    public static final Resource MeetingStatus = ng("MeetingStatus");
    public static final Resource NameLink = ng("NameLink");
    public static final Resource CandidateLink = ng("CandidateLink");
    public static final Resource Held = ng("Held");
    public static final Resource Planned = ng("Planned");
    public static final Resource RoleQualifier = ng("RoleQualifier");
    public static final Resource Former = ng("Former");
    public static final Resource Incoming = ng("Incoming");
    public static final Resource Acting = ng("Acting");
    public static final Resource Current = ng("Current");
    public static final Resource RoleSummary = ng("RoleSummary");
    public static final Resource MeetingSummary = ng("MeetingSummary");
    public static final Resource Conflict = ng("Conflict");
    public static final Resource ConflictKind = ng("ConflictKind");
    public static final Resource OfficeConflict = ng("OfficeConflict");
    public static final Resource MeetingDateConflict = ng("MeetingDateConflict");
    public static final Resource MeetingPlaceConflict = ng("MeetingPlaceConflict");

    // newsgraph properties
    public static final Property participant = ngp("participant");
    public static final Property meetingStatus = ngp("meetingStatus");
    public static final Property meetingKind = ngp("meetingKind");
    public static final Property roleQualifier = ngp("roleQualifier");
    public static final Property roleName = ngp("roleName");
    public static final Property confidence = ngp("confidence");
    public static final Property extractedBy = ngp("extractedBy");
    public static final Property evidenceText = ngp("evidenceText");
    public static final Property evidenceBegin = ngp("evidenceBegin");
    public static final Property evidenceEnd = ngp("evidenceEnd");
    public static final Property sentenceIndex = ngp("sentenceIndex");
    public static final Property refersTo = ngp("refersTo");
    public static final Property inArticle = ngp("inArticle");
    public static final Property anchorText = ngp("anchorText");
    public static final Property begin = ngp("begin");
    public static final Property end = ngp("end");
    public static final Property dateValue = ngp("dateValue");
    public static final Property earliest = ngp("earliest");
    public static final Property latest = ngp("latest");
    public static final Property granularity = ngp("granularity");
    public static final Property dateExpression = ngp("dateExpression");
    public static final Property reportingVerb = ngp("reportingVerb");
    public static final Property addressee = ngp("addressee");
    public static final Property possiblySameAs = ngp("possiblySameAs");
    public static final Property linkMethod = ngp("linkMethod");
    public static final Property candidate = ngp("candidate");
    public static final Property supportCount = ngp("supportCount");
    public static final Property outletCount = ngp("outletCount");
    public static final Property supportedBy = ngp("supportedBy");
    public static final Property firstSeen = ngp("firstSeen");
    public static final Property lastSeen = ngp("lastSeen");
    public static final Property endedBefore = ngp("endedBefore");
    public static final Property conflictKind = ngp("conflictKind");
    public static final Property sideA = ngp("sideA");
    public static final Property sideB = ngp("sideB");
    public static final Property evidenceA = ngp("evidenceA");
    public static final Property evidenceB = ngp("evidenceB");


    /** PROV-O terms used by newsgraph. */
    public static final class Prov {
        private Prov() {
        }

        public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    }

    /**
     * The prefixes newsgraph writes with its graphs, for readers of its Turtle and writers of SPARQL. Entities get
     * one prefix per type ({@code person:marco-rubio}, {@code organization:hamas}, {@code place:jeddah},
     * {@code role:secretary-of-state}, {@code name:} for other names): a prefixed name cannot hold a {@code /}, so a
     * single prefix for {@link #DATA} could not be written in SPARQL. A key with more parts
     * ({@code person/cohen/in/ARTICLE}) is written as a full IRI. {@code org:} is W3C ORG, hence
     * {@code organization:}.
     */
    public static final java.util.Map<String, String> PREFIXES = prefixes();

    private static java.util.Map<String, String> prefixes() {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("ng", NS);
        p.put("schema", org.apache.jena.vocabulary.SchemaDO.NS);
        p.put("org", org.apache.jena.vocabulary.ORG.NS);
        p.put("prov", PROV);
        p.put("skos", org.apache.jena.vocabulary.SKOS.getURI());
        p.put("dct", org.apache.jena.vocabulary.DCTerms.getURI());
        p.put("rdfs", org.apache.jena.vocabulary.RDFS.getURI());
        p.put("xsd", org.apache.jena.vocabulary.XSD.NS);
        p.put("person", DATA + "person/");
        p.put("organization", DATA + "organization/");
        p.put("place", DATA + "place/");
        p.put("role", DATA + "role/");
        p.put("name", DATA + "name/");
        p.put("article", ARTICLE);
        return java.util.Collections.unmodifiableMap(p);
    }

    /** OWL-Time terms used by newsgraph (Jena does not ship them). */
    public static final class Time {
        private Time() {
        }

        public static final Resource Interval = ResourceFactory.createResource(TIME + "Interval");
        public static final Resource Instant = ResourceFactory.createResource(TIME + "Instant");
        public static final Property hasBeginning = ResourceFactory.createProperty(TIME + "hasBeginning");
        public static final Property hasEnd = ResourceFactory.createProperty(TIME + "hasEnd");
        public static final Property inXSDDate = ResourceFactory.createProperty(TIME + "inXSDDate");
    }

    /** The IRI of an article, which is also the name of the graph that holds its facts. */
    public static String articleIri(String articleId) {
        return ARTICLE + URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The IRI of a summary or conflict node: its kind and a digest of its key ({@code role-3fa9c0e1b2d4a6f8}). */
    public static String summaryIri(String kind, String digest) {
        return SUMMARY + kind + "-" + digest;
    }

    /** The IRI of an entity from its key ({@code person/marco-rubio}). */
    public static String entityIri(String key) {
        return DATA + key;
    }
}
