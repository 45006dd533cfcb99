package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.ReadResult.Accepted;
import org.newsgraph.ingest.ReadResult.Origin;
import org.newsgraph.ingest.ReadResult.Rejected;

/**
 * Maps a JSON object to an {@link Article}: {@code id} and {@code text} are required; {@code title},
 * {@code published}, {@code url}, {@code source} and {@code authors} (an array or one string; {@code author}
 * is accepted too) are optional. Instead of {@code text}, a {@code .json} file may give {@code textFile}, a
 * path to a UTF-8 file relative to the JSON file, read only where {@link TextFiles} allows.
 */
final class JsonFields {

    private JsonFields() {
    }

    static ReadResult toArticle(JsonNode node, Origin origin, Path jsonFile, TextFiles textFiles) {
        if (node == null || !node.isObject()) {
            return new Rejected(origin, "expected a JSON object");
        }
        List<String> warnings = new ArrayList<>();
        String id = scalar(node, "id");
        if (id == null || id.isBlank()) {
            return new Rejected(origin, "missing required field 'id'");
        }
        String text = string(node, "text");
        if (text == null && jsonFile != null && string(node, "textFile") != null) {
            try {
                text = textFiles.read(string(node, "textFile"), jsonFile);
            } catch (TextFiles.Refused e) {
                return new Rejected(origin, e.getMessage());
            }
        }
        if (text == null) {
            return new Rejected(origin, "missing required field 'text' in article '" + id + "'");
        }
        if (text.isBlank()) {
            return new Rejected(origin, "empty 'text' in article '" + id + "'");
        }
        text = Body.prepare(text, warnings);
        if (text == null) {
            return new Rejected(origin, "no text left after removing HTML markup in article '" + id + "'");
        }
        String published = scalar(node, "published");
        if (published != null && Article.parseDate(published).isEmpty()) {
            warnings.add("'published' is not an ISO date or date-time, ignored: " + published);
            published = null;
        }
        List<String> authors = new ArrayList<>();
        for (String field : List.of("authors", "author")) {
            JsonNode a = node.get(field);
            if (a != null && a.isArray()) {
                a.forEach(x -> {
                    if (x.isTextual() && !x.asText().isBlank()) {
                        authors.add(x.asText().strip());
                    }
                });
            } else if (a != null && a.isTextual() && !a.asText().isBlank()) {
                authors.add(a.asText().strip());
            }
        }
        Article article = new Article(id.strip(), blankToNull(string(node, "title")), published,
                blankToNull(string(node, "url")), blankToNull(string(node, "source")), authors, text);
        return new Accepted(article, origin, warnings);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** A string or number field as text. */
    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
