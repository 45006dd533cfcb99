package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityKeys;
import org.newsgraph.resolve.NameLink;
import org.newsgraph.resolve.ResolvedDocument;

/**
 * Maps a resolved article to schema.org, W3C ORG and PROV-O, as {@code ontology/newsgraph.ttl} describes:
 * the article, every entity it names with its mentions and their offsets, its date expressions, and its
 * facts, each fact with its provenance (article, evidence sentence, offsets, confidence). Node IRIs inside
 * an article are derived from the article IRI and the node's offsets or position, so mapping the same
 * article twice gives the same graph.
 */
public final class VocabularyMapper implements GraphMapper {

    /** The prefixes every article graph carries, and a dataset of them gets. */
    public static java.util.Map<String, String> prefixes() {
        return NG.PREFIXES;
    }

    @Override
    public ArticleGraph map(ResolvedDocument doc) {
        Article article = doc.article();
        String articleIri = NG.articleIri(article.id());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(NG.PREFIXES);

        Resource a = m.createResource(articleIri, SchemaDO.NewsArticle);
        a.addProperty(DCTerms.identifier, article.id());
        if (article.title() != null) {
            a.addProperty(SchemaDO.headline, article.title());
        }
        if (article.published() != null) {
            a.addLiteral(SchemaDO.datePublished, publishedLiteral(article));
        }
        if (article.url() != null) {
            a.addLiteral(SchemaDO.url, m.createTypedLiteral(article.url(), XSDDatatype.XSDanyURI));
        }
        a.addProperty(SchemaDO.articleBody, article.text());
        for (Entity author : doc.authors()) {
            a.addProperty(SchemaDO.author, entity(m, author));
        }
        if (doc.publisher() != null) {
            a.addProperty(SchemaDO.publisher, entity(m, doc.publisher()));
        }

        for (Entity e : doc.entities()) {
            a.addProperty(SchemaDO.mentions, entity(m, e));
        }
        AnnotatedDocument annotated = doc.extracted().annotated();
        for (Mention mention : doc.mentions().keySet().stream()
                .sorted((x, y) -> x.begin() != y.begin() ? Integer.compare(x.begin(), y.begin())
                        : Integer.compare(x.end(), y.end())).toList()) {
            Entity e = doc.entityOf(mention);
            Resource node = m.createResource(articleIri + "#mention-" + mention.begin() + "-" + mention.end(), NG.Mention);
            node.addProperty(NG.refersTo, entity(m, e));
            node.addProperty(NG.inArticle, a);
            span(node, mention.text(), mention.begin(), mention.end());
        }
        for (TemporalExpression d : annotated.dates()) {
            dateNode(m, a, articleIri, d);
        }
        for (NameLink link : doc.links()) {
            nameLink(m, a, articleIri, link);
        }

        int n = 0;
        for (Fact fact : doc.facts()) {
            n++;
            Resource node = factNode(m, doc, a, articleIri, fact, n);
            if (node != null) {
                provenance(node, a, annotated, fact.evidence());
            }
        }
        return new ArticleGraph(article.id(), articleIri, m);
    }

    private Resource factNode(Model m, ResolvedDocument doc, Resource article, String articleIri, Fact fact, int n) {
        if (fact instanceof Fact.Role role) {
            Entity person = doc.entityOf(role.person());
            if (person == null) {
                return null;
            }
            Resource node = m.createResource(articleIri + "#role-" + n, ORG.Membership);
            node.addProperty(ORG.member, entity(m, person));
            Resource r = m.createResource(NG.entityIri(EntityKeys.roleKey(role.role())),
                    ORG.Role);
            r.addProperty(RDFS.label, EntityKeys.roleLabel(role.role()));
            node.addProperty(ORG.role, r);
            node.addProperty(NG.roleName, role.role());
            Entity org = doc.entityOf(role.organization());
            if (org != null) {
                node.addProperty(ORG.organization, entity(m, org));
            }
            node.addProperty(NG.roleQualifier, switch (role.qualifier()) {
                case CURRENT -> NG.Current;
                case FORMER -> NG.Former;
                case INCOMING -> NG.Incoming;
                case ACTING -> NG.Acting;
            });
            return node;
        }
        if (fact instanceof Fact.Meeting meeting) {
            Resource node = m.createResource(articleIri + "#meeting-" + n, NG.Meeting);
            node.addProperty(NG.meetingKind, meeting.kind());
            node.addProperty(NG.meetingStatus, meeting.planned() ? NG.Planned : NG.Held);
            for (Mention p : meeting.participants()) {
                Entity e = doc.entityOf(p);
                if (e != null) {
                    node.addProperty(NG.participant, entity(m, e));
                }
            }
            Entity place = doc.entityOf(meeting.location());
            if (place != null) {
                node.addProperty(SchemaDO.location, entity(m, place));
            }
            if (meeting.date() != null) {
                node.addProperty(NG.dateExpression, dateNode(m, article, articleIri, meeting.date()));
                meeting.date().resolved().filter(v -> v.lexical() != null)
                        .ifPresent(v -> node.addLiteral(SchemaDO.startDate, dateLiteral(v)));
            }
            return node;
        }
        if (fact instanceof Fact.Quote quote) {
            Entity speaker = doc.entityOf(quote.speaker());
            if (speaker == null) {
                return null;
            }
            Resource node = m.createResource(articleIri + "#quote-" + n, SchemaDO.Quotation);
            node.addProperty(SchemaDO.text, quote.text());
            node.addProperty(SchemaDO.creator, entity(m, speaker));
            node.addLiteral(NG.begin, integer(quote.begin()));
            node.addLiteral(NG.end, integer(quote.end()));
            if (quote.verb() != null) {
                node.addProperty(NG.reportingVerb, quote.verb());
            }
            Entity to = doc.entityOf(quote.addressee());
            if (to != null) {
                node.addProperty(NG.addressee, entity(m, to));
            }
            return node;
        }
        // Authorship is stated on the article itself (schema:author), from the resolved authors.
        return null;
    }

