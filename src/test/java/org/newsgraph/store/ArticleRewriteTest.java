package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

/**
 * Writing an article's graph again leaves the store holding exactly the new graph, as if the old one had been
 * deleted first: triples that went are gone, new ones are in, unchanged ones stay once, blank nodes are
 * replaced, and literals TDB2 stores by value ("01" and "1" as integers) end up as a fresh write leaves them.
 */
class ArticleRewriteTest {

    @TempDir
    Path tmp;

    private static ArticleGraph article(String id, String label, String count, String mentioned, String note) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(NG.articleIri(id));
        a.addProperty(RDFS.label, label);
        a.addProperty(SchemaDO.wordCount, m.createTypedLiteral(count, XSDDatatype.XSDinteger));
        a.addProperty(SchemaDO.mentions, m.createResource(mentioned));
        a.addProperty(SchemaDO.about, m.createResource().addProperty(RDFS.comment, note));
        return new ArticleGraph(id, NG.articleIri(id), m);
    }

    @Test
    void rewritingAnArticleLeavesExactlyTheNewGraphAsAFreshWriteDoes() {
        List<ArticleGraph> first = List.of(article("a1", "Talks in Geneva", "1", "http://example.org/p/1", "old"),
                article("a2", "Vote in Ottawa", "7", "http://example.org/p/2", "kept"));
        ArticleGraph again = article("a1", "Talks in Geneva", "01", "http://example.org/p/3", "new");
        try (NewsStore rewritten = NewsStore.open(tmp.resolve("rewritten"));
             NewsStore fresh = NewsStore.open(tmp.resolve("fresh"))) {
            rewritten.putAll(first);
            rewritten.putAll(List.of(again, first.get(1)));
            fresh.putAll(List.of(again, first.get(1)));
            for (String id : List.of("a1", "a2")) {
                Model expected = fresh.articleGraph(id);
                Model actual = rewritten.articleGraph(id);
                assertEquals(expected.size(), actual.size(), id);
                assertTrue(actual.isIsomorphicWith(expected), () -> id + " differs from a fresh write");
            }
            assertTrue(rewritten.articleGraph("a1").contains(null, SchemaDO.mentions,
                    rewritten.articleGraph("a1").createResource("http://example.org/p/3")));
            assertEquals(5, rewritten.articleGraph("a1").size(), "old triples gone");
        }
    }
}
