package org.newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph vocabulary, mirroring {@code ontology/newsgraph.ttl}, and the other vocabularies it uses
 * that Jena does not ship (schema.org, W3C ORG, PROV-O). Every IRI newsgraph writes is spelled here; a test
 * checks that each term exists in the ontology.
 */
public final class NG {

    /** The namespace of newsgraph's own terms. */
    public static final String NS = "https://w3id.org/newsgraph/ns#";
    /** Where entities live: {@code id/person/marco-rubio}, {@code id/role/secretary-of-state}. */
    public static final String DATA = "https://w3id.org/newsgraph/id/";
    /** Where articles live; an article's IRI is also the name of its graph. */
    public static final String ARTICLE = "https://w3id.org/newsgraph/article/";

    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

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

    // newsgraph properties
    public static final Property participant = ngp("participant");
    public static final Property meetingStatus = ngp("meetingStatus");
    public static final Property meetingKind = ngp("meetingKind");
    public static final Property roleQualifier = ngp("roleQualifier");
    public static final Property roleName = ngp("roleName");
    public static final Property confidence = ngp("confidence");
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

    /** schema.org terms used by newsgraph. */
    public static final class Schema {
        private Schema() {
        }

        private static Resource r(String local) {
            return ResourceFactory.createResource(SCHEMA + local);
        }

        private static Property p(String local) {
            return ResourceFactory.createProperty(SCHEMA + local);
        }

        public static final Resource NewsArticle = r("NewsArticle");
        public static final Resource Person = r("Person");
        public static final Resource Organization = r("Organization");
        public static final Resource Place = r("Place");
        public static final Resource Country = r("Country");
        public static final Resource Event = r("Event");
        public static final Resource Quotation = r("Quotation");
        public static final Resource Thing = r("Thing");

        public static final Property headline = p("headline");
        public static final Property datePublished = p("datePublished");
        public static final Property url = p("url");
        public static final Property author = p("author");
        public static final Property publisher = p("publisher");
        public static final Property articleBody = p("articleBody");
        public static final Property mentions = p("mentions");
        public static final Property location = p("location");
        public static final Property startDate = p("startDate");
        public static final Property text = p("text");
        public static final Property creator = p("creator");
        public static final Property name = p("name");
        public static final Property worksFor = p("worksFor");
    }

    /** W3C Organization Ontology terms used by newsgraph. */
    public static final class Org {
        private Org() {
        }

        public static final Resource Organization = ResourceFactory.createResource(ORG + "Organization");
        public static final Resource Membership = ResourceFactory.createResource(ORG + "Membership");
        public static final Resource Role = ResourceFactory.createResource(ORG + "Role");
        public static final Property member = ResourceFactory.createProperty(ORG + "member");
        public static final Property organization = ResourceFactory.createProperty(ORG + "organization");
        public static final Property role = ResourceFactory.createProperty(ORG + "role");
    }

    /** PROV-O terms used by newsgraph. */
    public static final class Prov {
        private Prov() {
        }

        public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    }

    /** The IRI of an article, which is also the name of the graph that holds its facts. */
    public static String articleIri(String articleId) {
        return ARTICLE + URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The IRI of an entity from its key ({@code person/marco-rubio}). */
    public static String entityIri(String key) {
        return DATA + key;
    }
}
