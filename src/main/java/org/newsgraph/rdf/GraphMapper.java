package org.newsgraph.rdf;

import org.newsgraph.resolve.ResolvedDocument;

/** Turns a resolved article into RDF. */
public interface GraphMapper {
    ArticleGraph map(ResolvedDocument document);
}
