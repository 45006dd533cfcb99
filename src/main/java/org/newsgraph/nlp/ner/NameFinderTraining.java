package org.newsgraph.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.Truecaser;

/**
 * Trains newsgraph's English name finder (PER, ORG, LOC, MISC) from the annotated corpora in one data folder,
 * so that one command reproduces the shipped model:
 * <ol>
 *   <li>training sentences: CoNLL-2003 {@code eng.train} and {@code eng.testa}; optionally GMB sentences
 *       (types mapped, titles stripped from person names) and UNER English-EWT dev/test sentences (only those
 *       whose every capitalised word inside the sentence lies in a name, since UNER has no MISC);</li>
 *   <li>a token dictionary from the gazetteers and title words ({@link Gazetteers});</li>
 *   <li>word clusters induced from unlabelled news text plus the training sentences ({@link WordClusters}), and
 *       from the same text how each word is usually written ({@link CaseEvidence}); lines set in capitals are
 *       recased with it ({@link Truecaser});</li>
 *   <li>OpenNLP's name-finder trainer over the feature generators in {@value #FEATURES}, which carries the
 *       dictionary and clusters inside the model file.</li>
 * </ol>
 * The evaluation sets (CoNLL {@code eng.testb}, wikigold, UNER PUD) are never read here.
 */
public final class NameFinderTraining {

    /** The feature-generator descriptor, on the classpath. */
    public static final String FEATURES = "/models/ner-features.xml";

    private NameFinderTraining() {
    }

    /**
     * What to train on and how.
     *
     * @param data         the NER data folder (holds {@code conll2003/}, {@code gmb/}, {@code uner-en/})
     * @param gazetteers   the gazetteer folder
     * @param corpus       folders or {@code .jsonl} files of unlabelled articles for the word clusters
     * @param clusterCache a file to read the word clusters from, or to write them to when it does not exist;
     *                     null to always induce them
     * @param withTesta    whether CoNLL's development set {@code eng.testa} is trained on too
     * @param gmbSentences how many GMB sentences to add (0 for none), taken evenly over the file
     * @param withEwt      whether to add UNER English-EWT dev/test sentences
     * @param algorithm    OpenNLP trainer: PERCEPTRON, MAXENT or MAXENT_QN
     * @param codec        bio or bilou
     * @param truecase     whether lines set in capitals are recased ({@link Truecaser}) in training and, as the
     *                     model then carries the table of usual forms, at tagging time
     * @param trainerParams further OpenNLP trainer parameters ({@code L1Cost}, {@code L2Cost} of MAXENT_QN, ...)
     * @param features     a feature-generator descriptor file; null for the one on the classpath ({@value #FEATURES})
     * @param standoff     names annotated stand-off over corpus articles ({@link StandoffNames}), null for none
     * @param standoffWeight how many times each of those sentences is trained on
     * @param excludedIds  corpus articles never read, neither as unlabelled text nor as annotations (the quality
     *                     sets)
     */
    public record Options(Path data, Path gazetteers, List<Path> corpus, Path clusterCache, boolean withTesta,
                          int gmbSentences, boolean withEwt, String algorithm, int iterations, int cutoff,
                          String codec, int clusters, long seed, Path features,
                          boolean truecase, Map<String, String> trainerParams, Path standoff, int standoffWeight,
                          Set<String> excludedIds) {
        public Options {
            excludedIds = Set.copyOf(excludedIds);
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(gazetteers, "gazetteers");
            corpus = List.copyOf(corpus);
            trainerParams = Map.copyOf(trainerParams);
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(codec, "codec");
        }
    }

