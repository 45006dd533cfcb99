package org.newsgraph.cli;

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
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.Ingestor;
import org.newsgraph.Pipeline;
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
 */
final class Inbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.inbox");
    private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm");

    private final Path dir;
    private final NewsStore store;
    private final int threads;
    private final ScheduledExecutorService timer;
    private final List<String> extractors;
    private Ingestor ingestor;

    private Inbox(Path dir, NewsStore store, int threads, List<String> extractors) {
        this.dir = dir;
        this.store = store;
        this.threads = threads;
        this.extractors = extractors;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-inbox");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates the folder (and its done/ and rejected/ folders) and starts watching it. */
    static Inbox start(Path dir, NewsStore store, int threads) throws IOException {
        return start(dir, store, threads, null);
    }

    /** The same, running only the extractors named (null: all). */
    static Inbox start(Path dir, NewsStore store, int threads, List<String> extractors) throws IOException {
        Files.createDirectories(dir.resolve("done"));
        Files.createDirectories(dir.resolve("rejected"));
        Inbox inbox = new Inbox(dir, store, threads, extractors);
        inbox.timer.scheduleWithFixedDelay(inbox::scanSafely, 0, 1, TimeUnit.SECONDS);
        return inbox;
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException | IOException e) {
            LOG.error("inbox {}: {}", dir, e.toString());
        }
    }

    /** Ingests every complete file now in the folder, oldest name first. */
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
        if (ingestor == null) {
            ingestor = new Ingestor(store, Pipeline.StageTimer.NONE, extractors);
        }
        StringWriter log = new StringWriter();
        IngestReport report;
        try (PrintWriter w = new PrintWriter(log)) {
            try {
                report = ingestor.ingest(new ArticleReader().readFile(file), threads, Pipeline.Progress.NONE).report();
            } catch (NewsGraphException e) {
                // The store refused a write: leave the file where it is, to be tried again.
                LOG.error("inbox {}: {}", file, e.getMessage());
                return;
            }
            IngestRunner.summarise(report, w, w);
        }
        Path target = dir.resolve(report.allAccepted() ? "done" : "rejected").resolve(file.getFileName());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        if (!report.allAccepted()) {
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
