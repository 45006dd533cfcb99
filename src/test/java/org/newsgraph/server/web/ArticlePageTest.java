package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    @Test
    void linksOnlyAddressesThatCannotRunScript() {
        assertTrue(ArticlePage.isWebAddress(SchemaDO.NS + "NewsArticle"));
        assertFalse(ArticlePage.isWebAddress("javascript:alert(1)"));
        assertFalse(ArticlePage.isWebAddress("JavaScript:alert(1)"));
        assertFalse(ArticlePage.isWebAddress("data:text/html,<script>alert(1)</script>"));
        assertFalse(ArticlePage.isWebAddress("/relative/path"));
        assertFalse(ArticlePage.isWebAddress("not a url"));
    }
}
