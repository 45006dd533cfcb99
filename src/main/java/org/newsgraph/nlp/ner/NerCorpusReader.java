package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.newsgraph.common.NewsGraphException.ConfigException;

/** Reads annotated NER corpora into documents of IOB2-tagged sentences. */
final class NerCorpusReader {

    private NerCorpusReader() {
    }

    static List<NerDocument> read(Path file, NerFormat format) {
        try {
            NerFormat f = format == NerFormat.AUTO ? detect(file) : format;
            return switch (f) {
                case UNER -> readUner(Files.readAllLines(file, StandardCharsets.UTF_8));
                case GMB -> readGmb(Files.readAllLines(file, Charset.forName("ISO-8859-1")), Set.of());
                default -> readConll(Files.readAllLines(file, StandardCharsets.UTF_8));
            };
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the GMB CSV; person names lose leading words in {@code titles} (lower-case, no final dot). */
    static List<NerDocument> readGmb(Path file, Set<String> titles) {
        try {
            return readGmb(Files.readAllLines(file, Charset.forName("ISO-8859-1")), titles);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static NerFormat detect(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".csv")) {
            return NerFormat.GMB;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                return cols.length >= 3 && cols[0].matches("\\d+") ? NerFormat.UNER : NerFormat.CONLL;
            }
        }
        return NerFormat.CONLL;
    }

    static List<NerDocument> readConll(List<String> lines) {
        List<NerDocument> docs = new ArrayList<>();
        List<TaggedSentence> doc = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("-DOCSTART-")) {
                flushSentence(doc, tokens, tags);
                flushDocument(docs, doc);
                continue;
            }
            if (line.isEmpty()) {
                flushSentence(doc, tokens, tags);
                continue;
            }
            String[] cols = line.split("\\s+");
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        flushSentence(doc, tokens, tags);
        flushDocument(docs, doc);
        return docs;
    }

    static List<NerDocument> readUner(List<String> lines) {
        List<NerDocument> docs = new ArrayList<>();
        List<TaggedSentence> doc = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc")) {
                    flushSentence(doc, tokens, tags);
                    flushDocument(docs, doc);
                }
                continue;
            }
            if (line.isBlank()) {
                flushSentence(doc, tokens, tags);
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[0].matches("\\d+")) {
                continue; // multi-word token ranges (1-2) and empty nodes (1.1) carry no tag of their own
            }
            tokens.add(cols[1]);
            tags.add(cols[2]);
        }
        flushSentence(doc, tokens, tags);
        flushDocument(docs, doc);
        return docs;
    }

    /**
     * GMB's types mapped to CoNLL's: per → PER (without leading titles, as CoNLL annotates), org → ORG,
     * geo → LOC, gpe (mostly nationality adjectives) and art, eve, nat → MISC, tim → none. GMB has no document
     * boundaries, so every sentence is its own document.
     */
    static List<NerDocument> readGmb(List<String> lines, Set<String> titles) {
        List<NerDocument> docs = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> cols = csv(lines.get(n));
            if (cols.size() < 4) {
                continue;
            }
            if (!cols.get(0).isEmpty()) {
                addGmbSentence(docs, tokens, tags, titles);
            }
            tokens.add(cols.get(1));
            tags.add(gmbTag(cols.get(3)));
        }
        addGmbSentence(docs, tokens, tags, titles);
        return docs;
    }

    private static void addGmbSentence(List<NerDocument> docs, List<String> tokens, List<String> tags,
                                       Set<String> titles) {
        if (tokens.isEmpty()) {
            return;
        }
        String[] toks = tokens.toArray(String[]::new);
        TaggedSentence s = new TaggedSentence(toks, TaggedSentence.toIob2(tags.toArray(String[]::new)));
        List<Span> names = new ArrayList<>();
        for (Span span : s.names()) {
            int start = span.getStart();
            if (span.getType().equals("PER")) {
                while (start < span.getEnd() && isTitle(toks[start], titles)) {
                    start++;
                }
            }
            if (start < span.getEnd()) {
                names.add(new Span(start, span.getEnd(), span.getType()));
            }
        }
        docs.add(new NerDocument(List.of(TaggedSentence.of(toks, names))));
        tokens.clear();
        tags.clear();
    }

    private static boolean isTitle(String token, Set<String> titles) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return titles.contains(t) || !Character.isUpperCase(token.charAt(0));
    }

    private static String gmbTag(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
            case "per" -> "PER";
            case "org" -> "ORG";
            case "geo" -> "LOC";
            case "gpe", "art", "eve", "nat" -> "MISC";
            default -> null;
        };
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static void flushSentence(List<TaggedSentence> doc, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            String[] t = tags.stream().map(NerCorpusReader::normaliseTag).toArray(String[]::new);
            doc.add(new TaggedSentence(tokens.toArray(String[]::new), TaggedSentence.toIob2(t)));
            tokens.clear();
            tags.clear();
        }
    }

    private static String normaliseTag(String tag) {
        if (tag.length() > 2 && tag.charAt(1) == '-') {
            String type = tag.substring(2).toUpperCase(Locale.ROOT);
            type = switch (type) {
                case "PERSON" -> "PER";
                case "LOCATION", "GPE" -> "LOC";
                case "ORGANIZATION", "ORGANISATION" -> "ORG";
                default -> type;
            };
            return tag.charAt(0) + "-" + type;
        }
        return "O";
    }

    private static void flushDocument(List<NerDocument> docs, List<TaggedSentence> doc) {
        if (!doc.isEmpty()) {
            docs.add(new NerDocument(doc));
            doc.clear();
        }
    }
}
