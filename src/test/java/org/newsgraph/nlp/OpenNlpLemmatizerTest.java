package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/** The cheaper lemmas agree with the lemmatizer model where the extractors look at them. */
class OpenNlpLemmatizerTest {

    private static final LemmatizerModel LEMMAS = Models.load(Models.LEMMAS, LemmatizerModel::new);

    @Test
    void givesTheModelsVerbLemmas() {
        String[] words = {"Rubio", "met", "the", "envoys", "and", "said", "talks", "were", "held", "on", "1,000",
            "days", "."};
        String[] tags = {"PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "AUX", "VERB", "ADP", "NUM",
            "NOUN", "PUNCT"};
        assertArrayEquals(new String[] {"rubio", "meet", "the", "envoy", "and", "say", "talk", "be", "hold", "on",
            "1000", "day", "."}, new OpenNlpLemmatizer(LEMMAS).lemmatize(words, tags));
    }

    @Test
    void agreesWithTheFullLemmatizerOnVerbsAndNounsOfARealArticle() {
        SentenceModel sentenceModel = Models.load(Models.SENTENCE, SentenceModel::new);
        TokenizerModel tokenizerModel = Models.load(Models.TOKENS, TokenizerModel::new);
        POSModel posModel = Models.load(Models.POS, POSModel::new);
        SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenizerModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        LemmatizerME full = new LemmatizerME(LEMMAS);
        OpenNlpLemmatizer cheap = new OpenNlpLemmatizer(LEMMAS);
        int compared = 0;
        int same = 0;
        int all = 0;
        int allSame = 0;
        for (String paragraph : Typography.toAscii(Fixtures.seed().text()).split("\n")) {
            for (String sentence : sentences.sentDetect(paragraph)) {
                String[] words = tokenizer.tokenize(sentence);
                String[] tags = tagger.tag(words);
                String[] expected = full.lemmatize(words, tags);
                String[] actual = cheap.lemmatize(words, tags);
                for (int i = 0; i < words.length; i++) {
                    all++;
                    allSame += expected[i].equals(actual[i]) ? 1 : 0;
                    if (tags[i].equals("VERB") || tags[i].equals("NOUN") || tags[i].equals("AUX")) {
                        compared++;
                        same += expected[i].equals(actual[i]) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(compared > 300, "verbs and nouns compared: " + compared);
        assertTrue(same >= 0.98 * compared, same + " of " + compared + " verb and noun lemmas agree");
        assertTrue(allSame >= 0.97 * all, allSame + " of " + all + " lemmas agree");
    }
}
