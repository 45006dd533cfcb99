package org.newsgraph.server.web;

import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** One result row of a page query, copied out of the read transaction; absent variables read as null. */
record Row(Map<String, RDFNode> values) {

    Row {
        values = Map.copyOf(values);
    }

    boolean has(String var) {
        return values.containsKey(var);
    }

    /** The lexical form of a literal, the IRI of a resource, or null. */
    String str(String var) {
        RDFNode n = values.get(var);
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The IRI of a resource, or null. */
    String iri(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** An integer literal's value, or -1 when absent or not a number. */
    int integer(String var) {
        RDFNode n = values.get(var);
        if (n == null || !n.isLiteral()) {
            return -1;
        }
        try {
            return ((Literal) n).getInt();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** A number literal's value, or NaN. */
    double number(String var) {
        RDFNode n = values.get(var);
        if (n == null || !n.isLiteral()) {
            return Double.NaN;
        }
        try {
            return ((Literal) n).getDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
