package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** An ingest stopped by SIGTERM says what it committed and how to finish, and what it says is what is stored. */
class IngestInterruptTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "ingest interrupted: (\\d+) new articles? committed by this run \\(the dataset holds (\\d+)\\)");
    private static final int BATCH = 4;

    @TempDir
    Path tmp;

    @Test
    void anIngestStoppedBySigtermSaysWhatItCommittedAndHowToFinish() throws Exception {
        Path db = tmp.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "-v", "ingest", "--db", db.toString(), "--batch-size", "" + BATCH, "--threads", "1",
                "--no-progress", "data/wikinews.jsonl").start();
        AtomicInteger batches = new AtomicInteger();
        StringBuffer errTail = new StringBuffer();
        Thread errReader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    if (line.contains("articles written")) {
                        batches.incrementAndGet();
                    }
                    if (errTail.length() < 20_000) {
                        errTail.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        errReader.setDaemon(true);
        errReader.start();
        StringBuilder stdout = new StringBuilder();
        Thread outReader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (stdout) {
                        stdout.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        outReader.setDaemon(true);
        outReader.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (batches.get() < 1 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the ingest was still running when stopped (" + batches.get() + " batches)");
        // SIGTERM sent with kill(1), as a service manager or a user would send it.
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -TERM");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        outReader.join(10_000);
        assertNotEquals(0, p.exitValue(), "stopped, not finished");

        String said;
        synchronized (stdout) {
            said = stdout.toString();
        }
        Matcher m = SUMMARY.matcher(said);
        assertTrue(m.find(), "exit " + p.exitValue() + ", said: " + said + "; logged: " + errTail);
        assertTrue(said.contains("Run the same ingest again to finish"), said);
        long committed = Long.parseLong(m.group(1));
        assertTrue(committed >= BATCH, "at least the first batch: " + said);
        assertTrue(committed < 62, "not the whole file: " + said);
        try (NewsStore store = NewsStore.open(db)) {
            long held = store.articleCount();
            assertTrue(held == committed || held == committed + BATCH,
                    "the dataset holds what it said, or one batch more that ended while it stopped: " + held);
        }
    }
}
