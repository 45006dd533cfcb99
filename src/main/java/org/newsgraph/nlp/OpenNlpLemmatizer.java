package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Lemmas from Apache OpenNLP's UD lemmatizer model, spent where they carry information.
 *
 * <p>The model is the slowest of the OpenNLP stages (several times tokenizer and tagger together), so it is
 * used in two cheaper ways, each measured against {@code LemmatizerME} on news text:
 * <ul>
 *   <li>only words of the inflecting open classes (VERB, AUX, NOUN, ADJ, ADV) and contractions (tags joined
 *   with {@code +}) go through the model, as one sequence per sentence; every other word (names, numbers,
 *   punctuation, the closed classes) gets its lower-cased form, which is what the model gives for nearly
 *   all of them, with the thousands separators taken out of numbers ("1,000" → "1000") and the few
 *   inflected determiners and pronouns mapped as the model maps them ("an" → "a", "them" → "they");</li>
 *   <li>the model's lemma classes are decoded greedily (a beam of one) instead of with the model's beam of
 *   three: the lemmas are the same for all but about one token in ten thousand, at half the cost; and
 *   the best class is found from the model's weight sums, without computing probabilities (see
 *   {@link #decode}).</li>
 * </ul>
 * Verb and noun lemmas ("said" → "say", "talks" → "talk") are what the extractors rely on; they come from
 * the model as before.
 *
 * <p>Thread safety: the model is shared and only read; the scratch array of class scores is per thread.
 */
public final class OpenNlpLemmatizer {

    /** The inflected forms of English determiners and pronouns, with the lemma the model gives them. */
    private static final Map<String, String> CLOSED_CLASS = Map.of("an", "a", "these", "this", "those", "that",
            "them", "they", "him", "he", "me", "i", "us", "we");

    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final LemmatizerContextGenerator contexts;
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final ThreadLocal<double[]> scores;

    public OpenNlpLemmatizer(LemmatizerModel model) {
        Objects.requireNonNull(model, "model");
        Object artifact = model.getArtifact("lemmatizer.model");
        if (!(artifact instanceof AbstractModel maxent) || maxent.getModelType() != AbstractModel.ModelType.Maxent) {
            throw new ConfigException("the lemmatizer model is not a maximum-entropy model: " + artifact);
        }
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.features = pmap;
        this.outcomes = ((String[]) data[2]).clone();
        this.contexts = model.getFactory().getContextGenerator();
        this.scores = ThreadLocal.withInitial(() -> new double[outcomes.length]);
    }

    /** Whether a word with this UPOS tag gets its lemma from the model. */
    public static boolean needsModel(String tag) {
        return switch (tag) {
            case "VERB", "AUX", "NOUN", "ADJ", "ADV" -> true;
            default -> tag.indexOf('+') >= 0;
        };
    }

    /** The lemmas of one sentence's words, given their UPOS tags. */
    public String[] lemmatize(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        int selected = 0;
        for (int i = 0; i < words.length; i++) {
            if (needsModel(tags[i])) {
                selected++;
            } else {
                lemmas[i] = plain(words[i], tags[i]);
            }
        }
        if (selected == 0) {
            return lemmas;
        }
        String[] w = new String[selected];
        String[] t = new String[selected];
        int[] at = new int[selected];
        for (int i = 0, j = 0; i < words.length; i++) {
            if (lemmas[i] == null) {
                w[j] = words[i];
                t[j] = tags[i];
                at[j++] = i;
            }
        }
        String[] classes = decode(w, t);
        String[] modelled = LemmatizerME.decodeLemmas(w, classes);
        for (int j = 0; j < selected; j++) {
            lemmas[at[j]] = modelled[j];
        }
        return lemmas;
    }

    /**
     * The most likely lemma class of each word, left to right, each seeing the class chosen before it: a
     * beam search of width one. A maximum-entropy model's most likely class is the one with the largest
     * sum of feature weights, so the sums are compared directly; the model's own {@code eval} would turn
     * them into probabilities first, one {@code exp} per class (hundreds of classes), which is where
     * {@code LemmatizerME} spent most of its time.
     */
    private String[] decode(String[] words, String[] tags) {
        String[] classes = new String[words.length];
        double[] sum = scores.get();
        for (int i = 0; i < words.length; i++) {
            java.util.Arrays.fill(sum, 0);
            for (String feature : contexts.getContext(i, words, tags, classes)) {
                Context c = features.get(feature);
                if (c != null) {
                    int[] o = c.getOutcomes();
                    double[] weight = c.getParameters();
                    for (int k = 0; k < o.length; k++) {
                        sum[o[k]] += weight[k];
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < sum.length; k++) {
                if (sum[k] > sum[best]) {
                    best = k;
                }
            }
            classes[i] = outcomes[best];
        }
        return classes;
    }

    private static String plain(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (tag.equals("DET") || tag.equals("PRON")) {
            return CLOSED_CLASS.getOrDefault(lower, lower);
        }
        if (tag.equals("NUM") && GROUPED_NUMBER.matcher(lower).matches()) {
            return lower.replace(",", "");
        }
        return lower;
    }
}
