package org.newsgraph.inbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.IngestReport;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.NewsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder that a running server ingests from: the way to add articles to a dataset that {@code serve}
 * holds open (TDB2 lets one process open a dataset, so a second {@code ingest} process is refused).
 *
 * <p>Every second the folder is scanned for {@code .jsonl}, {@code .ndjson}, {@code .json}, {@code .txt} and
 * {@code .html} files; each is ingested in the server's own process through {@link NewsStore#putAll} (write
 * transactions, so queries running meanwhile see the dataset before or after each batch, never half of it),
 * then moved to {@code done/}, or to {@code rejected/} with a {@code .log} file naming what was rejected and why.
 * Names starting with a dot are skipped: write a file under such a name and rename it when complete, so
 * that a half-written file is never read.
 *
 * <p>A file that fails in any way other than the store refusing a write (which leaves it in place, to be tried
 * again) goes to {@code rejected/} with a log saying why, and the watcher goes on: one bad file never stops
 * the folder from being read, now or after a restart. A {@code .json} record's {@code textFile} is read only
 * under the inbox or the text roots the reader was given.
 */
public final class Inbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.inbox");
    private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm");

    private final Path dir;
    private final NewsStore store;
    private final int threads;
    private final ArticleReader reader;
    private final ScheduledExecutorService timer;
    private final List<String> extractors;
    private Ingestor ingestor;

    private Inbox(Path dir, NewsStore store, int threads, ArticleReader reader, List<String> extractors) {
        this.dir = dir;
        this.store = store;
        this.threads = threads;
        this.reader = reader;
        this.extractors = extractors;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-inbox");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Creates the folder (and its done/ and rejected/ folders) and starts watching it, reading files with
     * {@code reader} (whose text roots say where {@code textFile} may point).
     */
    public static Inbox start(Path dir, NewsStore store, int threads, ArticleReader reader) throws IOException {
        return start(dir, store, threads, reader, null);
    }

    /** The same, running only the extractors named (null: all). */
    public static Inbox start(Path dir, NewsStore store, int threads, ArticleReader reader, List<String> extractors)
            throws IOException {
        Files.createDirectories(dir.resolve("done"));
        Files.createDirectories(dir.resolve("rejected"));
        Inbox inbox = new Inbox(dir, store, threads, reader, extractors);
        inbox.timer.scheduleWithFixedDelay(inbox::scanSafely, 0, 1, TimeUnit.SECONDS);
        return inbox;
    }

    /** One round; nothing thrown escapes, since a scheduled task that throws is never run again. */
    private void scanSafely() {
        try {
            scan();
        } catch (Exception | Error e) {
            LOG.error("inbox {}: {}", dir, e.toString());
        }
    }

    /** Ingests every complete file now in the folder, in name order. */
    void scan() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(Inbox::isArticleFile).sorted().toList();
        }
        for (Path file : files) {
            ingest(file);
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void ingest(Path file) throws IOException {
        StringWriter log = new StringWriter();
        boolean accepted;
        try (PrintWriter w = new PrintWriter(log)) {
            try {
                if (ingestor == null) {
                    ingestor = new Ingestor(store, Pipeline.StageTimer.NONE, extractors);
                }
                IngestReport report;
                try (var records = reader.readFile(file)) {
                    report = ingestor.ingest(records, threads, Pipeline.Progress.NONE).report();
                }
                report.warnings().forEach(x -> w.println("warning: " + x));
                report.rejected().forEach(r -> w.println("rejected: " + r));
                w.println(report.summary());
                accepted = report.allAccepted();
            } catch (NewsGraphException.StoreException e) {
                // The store refused a write: leave the file where it is, to be tried again.
                LOG.error("inbox {}: {}", file, e.getMessage());
                return;
            } catch (Exception | Error e) {
                // Whatever else went wrong, the file goes aside with the reason, and the next one is read.
                w.println("rejected: " + file + ": could not be ingested: " + e);
                accepted = false;
            }
        }
        Path target = dir.resolve(accepted ? "done" : "rejected").resolve(file.getFileName());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        if (!accepted) {
            Files.writeString(target.resolveSibling(file.getFileName() + ".log"), log.toString(),
                    StandardCharsets.UTF_8);
        }
        LOG.info("inbox {}: {}", file.getFileName(), log.toString().strip());
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            // A batch being written finishes; nothing new starts.
            timer.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
