package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NameFinderMentionFinder;

/**
 * The model's token-dictionary features, remembered per sentence, are exactly OpenNLP's word-cluster features,
 * in windows as the name finder asks for them, on real news sentences, including when two sentences alternate.
 */
class TokenDictionaryFeaturesTest {

    @Test
    void givesOpenNlpsWordClusterFeaturesInEveryWindowAndAcrossSentences() {
        TokenNameFinderModel model = NameFinderMentionFinder.shippedModel();
        List<String[]> sentences = new ArrayList<>();
        for (NerDocument doc : NerCorpusReader.read(
                NerCorpusReaderTest.shared().resolve("data/ner/conll2003/eng.testa"), NerFormat.CONLL)) {
            doc.sentences().forEach(s -> sentences.add(s.tokens()));
            if (sentences.size() > 600) {
                break;
            }
        }
        int compared = 0;
        for (String dict : List.of("gazetteer", "clusters-fine", "clusters-mid")) {
            WordClusterDictionary dictionary = model.getArtifact(dict);
            AdaptiveFeatureGenerator opennlp = new WindowFeatureGenerator(
                    new WordClusterFeatureGenerator(dictionary, dict, false), 3, 3);
            AdaptiveFeatureGenerator remembering = new WindowFeatureGenerator(
                    new TokenDictionaryFeatureGeneratorFactory.Generator(dictionary, dict), 3, 3);
            for (int s = 1; s < sentences.size(); s++) {
                for (String[] tokens : List.of(sentences.get(s), sentences.get(s - 1), sentences.get(s))) {
                    for (int i = 0; i < tokens.length; i++) {
                        List<String> expected = new ArrayList<>();
                        List<String> actual = new ArrayList<>();
                        opennlp.createFeatures(expected, tokens, i, null);
                        remembering.createFeatures(actual, tokens, i, null);
                        assertEquals(expected, actual, dict + " at " + i + " of " + String.join(" ", tokens));
                        compared += expected.size();
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "features compared: " + compared);
    }
}
