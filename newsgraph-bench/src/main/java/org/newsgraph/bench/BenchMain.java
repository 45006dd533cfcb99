package org.newsgraph.bench;

import java.io.PrintWriter;
import org.newsgraph.common.NewsGraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The measuring tools, kept out of the jar users run: {@code bench} (ingest speed against the bare models,
 * stage shares, store loading, query latencies, memory; {@code bench floor} times the bare models alone over
 * any input) and {@code loadtest} (concurrent contract queries against an endpoint). {@code bin/newsgraph bench}
 * and {@code bin/newsgraph loadtest} run them. Only this class calls {@code System.exit}.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true,
        description = "newsgraph's measuring tools.",
        subcommands = {BenchCommand.class, LoadTestCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain {

    /** Exit codes: 0 done, 1 something failed, 2 usage error. */
    public static final int OK = 0;
    public static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("newsgraph: " + (e instanceof NewsGraphException ? e.getMessage() : e.toString()));
            err.flush();
            return FAILED;
        });
        return cl.execute(args);
    }

    /** Worker threads by default: one per core. */
    static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
