package org.newsgraph.nlp.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A perceptron name-finder model evaluated the way the beam search asks for it, with the same scores. The beam
 * search scores each word once per candidate sequence it keeps (three by default); the contexts it sends differ
 * only in their last few features, those of the outcomes before the word ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}, which OpenNLP's name context generator appends after the cached word features).
 * This model sums the weights of the shared features once per word and adds only the last ones per candidate.
 *
 * <p>The scores are bit for bit those of {@link PerceptronModel#eval(String[], double[])}: the shared features
 * are recognised by identity (the very same strings, in the same order, as the previous context: the feature
 * cache hands out the same instances for the same word), the weights are summed per outcome in the order of the
 * context by OpenNLP's own {@link ArrayMath#sumFeatures} (a running sum, so stopping after the shared features and
 * going on later gives the same doubles), and the same OpenNLP code normalises them. Any other context is simply
 * summed in full.
 *
 * <p>Not thread-safe: it remembers the last context. The name finder makes one per thread (see
 * {@link SharingNameFinderModel}).
 */
final class PrefixSharingModel implements MaxentModel {

    /** The features after the shared ones: previous outcome, it with the word, with the word's class, the one before. */
    static final int PER_CANDIDATE = 4;

    private final PerceptronModel model;
    private final Map<String, Context> weights;
    private final int outcomes;
    /** The last context's shared features and their summed weights. */
    private String[] shared = new String[0];
    private final double[] sharedSums;
    /** The per-candidate features of one context, looked up, and OpenNLP's evaluation parameters over them. */
    private final Context[] last = new Context[PER_CANDIDATE];
    private final EvalParameters lastParameters;
    private final int[] lastIndexes = new int[PER_CANDIDATE];

    @SuppressWarnings("unchecked")
    PrefixSharingModel(PerceptronModel model) {
        this.model = model;
        this.weights = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.sharedSums = new double[outcomes];
        this.lastParameters = new EvalParameters(last, outcomes);
        for (int i = 0; i < PER_CANDIDATE; i++) {
            lastIndexes[i] = i;
        }
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int n = context.length - PER_CANDIDATE;
        if (n < 0) {
            return model.eval(context, probs);
        }
        if (!sameShared(context, n)) {
            Context[] found = new Context[n];
            for (int i = 0; i < n; i++) {
                found[i] = weights.get(context[i]);
            }
            Arrays.fill(sharedSums, 0);
            ArrayMath.sumFeatures(found, null, sharedSums);
            String[] keep = new String[n];
            System.arraycopy(context, 0, keep, 0, n);
            shared = keep;
        }
        System.arraycopy(sharedSums, 0, probs, 0, outcomes);
        for (int i = 0; i < PER_CANDIDATE; i++) {
            last[i] = weights.get(context[n + i]);
        }
        return PerceptronModel.eval(lastIndexes, probs, lastParameters);
    }

    private boolean sameShared(String[] context, int n) {
        if (shared.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (shared[i] != context[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] eval(String[] context) {
        return model.eval(context);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
