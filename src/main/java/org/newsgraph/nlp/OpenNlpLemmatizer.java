package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

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
 *   three: the lemmas are the same for all but about one token in ten thousand, at half the cost.</li>
 * </ul>
 * Verb and noun lemmas ("said" → "say", "talks" → "talk") are what the extractors rely on; they come from
 * the model as before.
 *
 * <p>Thread safety: the model is shared; the beam search keeps scratch state, so there is one per thread.
 */
public final class OpenNlpLemmatizer {

    /** The inflected forms of English determiners and pronouns, with the lemma the model gives them. */
    private static final Map<String, String> CLOSED_CLASS = Map.of("an", "a", "these", "this", "those", "that",
            "them", "they", "him", "he", "me", "i", "us", "we", "her", "she");

    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final ThreadLocal<BeamSearch> search;

    public OpenNlpLemmatizer(LemmatizerModel model) {
        Objects.requireNonNull(model, "model");
        MaxentModel maxent = model.getArtifact("lemmatizer.model");
        this.contexts = model.getFactory().getContextGenerator();
        this.validator = model.getFactory().getSequenceValidator();
        this.search = ThreadLocal.withInitial(() -> new BeamSearch(1, maxent));
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
        String[] classes = search.get().bestSequence(w, new Object[] {t}, contexts, validator).getOutcomes()
                .toArray(new String[0]);
        String[] modelled = LemmatizerME.decodeLemmas(w, classes);
        for (int j = 0; j < selected; j++) {
            lemmas[at[j]] = modelled[j];
        }
        return lemmas;
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
