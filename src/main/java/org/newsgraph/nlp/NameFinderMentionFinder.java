package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Finds people, organizations, places and other names (CoNLL's PER, ORG, LOC, MISC) with an OpenNLP
 * name-finder model that newsgraph trains itself ({@code bin/newsgraph train-ner}) and ships at
 * {@value #MODEL}. The model's outcome types are mapped with {@link EntityType#fromTag}; a mention's
 * confidence is the name finder's probability for its span.
 *
 * <p>Thread safety: the model is loaded once and shared; OpenNLP's {@code NameFinderME} is not thread-safe,
 * so it is used through {@link ThreadSafeNameFinderME}, which keeps one instance per thread. One finder can
 * serve any number of threads. The name finder's adaptive data (what it has already called each token in
 * this article) is cleared at the start of every article, so articles never influence each other.
 */
public final class NameFinderMentionFinder implements MentionFinder {

    /** Classpath resource of the shipped English name-finder model. */
    public static final String MODEL = "/models/newsgraph-ner-en.bin";

    /**
     * The package of the model's own feature generators. OpenNLP instantiates the generators a model names
     * only from packages it was told to trust.
     */
    public static final String FEATURE_PACKAGE = "org.newsgraph.nlp.ner";

    static {
        ExtensionLoader.registerAllowedPackage(FEATURE_PACKAGE);
    }

    private final ThreadSafeNameFinderME finder;

    /** A finder over the shipped model. */
    public NameFinderMentionFinder() {
        this(Models.load(MODEL, TokenNameFinderModel::new));
    }

    /** A finder over the given model (a freshly trained one, say). */
    public NameFinderMentionFinder(TokenNameFinderModel model) {
        this.finder = new ThreadSafeNameFinderME(Objects.requireNonNull(model, "model"));
    }

    /**
     * The form of a token the model sees: curly quotes and apostrophes as ASCII, like the newswire it was
     * trained on. Training and evaluation use this too, so the model meets tokens as the pipeline gives them.
     */
    public static String normalise(String token) {
        return Typography.toAscii(token);
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences) {
        finder.clearAdaptiveData();
        List<Mention> result = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = normalise(tokens.get(i).text());
            }
            for (Span span : finder.find(words)) {
                int begin = tokens.get(span.getStart()).begin();
                int end = tokens.get(span.getEnd() - 1).end();
                double confidence = Math.max(0, Math.min(1, span.getProb()));
                result.add(new Mention(EntityType.fromTag(span.getType()), text.substring(begin, end), begin, end,
                        sentence.index(), confidence));
            }
        }
        return result;
    }
}
