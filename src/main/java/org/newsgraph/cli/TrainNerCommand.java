package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.ner.NameFinderTraining;
import org.newsgraph.nlp.ner.NerEvaluation;
import org.newsgraph.nlp.ner.NerFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains the English name finder (PER, ORG, LOC, MISC) from the annotated corpora and "
                + "writes the model. Single-threaded; see src/main/resources/models/MODEL-CARD.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:the data could not be read or the model written", "2:usage error"})
final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "NER data folder with conll2003/, gmb/ and uner-en/.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--gazetteers", paramLabel = "DIR",
            description = "Gazetteer folder (default: DATA/../gazetteers).")
    Path gazetteers;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Unlabelled articles (.jsonl files or folders) for the word clusters "
                    + "(default: DATA/../../corpus).")
    List<Path> corpus;

    @Option(names = "--cluster-cache", paramLabel = "FILE",
            description = "Read word clusters from FILE, or write them there when it does not exist.")
    Path clusterCache;

    @Option(names = "--no-testa", description = "Leave CoNLL's development set out of training.")
    boolean noTesta;

    @Option(names = "--gmb", paramLabel = "N", description = "GMB sentences to add (default: ${DEFAULT-VALUE}).")
    int gmb = 0;

    @Option(names = "--ewt", description = "Add the fully annotated UNER English-EWT dev/test sentences.")
    boolean ewt;

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "PERCEPTRON, MAXENT or MAXENT_QN (default: ${DEFAULT-VALUE}).")
    String algorithm = "PERCEPTRON";

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 100;

    @Option(names = "--cutoff", paramLabel = "N",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff = 2;

    @Option(names = "--codec", paramLabel = "NAME", description = "bio or bilou (default: ${DEFAULT-VALUE}).")
    String codec = "bilou";

    @Option(names = "--clusters", paramLabel = "K", description = "Fine word clusters (default: ${DEFAULT-VALUE}).")
    int clusters = 1000;

    @Option(names = "--no-truecase",
            description = "Leave lines set in capitals as they are, in training and at tagging time.")
    boolean noTruecase;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A further OpenNLP trainer parameter, e.g. L1Cost=0.1 or L2Cost=0.1 for MAXENT_QN (repeatable).")
    java.util.Map<String, String> trainerParams = new java.util.LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the clustering (default: ${DEFAULT-VALUE}).")
    long seed = 17;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Feature-generator descriptor (default: the one the shipped model was trained with).")
    Path features;

    @Option(names = "--standoff", paramLabel = "FILE",
            description = "Names annotated stand-off over corpus articles (ID, BEGIN, END, TYPE rows), trained on "
                    + "with their text read from the corpus.")
    Path standoff;

    @Option(names = "--standoff-weight", paramLabel = "N",
            description = "How many times each stand-off annotated sentence is trained on (default: ${DEFAULT-VALUE}).")
    int standoffWeight = 1;

    @Option(names = "--exclude-ids", paramLabel = "FILE",
            description = "Corpus article ids (one a line, or the second column of a set list) never read: neither "
                    + "as unlabelled text nor as annotations.")
    Path excludeIds;

    @Option(names = "--eval", paramLabel = "FILE",
            description = "After training, score the new model on these annotated files (repeatable).")
    List<Path> eval = new ArrayList<>();

    @Override
    public Integer call() {
        if (!Files.isDirectory(data.resolve("conll2003"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no conll2003/ under " + data);
        }
        Path gaz = gazetteers != null ? gazetteers : data.resolve("../gazetteers").normalize();
        List<Path> text = corpus != null ? corpus : List.of(data.resolve("../../corpus").normalize());
        PrintWriter err = spec.commandLine().getErr();
        Set<String> excluded = excludeIds == null ? Set.of() : readIds(excludeIds);
        if (excludeIds == null) {
            err.println("train-ner: no --exclude-ids: every corpus article may be read");
        }
        NameFinderTraining.Options options = new NameFinderTraining.Options(data, gaz, text, clusterCache, !noTesta,
                gmb, ewt, algorithm.toUpperCase(Locale.ROOT), iterations, cutoff, codec, clusters, seed, features,
                !noTruecase, trainerParams, standoff, standoffWeight, excluded);
        long start = System.nanoTime();
        TokenNameFinderModel model = NameFinderTraining.train(options, line -> {
            err.println("train-ner: " + line);
            err.flush();
        });
        NameFinderTraining.write(model, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.0f s%n", out, sizeMb(out), (System.nanoTime() - start) / 1e9);
        NameFinderMentionFinder finder = new NameFinderMentionFinder(model);
        for (Path file : eval) {
            stdout.println(file);
            stdout.print(NerEvaluation.evaluate(finder, file, NerFormat.AUTO, Set.of()).table());
        }
        stdout.flush();
        return Main.OK;
    }

    /** Article ids, one a line; of a tab-separated line (a set list: SET, ID) the last column. */
    private Set<String> readIds(Path file) {
        try {
            Set<String> ids = new java.util.HashSet<>();
            for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                String[] f = line.strip().split("\t");
                if (!f[f.length - 1].isEmpty() && !line.startsWith("#")) {
                    ids.add(f[f.length - 1].strip());
                }
            }
            return ids;
        } catch (java.io.IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static double sizeMb(Path file) {
        try {
            return Files.size(file) / 1e6;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
