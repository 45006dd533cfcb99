package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.NameFinderMentionFinder;

/**
 * The shipped name finder read as a {@link SharingNameFinderModel} finds exactly what it finds read as a plain
 * {@link TokenNameFinderModel}: the same spans, types and probabilities to the last bit, on real news text.
 */
class SharingNameFinderModelTest {

    private static TokenNameFinderModel plain;
    private static TokenNameFinderModel sharing;

    @BeforeAll
    static void readModels() {
        sharing = NameFinderMentionFinder.shippedModel();
        plain = Models.load(NameFinderMentionFinder.MODEL, TokenNameFinderModel::new);
    }

    @Test
    void findsTheSameNamesWithTheSameProbabilitiesAsThePlainModelOnConllTestA() {
        List<NerDocument> docs = NerCorpusReader.read(
                NerCorpusReaderTest.shared().resolve("data/ner/conll2003/eng.testa"), NerFormat.CONLL);
        NameFinderME before = new NameFinderME(plain);
        NameFinderME after = new NameFinderME(sharing);
        int names = 0;
        for (NerDocument doc : docs) {
            before.clearAdaptiveData();
            after.clearAdaptiveData();
            for (TaggedSentence s : doc.sentences()) {
                Span[] expected = before.find(s.tokens());
                Span[] actual = after.find(s.tokens());
                assertArrayEquals(expected, actual, () -> String.join(" ", s.tokens()));
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0, "span probability");
                }
                assertArrayEquals(before.probs(), after.probs(), 0.0, "token probabilities");
                names += expected.length;
            }
        }
        assertTrue(names > 1000, "names found: " + names);
    }

    @Test
    void scoresEveryContextAsThePerceptronDoesWhateverCameBefore() {
        PerceptronModel perceptron = plain.getArtifact("nameFinder.model");
        MaxentModel model = new PrefixSharingModel(perceptron);
        NameContextGenerator contexts = plain.getFactory().createContextGenerator();
        String[] tokens = "Talks between Angela Merkel and the European Commission in Brussels ended on Friday .".split(" ");
        List<String[]> asked = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            for (int o = 0; o < Math.min(3, perceptron.getNumOutcomes()); o++) {
                String[] outcomes = new String[i];
                Arrays.fill(outcomes, perceptron.getOutcome(o));
                asked.add(contexts.getContext(i, tokens, outcomes, null));
            }
        }
        // the same contexts as fresh strings (nothing shared by identity), and one too short to share anything
        for (String[] c : List.copyOf(asked)) {
            asked.add(Arrays.stream(c).map(String::new).toArray(String[]::new));
        }
        asked.add(new String[] {"w=brussels", "po=other"});
        for (String[] c : asked) {
            double[] expected = perceptron.eval(c, new double[perceptron.getNumOutcomes()]);
            double[] actual = model.eval(c, new double[model.getNumOutcomes()]);
            assertArrayEquals(expected, actual, 0.0, () -> String.join(" ", c));
        }
    }
}
