package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NameFinderMentionFinder;

/**
 * Floors for the name finder (model and rules) off CoNLL's 1996 newswire, PER/ORG/LOC only, each a little under
 * the score in MODEL-CARD.md. None of these sets is held out: the rules of {@code NameRules}, {@code
 * KnownNames}, {@code ArticleTypes} and the Title Case recasing were written reading the errors on the modern
 * stand-off sentences ({@code src/train/ner/modern-news.tsv}) and on the development quality sets (dev-general,
 * dev-meetings), and kept or dropped by their effect on those and on wikigold and UNER PUD. They guard against
 * losing what was reached, not measure what an unseen text gets.
 */
class NameFinderModernNewsTest {

    private static final Set<String> PER_ORG_LOC = Set.of("PER", "ORG", "LOC");

    @Test
    void keepsItsScoreOnModernNewsSentencesAnnotatedStandOff() {
        Path shared = NerCorpusReaderTest.shared();
        NameFinderMentionFinder finder = new NameFinderMentionFinder();
        var gazetteer = NameFinderMentionFinder.shippedModel().getArtifact(NameFinderMentionFinder.GAZETTEER)
                instanceof WordClusterDictionary d ? d : null;
        NerScores scores = NerEvaluation.evaluateStandoff(finder, Path.of("src/train/ner/modern-news.tsv"),
                List.of(shared.resolve("corpus")), PER_ORG_LOC,
                NameFinderMentionFinder.countries(gazetteer == null ? w -> null : gazetteer::lookupToken), line -> {
                });
        // 0.8849 (302 sentences) before the second round's rules, 0.8876 with the third round's, 0.8975 with the
        // fourth round's (rules chosen reading dev-general-2); tuned on
        assertTrue(scores.f1() >= 0.87, () -> "modern news F1 fell:\n" + scores.table());
    }

    @Test
    void keepsItsScoreOnWikigold() {
        NerScores scores = NerEvaluation.evaluate(new NameFinderMentionFinder(), NerCorpusReader.read(
                NerCorpusReaderTest.shared().resolve("data/ner/wikigold/wikigold.conll.txt"), NerFormat.AUTO),
                PER_ORG_LOC);
        // 0.6396 before the second round's rules, 0.6435 with the third round's, 0.6450 with the fourth round's;
        // rules kept or dropped by it
        assertTrue(scores.f1() >= 0.63, () -> "wikigold F1 fell:\n" + scores.table());
    }

    @Test
    void keepsItsScoreOnUnerPud() {
        NerScores scores = NerEvaluation.evaluate(new NameFinderMentionFinder(), NerCorpusReader.read(
                NerCorpusReaderTest.shared().resolve("data/ner/uner-en/en_pud-ud-test.iob2"), NerFormat.AUTO),
                PER_ORG_LOC);
        // 0.6624 before the second round's rules, 0.6688 with the third round's and with the fourth round's; rules
        // kept or dropped by it
        assertTrue(scores.f1() >= 0.65, () -> "PUD F1 fell:\n" + scores.table());
    }
}
