package org.newsgraph.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small SPARQL editor: the shipped queries as examples, the query posted to the read-only endpoint by the
 * page's script, the results shown as a table.
 */
final class SparqlPage {

    /** The examples offered, from {@code queries/} in the jar: the contract queries first. */
    static final List<String> EXAMPLES = List.of("roles", "meetings", "entities", "dates", "stats",
            "articles-by-date");

    private final String endpoint;
    private final Map<String, String> examples = new LinkedHashMap<>();

    SparqlPage(String endpoint) {
        this.endpoint = endpoint;
        for (String name : EXAMPLES) {
            try (InputStream in = SparqlPage.class.getResourceAsStream("/queries/" + name + ".rq")) {
                if (in != null) {
                    examples.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read /queries/" + name + ".rq", e);
            }
        }
    }

    String render() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>SPARQL</h1><p>Queries go to the read-only endpoint <code id=\"endpoint\">")
                .append(Html.esc(endpoint)).append("</code>; the default graph is the union of all articles.</p>")
                .append("<form id=\"sparql-form\" class=\"sparql\" data-endpoint=\"").append(Html.esc(endpoint))
                .append("\"><label>Example <select id=\"example\">");
        examples.keySet().forEach(name -> b.append("<option value=\"").append(Html.esc(name)).append("\">")
                .append(Html.esc(name)).append(".rq</option>"));
        b.append("</select></label><textarea id=\"query\" name=\"query\" rows=\"16\" spellcheck=\"false\">")
                .append(Html.esc(examples.values().stream().findFirst().orElse("SELECT * WHERE { ?s ?p ?o } LIMIT 20")))
                .append("</textarea><button type=\"submit\" id=\"run\">Run</button> <span id=\"status\" class=\"muted\">")
                .append("</span></form><div id=\"results\" class=\"results-table\"></div>");
        examples.forEach((name, text) -> b.append("<pre hidden class=\"example-text\" data-name=\"")
                .append(Html.esc(name)).append("\">").append(Html.esc(text)).append("</pre>"));
        return Html.page("SPARQL", "sparql-page", b.toString(), "/static/sparql-ui.js");
    }
}
