package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsgraph.ingest.ReadResult.Origin;
import org.newsgraph.ingest.ReadResult.Rejected;

/**
 * Reads articles from files, directories and standard input, lazily: a JSON Lines file of any size is read
 * one line at a time. Formats are chosen by extension:
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson} and {@code -} (standard input): one JSON object per line;</li>
 *   <li>{@code .json}: one object or an array of objects;</li>
 *   <li>{@code .txt}: optional {@code Key: value} header lines, a blank line, then the body;</li>
 *   <li>{@code .html}, {@code .htm}: a saved web page, reduced to its text (see {@link Html}).</li>
 * </ul>
 * Directories are walked recursively in name order; files with other extensions are skipped. A record that
 * cannot be read becomes a {@link Rejected} naming its file and line; reading goes on with the next one.
 */
public final class ArticleReader {

    /** Records larger than this are rejected rather than read into memory. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

    /** Lines in a row that are not text after which the rest of a JSON Lines file is taken for binary. */
    static final int MAX_BINARY_LINES_IN_A_ROW = 20;

    private final ObjectMapper json;
    private final int maxRecordBytes;
    private final TextFiles textFiles;

    /** A reader whose {@code .json} records may name text files in their own folder only. */
    public ArticleReader() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    public ArticleReader(int maxRecordBytes) {
        this(maxRecordBytes, List.of());
    }

