package org.newsgraph.rdf;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/** The RDF for one article: the name of its graph (the article's IRI) and the triples in it. */
public record ArticleGraph(String articleId, String graphIri, Model model) {
    public ArticleGraph {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(model, "model");
    }
}
