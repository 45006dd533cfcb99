package org.newsgraph.server.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * The web pages beside the SPARQL endpoint, for people who would rather look than write SPARQL: the home
 * page with a name search ({@code /}, {@code /search}), a page per entity ({@code /entity/person/KEY}),
 * a page per article ({@code /article/ID}, and {@code /article/ID.ttl} for its graph), where articles
 * disagree ({@code /conflicts}), and a query editor
 * ({@code /sparql-ui}). They read the dataset through the queries in {@code queries/} and never write.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().add("/newsgraph", dataset, false);
 * WebPages.mount(builder, dataset, "/newsgraph");
 * }</pre>
 */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Adds the pages to a Fuseki server under construction.
     *
     * @param datasetPath where the dataset is served ({@code /newsgraph}); the query editor posts to its
     *                    {@code /sparql} endpoint
     */
    public static FusekiServer.Builder mount(FusekiServer.Builder builder, Dataset dataset, String datasetPath) {
        PageServlet pages = new PageServlet(new GraphReader(dataset), datasetPath);
        builder.addServlet("", pages);
        builder.addServlet("/search", pages);
        builder.addServlet("/sparql-ui", pages);
        builder.addServlet("/conflicts", pages);
        builder.addServlet("/entity/*", pages);
        builder.addServlet("/entity", pages);
        builder.addServlet("/article/*", pages);
        builder.addServlet("/article", pages);
        builder.addServlet("/static/*", new StaticServlet());
        return builder;
    }
}
