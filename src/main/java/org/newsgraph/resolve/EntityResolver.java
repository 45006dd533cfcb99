package org.newsgraph.resolve;

import org.newsgraph.extract.ExtractedDocument;

/** Maps every mention in an article to the entity it names. */
public interface EntityResolver {
    ResolvedDocument resolve(ExtractedDocument document);
}
