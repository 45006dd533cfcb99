package org.newsgraph.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

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
        return Html.page("SPARQL", "sparql-page", main -> {
            main.appendElement("h1").text("SPARQL");
            Element intro = main.appendElement("p").appendText("Queries go to the read-only endpoint ");
            intro.appendElement("code").id("endpoint").text(endpoint);
            intro.appendText("; the default graph is the union of all articles.");
            Element form = main.appendElement("form").id("sparql-form").addClass("sparql").attr("data-endpoint", endpoint);
            Element label = form.appendElement("label").appendText("Example ");
            Element select = label.appendElement("select").id("example");
            examples.keySet().forEach(name -> select.appendElement("option").attr("value", name).text(name + ".rq"));
            form.appendElement("textarea").id("query").attr("name", "query").attr("rows", "16")
                    .attr("spellcheck", "false")
                    .text(examples.values().stream().findFirst().orElse("SELECT * WHERE { ?s ?p ?o } LIMIT 20"));
            form.appendElement("button").attr("type", "submit").id("run").text("Run");
            form.appendText(" ");
            form.appendElement("span").id("status").addClass("muted");
            main.appendElement("div").id("results").addClass("results-table");
            examples.forEach((name, text) -> main.appendElement("pre").attr("hidden", true).addClass("example-text")
                    .attr("data-name", name).text(text));
        }, "/static/sparql-ui.js");
    }
}
