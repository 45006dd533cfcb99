package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.common.NewsGraphException.QueryException;

/** A query a user wrote that Jena cannot read is refused with the place and the reason in words. */
class QueriesTest {

    private static String error(String sparql) {
        QueryException e = assertThrows(QueryException.class, () -> Queries.parse(sparql, "my.rq"));
        String m = e.getMessage();
        assertTrue(m.startsWith("my.rq: "), "names the source: " + m);
        for (String jargon : new String[] {"Encountered", "Lexical error", "after prefix", "<EOF>", "PNAME"}) {
            assertFalse(m.contains(jargon), "no parser jargon (" + jargon + "): " + m);
        }
        return m;
    }

    @Test
    void namesTheUnexpectedTokenWithLineColumnAndWhatWasExpected() {
        String m = error("SELECT * WHERE { ?s ?p ?o } }");
        assertTrue(m.contains("line 1, column 29: unexpected '}'"), m);
        assertTrue(m.contains("expected the end of the query, LIMIT"), m);
        assertTrue(m.endsWith("  SELECT * WHERE { ?s ?p ?o } }\n" + " ".repeat(30) + "^"), "points at it: " + m);
    }

    @Test
    void namesAnUnknownWord() {
        assertTrue(error("SELECT * WHERE { ?s ?p ?o }\nLIMT 5").contains("line 2, column 1: unknown word 'LIMT'"));
    }

    @Test
    void saysWhenTheQueryStopsShort() {
        assertTrue(error("SELECT * WHERE { ?s ?p ?o ").contains("ends before it is complete"));
        assertTrue(error("SELECT * WHERE { ?s ?p \"open }").contains("a string that is never closed"));
        assertEquals("my.rq: the query is empty", error("  \n"));
    }

    @Test
    void namesAnUndeclaredPrefix() {
        assertTrue(error("SELECT * WHERE { ?s ex:p ?o }").contains("the prefix 'ex:' of 'ex:p' is not declared"));
    }

    @Test
    void explainsThatAPrefixedNameCannotHoldASlash() {
        String m = error("PREFIX id: <https://w3id.org/newsgraph/id/>\nSELECT * { id:person/marco-rubio ?p ?o }");
        assertTrue(m.contains("line 2, column 21: unexpected '/'"), m);
        assertTrue(m.contains("person:marco-rubio"), "suggests the per-type prefix: " + m);
    }

    @Test
    void namesAStrayCharacterByItsCodePoint() {
        assertTrue(error("SELECT * { ?s ?p § }").contains("unexpected character '§' (U+00A7)"));
    }
}
