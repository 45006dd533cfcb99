package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;

class ArticlePageTest {

    @Test
    void linksOnlyAddressesThatCannotRunScript() {
        assertTrue(ArticlePage.isWebAddress(NG.SCHEMA + "NewsArticle"));
        assertFalse(ArticlePage.isWebAddress("javascript:alert(1)"));
        assertFalse(ArticlePage.isWebAddress("JavaScript:alert(1)"));
        assertFalse(ArticlePage.isWebAddress("data:text/html,<script>alert(1)</script>"));
        assertFalse(ArticlePage.isWebAddress("/relative/path"));
        assertFalse(ArticlePage.isWebAddress("not a url"));
    }
}
