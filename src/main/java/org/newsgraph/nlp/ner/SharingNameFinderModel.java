package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model whose finders score the words of a sentence through {@link PrefixSharingModel}: the same
 * names, spans and probabilities as the model read as a plain {@link TokenNameFinderModel}, for about a third of
 * the weight look-ups. Each finder (one per thread) gets its own beam search and its own evaluation; models of
 * other kinds than a perceptron are searched as OpenNLP searches them.
 */
public final class SharingNameFinderModel extends TokenNameFinderModel {

    /** The model's entry holding the classifier (OpenNLP's name). */
    private static final String CLASSIFIER = "nameFinder.model";
    /** OpenNLP's beam size when the model's manifest names none. */
    private static final int DEFAULT_BEAM = 3;

    public SharingNameFinderModel(InputStream in) throws IOException {
        super(in);
    }

    public SharingNameFinderModel(Path file) throws IOException {
        super(file);
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (getArtifact(CLASSIFIER) instanceof PerceptronModel perceptron) {
            String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            return new BeamSearch(beam == null ? DEFAULT_BEAM : Integer.parseInt(beam),
                    new PrefixSharingModel(perceptron));
        }
        return super.getNameFinderSequenceModel();
    }
}
