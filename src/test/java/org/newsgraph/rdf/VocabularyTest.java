package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ReadResult;

/** The vocabulary class, the terms the mapper writes and the ontology file stay in step. */
class VocabularyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newsgraph.ttl");

    @Test
    void everyVocabularyConstantIsDeclaredInTheOntology() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : List.of(NG.class, NG.Prov.class, NG.Time.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    addIfUndeclared((Resource) f.get(null), missing);
                }
            }
        }
        assertTrue(missing.isEmpty(), "not declared in ontology/newsgraph.ttl: " + missing);
    }

    @Test
    void everyPropertyAndClassWrittenForTheSeedArticleIsDeclaredInTheOntology() {
        Pipeline pipeline = Pipeline.standard();
        Set<String> missing = new TreeSet<>();
        Fixtures.reader().readFile(Path.of("data/rubio-2025-03-11.json")).forEach(read -> {
            Model graph = pipeline.process(((ReadResult.Accepted) read).article()).model();
            for (Statement s : graph.listStatements().toList()) {
                addIfUndeclared(s.getPredicate(), missing);
                RDFNode o = s.getObject();
                if (s.getPredicate().equals(RDF.type) && o.isURIResource()) {
                    addIfUndeclared(o.asResource(), missing);
                }
            }
        });
        assertTrue(missing.isEmpty(), "written but not declared in ontology/newsgraph.ttl: " + missing);
    }

    /**
     * The converse: a term of another vocabulary the ontology declares is one newsgraph's code writes (its Jena
     * constant appears in the sources), or one the ontology's own terms refine ({@code rdfs:subPropertyOf
     * schema:attendee}). A declared term that nothing writes misleads a reader of the ontology into querying it.
     */
    @Test
    void everyBorrowedTermTheOntologyDeclaresIsWrittenOrRefined() throws Exception {
        java.util.Map<String, String> constants = java.util.Map.of(
                org.apache.jena.vocabulary.SchemaDO.NS, "SchemaDO.", org.apache.jena.vocabulary.ORG.NS, "ORG.",
                NG.PROV, "Prov.", org.apache.jena.vocabulary.SKOS.getURI(), "SKOS.",
                org.apache.jena.vocabulary.DCTerms.getURI(), "DCTerms.", NG.TIME, "Time.");
        StringBuilder sources = new StringBuilder();
        try (var files = java.nio.file.Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(java.nio.file.Files.readString(f));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (Resource term : ONTOLOGY.listSubjectsWithProperty(RDF.type).toList()) {
            String uri = term.getURI();
            if (uri == null || uri.startsWith(NG.NS) || term.hasProperty(RDF.type, OWL.Ontology)) {
                continue;
            }
            String ns = constants.keySet().stream().filter(uri::startsWith).findFirst().orElse(null);
            boolean written = ns != null && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(
                    constants.get(ns) + uri.substring(ns.length())) + "\\b").matcher(sources).find();
            boolean refined = ONTOLOGY.listStatements(null, null, term).toList().stream()
                    .anyMatch(st -> !st.getSubject().equals(term));
            if (!written && !refined) {
                unused.add(uri);
            }
        }
        assertTrue(unused.isEmpty(), "declared in ontology/newsgraph.ttl but never written: " + unused);
    }

    private static void addIfUndeclared(Resource term, Set<String> missing) {
        String uri = term.getURI();
        if (uri.startsWith(RDF.getURI()) || uri.startsWith(RDFS.getURI()) || uri.startsWith(OWL.getURI())) {
            return;
        }
        if (!ONTOLOGY.contains(ONTOLOGY.createResource(uri), RDF.type)) {
            missing.add(uri);
        }
    }
}
