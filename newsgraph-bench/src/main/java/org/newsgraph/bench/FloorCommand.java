package org.newsgraph.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The bare OpenNLP models as a program of their own, over the same input an ingest reads: what a whole
 * {@code ingest} command is compared with when both are timed from the shell
 * ({@code /usr/bin/time bin/newsgraph bench floor mix.jsonl} against {@code /usr/bin/time bin/newsgraph
 * ingest --db DIR mix.jsonl}). It reads the input, loads the models and runs them over every article once,
 * cold, as an ingest does.
 */
@Command(name = "floor", mixinStandardHelpOptions = true,
        description = {"Runs the bare OpenNLP models over the articles of INPUT, once, as a program of its own, "
                + "and prints the time: the floor an ingest of the same input is compared with.",
                "Time the whole command from the shell to compare it with a whole ingest."})
final class FloorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories, as ingest reads them.")
    List<String> inputs;

    @Option(names = "--models", paramLabel = "basic|as_used|stock",
            description = "basic: sentences, tokens, POS; as_used: also lemmas as newsgraph takes them and the name "
                    + "finder; stock: also LemmatizerME on every token and the name finder (default: ${DEFAULT-VALUE}).")
    ModelFloor.Level level = ModelFloor.Level.BASIC;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = BenchMain.cores();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be positive");
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadResult> read = new ArticleReader().read(inputs)) {
            read.forEach(r -> {
                if (r instanceof ReadResult.Accepted a) {
                    articles.add(a.article().analysedPart());
                }
            });
        }
        long t0 = System.nanoTime();
        ModelFloor floor = new ModelFloor(level != ModelFloor.Level.BASIC);
        double load = (System.nanoTime() - t0) / 1e9;
        double run = floor.run(articles, threads, level);
        double sinceStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "floor (%s models), %d threads: %d articles; models loaded in %.1f s, run in %.1f s "
                        + "(%.1f articles/s); %.1f s since the JVM started%n", level.name().toLowerCase(Locale.ROOT),
                threads, articles.size(), load, run, articles.size() / run, sinceStart);
        out.flush();
        return BenchMain.OK;
    }
}