    private static void nameLink(Model m, Resource article, String articleIri, NameLink link) {
        Resource node = m.createResource(articleIri + "#name-" + EntityKeys.slug(link.shortName()), NG.NameLink);
        node.addProperty(NG.inArticle, article);
        node.addProperty(NG.anchorText, link.shortName());
        Resource entity = entity(m, link.entity());
        node.addProperty(NG.refersTo, entity);
        node.addProperty(NG.linkMethod, link.method());
        node.addLiteral(NG.confidence, decimal(link.confidence()));
        int i = 0;
        for (NameLink.Scored c : link.candidates()) {
            Resource target = entity(m, c.entity());
            entity.addProperty(NG.possiblySameAs, target);
            Resource cand = m.createResource(node.getURI() + "-candidate-" + (++i), NG.CandidateLink);
            cand.addProperty(NG.refersTo, target);
            cand.addLiteral(NG.confidence, decimal(c.confidence()));
            node.addProperty(NG.candidate, cand);
        }
    }

    private static Resource dateNode(Model m, Resource article, String articleIri, TemporalExpression d) {
        Resource node = m.createResource(articleIri + "#date-" + d.begin() + "-" + d.end(), NG.DateExpression);
        node.addProperty(NG.inArticle, article);
        span(node, d.text(), d.begin(), d.end());
        d.resolved().ifPresent(v -> {
            if (v.lexical() != null) {
                node.addLiteral(NG.dateValue, dateLiteral(v));
            }
            node.addLiteral(NG.earliest, node.getModel().createTypedLiteral(v.start().toString(), XSDDatatype.XSDdate));
            node.addLiteral(NG.latest, node.getModel().createTypedLiteral(v.end().toString(), XSDDatatype.XSDdate));
            node.addProperty(NG.granularity, v.granularity().name().toLowerCase(java.util.Locale.ROOT));
        });
        return node;
    }

    private static void span(Resource node, String text, int begin, int end) {
        node.addProperty(NG.anchorText, text);
        node.addLiteral(NG.begin, integer(begin));
        node.addLiteral(NG.end, integer(end));
    }

    private static void provenance(Resource node, Resource article, AnnotatedDocument doc, Evidence ev) {
        node.addProperty(NG.Prov.wasDerivedFrom, article);
        Sentence s = ev.sentence() < doc.sentences().size() ? doc.sentences().get(ev.sentence()) : null;
        if (s != null) {
            node.addProperty(NG.evidenceText, s.text(doc.text()));
        }
        node.addLiteral(NG.sentenceIndex, integer(ev.sentence()));
        node.addLiteral(NG.evidenceBegin, integer(ev.begin()));
        node.addLiteral(NG.evidenceEnd, integer(ev.end()));
        node.addLiteral(NG.confidence, decimal(ev.confidence()));
        node.addProperty(NG.extractedBy, ev.rule());
    }

    private static Resource entity(Model m, Entity e) {
        Resource r = m.createResource(NG.entityIri(e.key()));
        r.addProperty(RDF.type, switch (e.type()) {
            case PERSON -> SchemaDO.Person;
            case ORGANIZATION -> SchemaDO.Organization;
            case PLACE -> SchemaDO.Place;
            case MISC -> SchemaDO.Thing;
        });
        if (e.type() == org.newsgraph.nlp.EntityType.ORGANIZATION) {
            r.addProperty(RDF.type, ORG.Organization);
        }
        r.addProperty(RDFS.label, e.label());
        for (String alias : e.aliases()) {
            r.addProperty(SKOS.altLabel, alias);
        }
        return r;
    }

    /** An xsd:decimal in the canonical form TDB2 gives back, so a stored graph equals a fresh one. */
    public static Literal decimal(double d) {
        // xsd:decimal in its canonical form, which is how TDB2 gives it back: "0.85", "1.0"
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (v.scale() < 1) {
            v = v.setScale(1);
        }
        return ResourceFactory.createTypedLiteral(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** An xsd:integer. */
    public static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Literal dateLiteral(TemporalValue v) {
        XSDDatatype type = switch (v.granularity()) {
            case DAY, WEEK -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        String lexical = v.lexical() != null ? v.lexical() : v.start().toString();
        return ResourceFactory.createTypedLiteral(lexical, type);
    }

    private static Literal publishedLiteral(Article article) {
        if (article.publishedWithTime()) {
            return ResourceFactory.createTypedLiteral(article.published(), XSDDatatype.XSDdateTime);
        }
        return ResourceFactory.createTypedLiteral(article.published(), XSDDatatype.XSDdate);
    }
}
