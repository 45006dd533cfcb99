package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.SyntheticArticles;

/** {@code query} as a user runs it: syntax errors in words, with exit code 2. */
class QueryCommandTest {

    @TempDir
    Path tmp;

    Path db;

    @BeforeEach
    void dataset() {
        db = tmp.resolve("db");
        Model m = ModelFactory.createDefaultModel();
        Resource rubio = m.createResource(NG.entityIri("person/marco-rubio"), SchemaDO.Person);
        rubio.addProperty(RDFS.label, "Marco Rubio");
        rubio.addLiteral(NG.confidence, m.createTypedLiteral("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        try (NewsStore store = NewsStore.open(db)) {
            store.putAll(SyntheticArticles.graphs("article", 3, 1));
            store.put(new ArticleGraph("talks", NG.articleIri("talks"), m));
        }
    }

    private CliRun bound(String query, String... binds) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("query", "--db", db.toString(),
                "--format", "csv", "--query", query));
        for (String b : binds) {
            args.add("--bind");
            args.add(b);
        }
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void bindsIrisPrefixedNamesTypedLiteralsAndPlainStrings() {
        String label = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label { ?entity rdfs:label ?label }";
        for (String value : new String[] {"<https://w3id.org/newsgraph/id/person/marco-rubio>", "person:marco-rubio",
                "https://w3id.org/newsgraph/id/person/marco-rubio"}) {
            CliRun r = bound(label, "entity=" + value);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("label\r\nMarco Rubio\r\n", r.out(), value);
        }
        String who = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?entity { ?entity rdfs:label ?name }";
        for (String value : new String[] {"Marco Rubio", "\"Marco Rubio\""}) {
            CliRun r = bound(who, "name=" + value);
            assertEquals("entity\r\nhttps://w3id.org/newsgraph/id/person/marco-rubio\r\n", r.out(), value);
        }
        String confidence = "PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?e { ?e ng:confidence ?c }";
        assertEquals("e\r\nhttps://w3id.org/newsgraph/id/person/marco-rubio\r\n",
                bound(confidence, "c=\"5\"^^xsd:integer").out(), "a typed literal");
        assertEquals("e\r\n", bound(confidence, "c=5").out(), "a bare 5 is the string \"5\"");
    }

    @Test
    void bindsAVariableOfASubquery() {
        String inner = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?n { { SELECT (COUNT(?label) AS ?n) { ?entity rdfs:label ?label } } }";
        CliRun r = bound(inner, "entity=person:marco-rubio");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("n\r\n1\r\n", r.out(), "Marco Rubio's one label, not every label of the store");
    }

    @Test
    void refusesABindingOfAVariableTheQueryDoesNotHave() {
        CliRun r = bound("SELECT ?label { ?entity ?p ?label }", "entty=person:marco-rubio");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("the query has no variable ?entty (it has ?entity ?label ?p)"), r.toString());
        CliRun malformed = bound("SELECT ?label { ?entity ?p ?label }", "entity=<https://unclosed");
        assertEquals(2, malformed.exitCode(), malformed.toString());
        assertTrue(malformed.err().contains("not an IRI in <...>"), malformed.toString());
    }

    @Test
    void saysInItsHelpHowBindValuesAreRead() {
        String help = CliRun.run("query", "--help").out();
        assertTrue(help.contains("person:marco-rubio") && help.contains("^^xsd:date") && help.contains("plain string"),
                help);
    }

    @Test
    void reportsASyntaxErrorInWordsWithExitCodeTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("broken.rq"), "SELECT ?s\nWHERE { ?s ?p ?o } }\n");
        CliRun run = CliRun.run("query", "--db", db.toString(), file.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ": syntax error at line 2, column 20: unexpected '}'"), run.toString());
        assertFalse(run.err().contains("Encountered"), "no parser jargon: " + run);
        assertTrue(run.out().isEmpty(), run.toString());

        CliRun inline = CliRun.run("query", "--db", db.toString(), "--query", "SELEC * { ?s ?p ?o }");
        assertEquals(2, inline.exitCode(), inline.toString());
        assertTrue(inline.err().contains("unknown word 'SELEC'"), inline.toString());
    }

    @Test
    void reportsAMissingQueryFileWithExitCodeTwo() {
        CliRun run = CliRun.run("query", "--db", db.toString(), tmp.resolve("nope.rq").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no query file " + tmp.resolve("nope.rq")), run.toString());
    }
}