    /**
     * A reader whose {@code .json} records may also name text files ({@code textFile}) under {@code textRoots}.
     * Wherever it is, a text file must be a regular file of at most {@code maxRecordBytes}.
     */
    public ArticleReader(int maxRecordBytes, List<Path> textRoots) {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive");
        }
        this.maxRecordBytes = maxRecordBytes;
        this.textFiles = new TextFiles(textRoots, maxRecordBytes);
        // Jackson's default cap on one string (20 M characters) would reject a long article that fits the
        // record limit; the record limit is the one that counts.
        this.json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(maxRecordBytes).build())
                .build());
    }

    /** Reads every input in order; {@code "-"} stands for JSON Lines on standard input. */
    public Stream<ReadResult> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    private Stream<ReadResult> readInput(String input) {
        if (input.equals("-")) {
            return jsonLines(System.in, "<stdin>");
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            return Stream.of(new Rejected(new Origin(input, 0), "no such file or directory"));
        }
        if (Files.isDirectory(path)) {
            return walk(path).flatMap(this::readFile);
        }
        return readFile(path);
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> Format.of(p) != null)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file, choosing the format by its extension. */
    public Stream<ReadResult> readFile(Path path) {
        Format format = Format.of(path);
        String name = path.toString();
        if (format == null) {
            return Stream.of(new Rejected(new Origin(name, 0),
                    "unknown file type (expected .jsonl, .json, .txt or .html)"));
        }
        Origin whole = new Origin(name, 0);
        try {
            if (Files.size(path) == 0) {
                return Stream.of(new Rejected(whole, "empty file"));
            }
            // A JSON Lines file is judged line by line: a NUL rejects its own line, not the lines around it.
            if (format != Format.JSON_LINES && looksBinary(path)) {
                return Stream.of(new Rejected(whole, "binary file (NUL bytes near its start), not text"));
            }
        } catch (IOException e) {
            return Stream.of(new Rejected(whole, "cannot read: " + e.getMessage()));
        }
        if (format == Format.JSON_LINES) {
            try {
                InputStream in = Files.newInputStream(path);
                return jsonLines(in, name).onClose(() -> closeQuietly(in));
            } catch (IOException e) {
                return Stream.of(new Rejected(new Origin(name, 0), "cannot read: " + e.getMessage()));
            }
        }
        Origin origin = new Origin(name, 0);
        String content;
        try {
            if (Files.size(path) > maxRecordBytes) {
                return Stream.of(new Rejected(origin, "file is larger than " + maxRecordBytes + " bytes"));
            }
            content = Text.decode(Files.readAllBytes(path));
        } catch (IOException e) {
            return Stream.of(new Rejected(origin, "cannot read: " + e.getMessage()));
        } catch (Text.NotTextException e) {
            return Stream.of(new Rejected(origin, e.getMessage()));
        }
        if (format == Format.JSON) {
            return jsonDocument(content, path);
        }
        if (format == Format.HTML) {
            return Stream.of(Html.page(content, path, origin));
        }
        return Stream.of(TextFormat.parse(content, path, origin));
    }

    /**
     * Reads one line of JSON Lines that a reader of its own split off (a distributed job's), with the same
     * checks as a line of a file here: its length, UTF-8, JSON, the fields. Null for a blank line.
     */
    public ReadResult readJsonLine(byte[] line, Origin origin) {
        if (line.length > maxRecordBytes) {
            return new Rejected(origin, "line is longer than " + maxRecordBytes + " bytes");
        }
        String content;
        try {
            content = Text.decode(line);
        } catch (Text.NotTextException e) {
            return new Rejected(origin, e.getMessage());
        }
        return content.isBlank() ? null : jsonRecord(content, origin, null);
    }

    /**
     * JSON Lines, one record a line, each line judged alone: a line that is not text (a NUL byte, bytes that
     * are not UTF-8) is rejected by itself and the lines around it are read. Lines that are not text are held
     * back until a text line follows: when the file opens with {@value #MAX_BINARY_LINES_IN_A_ROW} of them, or
     * holds nothing else, it is rejected once as a binary file; a run of that many later in the file ends the
     * reading of it, with one rejection for the run and the rest.
     */
    private Stream<ReadResult> jsonLines(InputStream in, String name) {
        LineSplitter lines = new LineSplitter(in, maxRecordBytes);
        Spliterator<ReadResult> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private final Deque<ReadResult> ready = new ArrayDeque<>();
            private final List<Rejected> notText = new ArrayList<>();
            private boolean anyRecord;
            private boolean anyText;
            private boolean done;

            @Override
            public boolean tryAdvance(Consumer<? super ReadResult> action) {
                while (ready.isEmpty() && !done) {
                    step();
                }
                if (ready.isEmpty()) {
                    return false;
                }
                action.accept(ready.poll());
                return true;
            }

            /** Reads one line, and queues what it gives. */
            private void step() {
                LineSplitter.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    flushNotText();
                    ready.add(new Rejected(new Origin(name, lines.lineNumber()), "cannot read: " + e.getMessage()));
                    done = true;
                    return;
                }
                if (line == null) {
                    if (!anyText && !notText.isEmpty()) {
                        ready.add(binaryFile());
                    } else {
                        flushNotText();
                    }
                    if (!anyRecord) {
                        ready.add(new Rejected(new Origin(name, 0), "no articles (the input is empty)"));
                    }
                    done = true;
                    return;
                }
                Origin origin = new Origin(name, line.number());
                if (line.tooLong()) {
                    anyRecord = true;
                    flushNotText();
                    ready.add(new Rejected(origin, "line is longer than " + maxRecordBytes + " bytes"));
                    return;
                }
                String content;
                try {
                    content = Text.decode(line.bytes());
                } catch (Text.NotTextException e) {
                    anyRecord = true;
                    notText.add(new Rejected(origin, e.getMessage()));
                    if (notText.size() >= MAX_BINARY_LINES_IN_A_ROW) {
                        ready.add(anyText ? new Rejected(notText.get(0).origin(), "lines " + notText.get(0).origin()
                                .line() + "-" + line.number() + " are not text (a binary part?): the rest of the file "
                                + "was not read") : binaryFile());
                        notText.clear();
                        done = true;
                    }
                    return;
                }
                anyText = true;
                flushNotText();
                if (content.isBlank()) {
                    return;
                }
                anyRecord = true;
                ready.add(jsonRecord(content, origin, null));
            }

            private Rejected binaryFile() {
                return new Rejected(new Origin(name, 0), "binary file (its lines are not text), not read");
            }

            private void flushNotText() {
                ready.addAll(notText);
                notText.clear();
            }
        };
        return StreamSupport.stream(split, false);
    }

    private Stream<ReadResult> jsonDocument(String content, Path path) {
        Origin origin = new Origin(path.toString(), 0);
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return Stream.of(new Rejected(new Origin(path.toString(), line), "malformed JSON: " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return Stream.of(new Rejected(origin, "empty file"));
        }
        if (root.isArray()) {
            List<ReadResult> results = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                results.add(JsonFields.toArticle(root.get(i), new Origin(path + "[" + i + "]", 0), path, textFiles));
            }
            return results.stream();
        }
        return Stream.of(JsonFields.toArticle(root, origin, path, textFiles));
    }

    private ReadResult jsonRecord(String line, Origin origin, Path base) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return new Rejected(origin, "malformed JSON: " + e.getOriginalMessage());
        }
        return JsonFields.toArticle(node, origin, base, textFiles);
    }

    /** True when the first 8 KB of a file hold a NUL byte, which no text file has. */
    private static boolean looksBinary(Path path) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of an input loses nothing
        }
    }

    /** The input formats, chosen by file extension. */
    enum Format {
        JSON_LINES, JSON, TEXT, HTML;

        static Format of(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSON_LINES;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            return null;
        }
    }
}