    /** Trains a model; {@code log} hears what is being done. */
    public static TokenNameFinderModel train(Options o, Consumer<String> log) {
        ExtensionLoader.registerAllowedPackage(NameFinderMentionFinder.FEATURE_PACKAGE);
        try {
            Map<String, String> gaz = Gazetteers.dictionary(o.gazetteers());
            List<NerDocument> docs = trainingDocuments(o, log);
            if (o.standoff() != null) {
                List<NerDocument> modern = StandoffNames.read(o.standoff(), o.corpus(), o.excludedIds(),
                        NameFinderMentionFinder.countries(gaz::get), log);
                for (int i = 0; i < o.standoffWeight(); i++) {
                    docs.addAll(modern);
                }
            }
            byte[] descriptor = featureDescriptor(o.features());
            String descriptorText = new String(descriptor, StandardCharsets.UTF_8);
            Map<String, Object> resources = new HashMap<>();
            log.accept("gazetteer tokens: " + gaz.size());
            resources.put(NameFinderMentionFinder.GAZETTEER, dictionary(gaz));
            ClusterText text = new ClusterText(o, log);
            WordClusters clusters = clusters(o, text, log);
            resources.put("clusters-fine", dictionary(clusters.level(0)));
            resources.put("clusters-mid", dictionary(clusters.level(1)));
            resources.put("clusters-coarse", dictionary(clusters.level(2)));
            CaseEvidence cases = caseEvidence(o, text, log);
            resources.put(NameFinderMentionFinder.CASE_CLASSES, dictionary(cases.classes(3)));
            resources.put("clusters-cased", dictionary(cases.casedClusters(clusters, 0)));
            Map<String, String> usualForms = cases.usualForms();
            if (o.truecase()) {
                resources.put(NameFinderMentionFinder.USUAL_FORMS, dictionary(usualForms));
            }
            // the finder reads these at tagging time (NameFinderMentionFinder), so they stay in the model
            Set<String> kept = Set.of(NameFinderMentionFinder.CASE_CLASSES, NameFinderMentionFinder.USUAL_FORMS);
            resources.keySet().removeIf(name -> !kept.contains(name) && !names(descriptorText, name));
            Truecaser truecaser = o.truecase() ? new Truecaser(usualForms::get) : null;

            List<NameSample> samples = new ArrayList<>();
            for (NerDocument doc : docs) {
                List<String[]> words = doc.sentences().stream().map(s -> normalised(s.tokens())).toList();
                String[][] cased = truecaser != null ? truecaser.apply(words) : words.toArray(String[][]::new);
                for (int i = 0; i < cased.length; i++) {
                    samples.add(new NameSample(cased[i], doc.sentences().get(i).names().toArray(Span[]::new), i == 0));
                }
            }
            log.accept("training sentences: " + samples.size());
            TrainingParameters params = new TrainingParameters();
            params.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
            params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
            params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
            params.put(TrainingParameters.THREADS_PARAM, 1);
            o.trainerParams().forEach(params::put);
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources,
                    o.codec().equalsIgnoreCase("bilou") ? new BilouCodec() : new BioCodec());
            long start = System.nanoTime();
            TokenNameFinderModel model = NameFinderME.train("en", null,
                    ObjectStreamUtils.createObjectStream(samples), params, factory);
            log.accept(String.format(java.util.Locale.ROOT, "trained in %.0f s", (System.nanoTime() - start) / 1e9));
            return model;
        } catch (IOException e) {
            throw new NewsGraphException("name-finder training failed: " + e.getMessage(), e);
        }
    }

    /** Writes a model to a file. */
    public static void write(TokenNameFinderModel model, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                model.serialize(os);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot write model " + out + ": " + e.getMessage(), e);
        }
    }

    static List<NerDocument> trainingDocuments(Options o, Consumer<String> log) {
        List<NerDocument> docs = new ArrayList<>();
        Path conll = o.data().resolve("conll2003");
        docs.addAll(NerCorpusReader.read(conll.resolve("eng.train"), NerFormat.CONLL));
        if (o.withTesta()) {
            docs.addAll(NerCorpusReader.read(conll.resolve("eng.testa"), NerFormat.CONLL));
        }
        log.accept("CoNLL documents: " + docs.size());
        if (o.withEwt()) {
            int kept = 0;
            int all = 0;
            for (String f : List.of("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2")) {
                for (NerDocument d : NerCorpusReader.read(o.data().resolve("uner-en").resolve(f), NerFormat.UNER)) {
                    List<TaggedSentence> complete = new ArrayList<>();
                    for (TaggedSentence s : d.sentences()) {
                        all++;
                        if (fullyAnnotated(s)) {
                            complete.add(s);
                        }
                    }
                    kept += complete.size();
                    if (!complete.isEmpty()) {
                        docs.add(new NerDocument(complete));
                    }
                }
            }
            log.accept("UNER EWT sentences kept: " + kept + " of " + all);
        }
        if (o.gmbSentences() > 0) {
            List<NerDocument> gmb = NerCorpusReader.readGmb(o.data().resolve("gmb").resolve("ner_dataset.csv"),
                    Gazetteers.titleWords());
            int step = Math.max(1, gmb.size() / o.gmbSentences());
            int added = 0;
            for (int i = 0; i < gmb.size() && added < o.gmbSentences(); i += step) {
                docs.add(gmb.get(i));
                added++;
            }
            log.accept("GMB sentences: " + added + " of " + gmb.size());
        }
        return docs;
    }

    /**
     * A sentence from a corpus without MISC is safe to train on only when it has no unannotated name: every
     * capitalised word after the first lies in a name ("I" aside).
     */
    static boolean fullyAnnotated(TaggedSentence s) {
        for (int i = 1; i < s.tokens().length; i++) {
            String t = s.tokens()[i];
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !t.equals("I") && s.tags()[i].equals("O")) {
                return false;
            }
        }
        return true;
    }

    private static WordClusters clusters(Options o, ClusterText text, Consumer<String> log) throws IOException {
        Path cache = o.clusterCache();
        if (cache != null && Files.isRegularFile(cache)) {
            log.accept("word clusters from " + cache);
            return WordClusters.read(cache);
        }
        long start = System.nanoTime();
        WordClusters clusters = WordClusters.induce(text.get(), 4, 80_000, o.clusters(), o.clusters() / 4,
                o.clusters() / 16, 10, o.seed());
        log.accept(String.format(java.util.Locale.ROOT, "%d words clustered in %.0f s", clusters.words(),
                (System.nanoTime() - start) / 1e9));
        if (cache != null) {
            clusters.write(cache);
        }
        return clusters;
    }

    /**
     * The text the word clusters and the case evidence are counted over: the annotated texts, labels aside, plus
     * the unlabelled articles. CoNLL's eng.testa is left out so the clusters are the same whether or not it is
     * trained on (and models compared on it share them).
     */
    private static List<String[]> clusterText(Options o, Consumer<String> log) throws IOException {
        List<NerDocument> annotatedDocs = new ArrayList<>();
        Path conll = o.data().resolve("conll2003");
        annotatedDocs.addAll(NerCorpusReader.read(conll.resolve("eng.train"), NerFormat.CONLL));
        annotatedDocs.addAll(NerCorpusReader.readGmb(o.data().resolve("gmb").resolve("ner_dataset.csv"), Set.of()));
        for (String f : List.of("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2")) {
            annotatedDocs.addAll(NerCorpusReader.read(o.data().resolve("uner-en").resolve(f), NerFormat.UNER));
        }
        List<String[]> text = new ArrayList<>();
        for (NerDocument d : annotatedDocs) {
            d.sentences().forEach(s -> text.add(normalised(s.tokens())));
        }
        int annotated = text.size();
        text.addAll(unlabelled(o.corpus(), o.excludedIds()));
        log.accept("cluster text: " + annotated + " sentences of annotated corpora + " + (text.size() - annotated)
                + " of unlabelled articles");
        return text;
    }

    /** The cluster text, read once and only when needed. */
    private static final class ClusterText {
        private final Options o;
        private final Consumer<String> log;
        private List<String[]> text;

        ClusterText(Options o, Consumer<String> log) {
            this.o = o;
            this.log = log;
        }

        List<String[]> get() throws IOException {
            if (text == null) {
                text = clusterText(o, log);
            }
            return text;
        }
    }

    private static CaseEvidence caseEvidence(Options o, ClusterText text, Consumer<String> log) throws IOException {
        Path cache = o.clusterCache() == null ? null
                : o.clusterCache().resolveSibling(o.clusterCache().getFileName() + ".case");
        if (cache != null && Files.isRegularFile(cache)) {
            log.accept("case evidence from " + cache);
            return CaseEvidence.read(cache);
        }
        CaseEvidence cases = CaseEvidence.count(text.get());
        log.accept("case evidence for " + cases.words() + " words");
        if (cache != null) {
            cases.write(cache);
        }
        return cases;
    }

    /** Whether a feature descriptor names a resource. */
    private static boolean names(String descriptor, String resource) {
        return descriptor.contains(">" + resource + "<");
    }

    /**
     * Sentences of the articles in the given folders or JSON Lines files, tokenised like the pipeline does; the
     * articles whose id is in {@code excluded} are skipped unread.
     */
    static List<String[]> unlabelled(List<Path> sources, Set<String> excluded) throws IOException {
        SentenceModel sentenceModel = Models.load(Models.SENTENCE, SentenceModel::new);
        SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        TokenizerModel tokenizerModel = Models.load(Models.TOKENS, TokenizerModel::new);
        TokenizerME tokenizer = new TokenizerME(tokenizerModel);
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        for (Path source : sources) {
            List<Path> files;
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
                }
            } else {
                files = List.of(source);
            }
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode article = json.readTree(line);
                    JsonNode id = article.get("id");
                    if (id != null && excluded.contains(id.asText())) {
                        continue;
                    }
                    JsonNode text = article.get("text");
                    if (text == null) {
                        continue;
                    }
                    for (String para : NameFinderMentionFinder.normalise(text.asText()).split("\n")) {
                        if (para.isBlank()) {
                            continue;
                        }
                        for (String sentence : sentences.sentDetect(para)) {
                            String[] tokens = tokenizer.tokenize(sentence);
                            if (tokens.length > 0) {
                                out.add(tokens);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String[] normalised(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = NameFinderMentionFinder.normalise(tokens[i]);
        }
        return out;
    }

    private static byte[] featureDescriptor(Path file) throws IOException {
        if (file != null) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new ConfigException("not on the classpath: " + FEATURES);
            }
            return in.readAllBytes();
        }
    }

    private static WordClusterDictionary dictionary(Map<String, String> entries) {
        return TokenDictionaryFeatureGeneratorFactory.TokenDictionary.of(entries);
    }
}
