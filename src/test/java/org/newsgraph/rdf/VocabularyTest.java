package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology file stay in step. */
class VocabularyTest {

    @Test
    void everyVocabularyConstantIsDeclaredInTheOntology() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        List<String> missing = new ArrayList<>();
        for (Class<?> c : List.of(NG.class, NG.Schema.class, NG.Org.class, NG.Prov.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    Resource term = (Resource) f.get(null);
                    if (!ontology.contains(ontology.createResource(term.getURI()), RDF.type)) {
                        missing.add(term.getURI());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not declared in ontology/newsgraph.ttl: " + missing);
    }
}
