package org.newsgraph.cli;

import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations the CLI writes. */
enum RdfFormats {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    final RDFFormat format;
    final boolean quads;

    RdfFormats(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }
}
