package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

/**
 * Article graphs of a known size, for tests of the store and the endpoint that need volume rather than
 * language: each has its schema:NewsArticle node, identifier and body, and {@code extra} labelled nodes.
 */
public final class SyntheticArticles {

    private SyntheticArticles() {
    }

    /** The number of triples in each graph {@link #graphs} makes. */
    public static long triplesPerArticle(int extra) {
        return 3 + 2L * extra;
    }

    public static List<ArticleGraph> graphs(String prefix, int count, int extra) {
        List<ArticleGraph> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            String iri = NG.articleIri(id);
            Model m = ModelFactory.createDefaultModel();
            Resource a = m.createResource(iri, SchemaDO.NewsArticle);
            a.addProperty(DCTerms.identifier, id);
            a.addProperty(SchemaDO.articleBody, "Body of " + id + ".");
            for (int j = 0; j < extra; j++) {
                Resource node = m.createResource(iri + "#node-" + j);
                node.addProperty(RDFS.label, "node " + j + " of " + id);
                node.addProperty(NG.inArticle, a);
            }
            result.add(new ArticleGraph(id, iri, m));
        }
        return result;
    }
}
