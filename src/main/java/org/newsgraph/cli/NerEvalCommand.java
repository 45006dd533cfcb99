package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.ner.NerEvaluation;
import org.newsgraph.nlp.ner.NerFormat;
import org.newsgraph.nlp.ner.NerScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ner-eval", mixinStandardHelpOptions = true,
        description = "Measures the name finder on an annotated corpus: exact-span precision, recall and F1, "
                + "overall and per type (as CoNLL's conlleval counts them).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:the corpus or model could not be read", "2:usage error"})
final class NerEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--conll", paramLabel = "FILE",
            description = "Annotated corpus: CoNLL-2003 (4 or 2 columns, IOB1 or IOB2) or UNER (tab-separated IOB2).")
    Path file;

    @Option(names = "--standoff", paramLabel = "FILE",
            description = "Instead of --conll: names annotated stand-off over corpus articles (train-ner's --standoff "
                    + "format), their text read from --corpus.")
    Path standoff;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "With --standoff: the articles (.jsonl files or folders) the annotations point into.")
    List<Path> corpus = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, conll, uner or gmb (default: ${DEFAULT-VALUE}).")
    NerFormat format;

    @Option(names = "--types", paramLabel = "TYPES", split = ",",
            description = "Score only these CoNLL types, e.g. PER,ORG,LOC (default: all).")
    List<String> types = List.of();

    @Option(names = "--model", paramLabel = "FILE",
            description = "A name-finder model file to measure instead of the shipped one.")
    Path model;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "0",
            description = "Then tag the corpus N more times and print the warm throughput (default: ${DEFAULT-VALUE}).")
    int speedRuns;

    @Option(names = "--errors", description = "Also print each sentence with an error: gold names missed (-) and "
            + "names found wrongly (+).")
    boolean errors;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Also write a confidence calibration table (raw score to precision) to FILE.")
    Path calibration;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (standoff == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one of --conll FILE, --standoff FILE");
        }
        if (!Files.isRegularFile(file != null ? file : standoff)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: "
                    + (file != null ? file : standoff));
        }
        if (standoff != null && corpus.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--standoff needs --corpus");
        }
        TokenNameFinderModel nerModel = model == null ? NameFinderMentionFinder.shippedModel()
                : NameFinderMentionFinder.readModel(model);
        NameFinderMentionFinder finder = model == null ? new NameFinderMentionFinder()
                : new NameFinderMentionFinder(nerModel);
        Set<String> only = new LinkedHashSet<>();
        types.forEach(t -> only.add(t.strip().toUpperCase(Locale.ROOT)));
        if (standoff != null) {
            PrintWriter err = spec.commandLine().getErr();
            UnaryOperator<String> gazetteer = nerModel.getArtifact(NameFinderMentionFinder.GAZETTEER)
                    instanceof WordClusterDictionary d ? d::lookupToken : w -> null;
            PrintWriter out = spec.commandLine().getOut();
            NerScores scores = NerEvaluation.evaluateStandoff(finder, standoff, corpus, only,
                    NameFinderMentionFinder.countries(gazetteer), line -> err.println("ner-eval: " + line),
                    errors ? out::println : null);
            out.println(standoff + (only.isEmpty() ? "" : " (types " + String.join(",", only) + ")"));
            out.print(scores.table());
            out.flush();
            return Main.OK;
        }
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        NerScores scores = NerEvaluation.evaluate(finder, file, format, only, errors ? out::println : null);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(file + (only.isEmpty() ? "" : " (types " + String.join(",", only) + ")"));
        out.print(scores.table());
        out.printf(Locale.ROOT, "%.1f s, %.0f sentences/s (including the first, cold sentences)%n", seconds,
                scores.sentences() / seconds);
        if (calibration != null) {
            Files.writeString(calibration, NerEvaluation.calibration(finder, file, format, 20));
            out.println("calibration table written to " + calibration);
        }
        if (speedRuns > 0) {
            long warm = System.nanoTime();
            for (int i = 0; i < speedRuns; i++) {
                NerEvaluation.evaluate(finder, file, format, only);
            }
            double s = (System.nanoTime() - warm) / 1e9;
            out.printf(Locale.ROOT, "warm: %d runs in %.1f s, %.0f sentences/s, %.0f tokens/s%n", speedRuns, s,
                    speedRuns * scores.sentences() / s, speedRuns * (double) scores.tokens() / s);
        }
        out.flush();
        return Main.OK;
    }
}
