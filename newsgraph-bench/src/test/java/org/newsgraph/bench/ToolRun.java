package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the real tools' command line in this JVM through {@link BenchMain#run}, capturing what it prints.
 *
 * @param exitCode the exit code {@code BenchMain.run} returned
 * @param out      what went to standard output
 * @param err      what went to standard error
 */
record ToolRun(int exitCode, String out, String err) {

    /** Runs {@code ARGS...}; one run at a time, since it swaps System.out and System.err. */
    static synchronized ToolRun run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = BenchMain.run(args);
            return new ToolRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
