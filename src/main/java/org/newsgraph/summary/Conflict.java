package org.newsgraph.summary;

import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.NG;

/**
 * Two summaries that cannot both be true as stated, each with the supporting fact that shows it: {@code a} is
 * the side first seen earlier. {@code kind} is {@code ng:OfficeConflict}, {@code ng:MeetingDateConflict} or
 * {@code ng:MeetingPlaceConflict}.
 */
record Conflict(Resource kind, Summary a, Summary b, Support evidenceA, Support evidenceB) {

    String iri() {
        return NG.summaryIri("conflict", Keys.digest("conflict", kind.getURI(), a.iri(), b.iri()));
    }

    /** As sure as the less sure side. */
    double confidence() {
        return Math.min(a.tally().confidence(), b.tally().confidence());
    }
}
