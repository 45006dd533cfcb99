package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.ReadResult.Accepted;
import org.newsgraph.ingest.ReadResult.Origin;
import org.newsgraph.ingest.ReadResult.Rejected;

/**
 * A plain-text article: optional header lines {@code Title:}, {@code Published:}, {@code URL:},
 * {@code Source:}, {@code Id:} and {@code Author:}/{@code Authors:} (comma-separated) up to the first blank
 * line, then the body. A file whose first line is not such a header is all body. The id defaults to the
 * file name without its extension.
 */
final class TextFormat {

    private static final Pattern HEADER =
            Pattern.compile("^(title|published|url|source|id|authors?)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private TextFormat() {
    }

    static ReadResult parse(String content, Path path, Origin origin) {
        String normalised = content.replace("\r\n", "\n");
        Map<String, String> header = new LinkedHashMap<>();
        String body = normalised;
        Matcher first = HEADER.matcher(firstLine(normalised));
        if (first.matches()) {
            int end = normalised.indexOf("\n\n");
            String head = end < 0 ? normalised : normalised.substring(0, end);
            body = end < 0 ? "" : normalised.substring(end + 2);
            int lineNo = 0;
            for (String line : head.split("\n")) {
                lineNo++;
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    return new Rejected(new Origin(origin.file(), lineNo),
                            "header line is not 'Key: value' (keys: Title, Published, URL, Source, Id, Authors)");
                }
                header.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            }
        }
        body = body.strip();
        if (body.isEmpty()) {
            return new Rejected(origin, "no article text");
        }
        List<String> warnings = new ArrayList<>();
        body = Body.prepare(body, warnings);
        if (body == null) {
            return new Rejected(origin, "no text left after removing HTML markup");
        }
        String published = emptyToNull(header.get("published"));
        if (published != null && Article.parseDate(published).isEmpty()) {
            warnings.add("'Published' is not an ISO date or date-time, ignored: " + published);
            published = null;
        }
        String id = emptyToNull(header.get("id"));
        if (id == null) {
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            id = dot > 0 ? name.substring(0, dot) : name;
        }
        List<String> authors = new ArrayList<>();
        String a = header.containsKey("authors") ? header.get("authors") : header.get("author");
        if (a != null) {
            for (String s : a.split(",")) {
                if (!s.isBlank()) {
                    authors.add(s.strip());
                }
            }
        }
        Article article = new Article(id, emptyToNull(header.get("title")), published,
                emptyToNull(header.get("url")), emptyToNull(header.get("source")), authors, body);
        return new Accepted(article, origin, warnings);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
