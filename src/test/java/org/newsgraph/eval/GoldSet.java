package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A quality set's gold annotation, as {@code src/tools/gold_from_raw.py} writes it: one JSON object per article
 * and line, with ANNOTATION.md's alias lists and the evidence and date spans as character offsets (UTF-16 code
 * units, as Java strings count them) into the article text.
 *
 * @param name     the set's name, the file's name without {@code .jsonl}
 * @param articles the annotated articles, in the file's order
 */
record GoldSet(String name, List<Article> articles) {

    GoldSet {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
    }

    /** A character range of the article text; -1, -1 when the annotated text was not found. */
    record Span(int begin, int end) {
    }

    /** An entity: its type, alias list (canonical first), second type or null, and whether it is optional. */
    record Entity(String type, List<String> names, String secondType, boolean optional) {
        Entity {
            names = List.copyOf(names);
        }

        boolean accepts(String predictedType) {
            return type.equals(predictedType) || predictedType.equals(secondType);
        }
    }

    /** A role fact; {@code orgs} is null for "no org" (any organization, or none, is right). */
    record Role(List<String> person, List<String> roles, List<String> orgs, boolean optional, Span evidence) {
        Role {
            person = List.copyOf(person);
            roles = List.copyOf(roles);
            orgs = orgs == null ? null : List.copyOf(orgs);
        }
    }

    /**
     * A meeting: one alias list per required participant slot, the optional participants, the session body
     * (null if none), the accepted location names (empty: no location), its day (null if none) and whether that
     * day is optional, its status, and whether the whole meeting is optional.
     */
    record Meeting(List<List<String>> participants, List<List<String>> optionalParticipants, List<String> sessionBody,
                   List<String> location, String date, boolean dateOptional, String status, boolean optional,
                   Span evidence) {
        Meeting {
            participants = participants.stream().map(List::copyOf).toList();
            optionalParticipants = optionalParticipants.stream().map(List::copyOf).toList();
            sessionBody = sessionBody == null ? null : List.copyOf(sessionBody);
            location = List.copyOf(location);
        }
    }

    /** A date expression with a calendar value ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}). */
    record DateExpression(String text, int begin, int end, String value) {
    }

    /** One article's annotation; the lists of kinds it does not annotate are empty. */
    record Article(String id, Set<Kind> annotated, List<Entity> entities, List<Role> roles, List<Meeting> meetings,
                   List<DateExpression> dates) {
        Article {
            annotated = annotated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(annotated));
            entities = List.copyOf(entities);
            roles = List.copyOf(roles);
            meetings = List.copyOf(meetings);
            dates = List.copyOf(dates);
        }
    }

    /** The ids of the articles, in order. */
    List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    /** Whether some article of the set annotates this kind. */
    boolean annotates(Kind kind) {
        return articles.stream().anyMatch(a -> a.annotated().contains(kind));
    }

    /** Reads a gold file; a malformed line fails with the file and line named. */
    static GoldSet load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".jsonl") ? fileName.substring(0, fileName.length() - 6) : fileName;
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                articles.add(article(json.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new GoldSet(name, articles);
    }

    /** One article's gold from a line of a gold file. */
    static Article parse(String line) {
        try {
            return article(new ObjectMapper().readTree(line));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Article article(JsonNode n) {
        String id = required(n, "id").asText();
        Set<Kind> annotated = EnumSet.noneOf(Kind.class);
        for (JsonNode k : required(n, "annotated")) {
            annotated.add(Kind.of(k.asText()));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            entities.add(new Entity(required(e, "type").asText(), strings(required(e, "names")),
                    e.hasNonNull("second_type") ? e.get("second_type").asText() : null, e.path("optional").asBoolean()));
        }
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            JsonNode orgs = r.get("orgs");
            roles.add(new Role(strings(required(r, "person")), strings(required(r, "roles")),
                    orgs == null || orgs.isNull() ? null : strings(orgs), r.path("optional").asBoolean(), span(r)));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (JsonNode m : n.path("meetings")) {
            JsonNode body = m.get("session_body");
            JsonNode date = m.get("date");
            meetings.add(new Meeting(slots(required(m, "participants")), slots(m.path("optional_participants")),
                    body == null || body.isNull() ? null : strings(body), strings(required(m, "location")),
                    date == null || date.isNull() ? null : date.asText(), m.path("date_optional").asBoolean(),
                    required(m, "status").asText(), m.path("optional").asBoolean(), span(m)));
        }
        List<DateExpression> dates = new ArrayList<>();
        for (JsonNode d : n.path("dates")) {
            dates.add(new DateExpression(required(d, "text").asText(), required(d, "begin").asInt(),
                    required(d, "end").asInt(), required(d, "value").asText()));
        }
        return new Article(id, annotated, entities, roles, meetings, dates);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected a list of strings, got " + array.getNodeType());
        }
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static List<List<String>> slots(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        array.forEach(s -> out.add(strings(s)));
        return out;
    }

    private static Span span(JsonNode n) {
        JsonNode e = n.path("evidence");
        return new Span(e.path("begin").asInt(-1), e.path("end").asInt(-1));
    }
}
