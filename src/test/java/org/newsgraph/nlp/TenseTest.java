package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Tense.Time;

/** Where a clause places the word marked with brackets, read by {@link Tense} over the real OpenNLP tags. */
class TenseTest {

    static OpenNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new OpenNlpAnnotator(List.of(), (article, sentences) -> List.of());
    }

    /** The time of the token that starts where the brackets stand (the brackets are removed first). */
    static Time timeAt(String marked) {
        int at = marked.indexOf('[');
        String text = marked.replace("[", "").replace("]", "");
        Sentence s = annotator.annotate(Article.of("t", text)).sentences().get(0);
        return Tense.of(s.tokens(), s.tokenAt(at));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The ministers met the envoy on [Friday] in Paris.|PAST",
        "Rubio said on [Monday] that the talks failed.|PAST",
        "The talks had collapsed by [Monday].|PAST",
        "The two leaders will meet on [Friday].|FUTURE",
        "She plans to visit Cairo on [Thursday].|FUTURE",
        "Witkoff is traveling to Doha on [Tuesday] for talks.|FUTURE",
        "The council holds its meeting on [Tuesday].|PRESENT",
        "The vote is on [Tuesday].|PRESENT",
        "Holmes said that on [Thursday] Smith would meet Kuroda.|FUTURE",
        "[On] Monday, Rubio said the talks had failed.|PAST",
    })
    void readsTheTimeOfTheGoverningVerb(String sentence, Time expected) {
        assertEquals(expected, timeAt(sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a participle of planning before "for" is a plan, not a past event
        "The IMF committee meeting, scheduled for [April] 9, is expected to review the accord.|FUTURE",
        // a perfect of planning says only that the plan is past
        "They pay more than it would have expected to pay in [April].|NONE",
        // an infinitive after a past verb may lie on either side of publication
        "Rajaratnam was ordered to surrender on [November] 28.|NONE",
        // a past auxiliary before an adjective and its infinitive
        "She was willing to skip class [Thursday] night.|PAST",
        // verbs whose past is their base form tell no tense alone
        "The country hit the debt ceiling at the [end] of the year.|NONE",
        // a verb of saying right before a date that is the subject of the reported clause
        "Analysts said [December] will likely be a more eventful meeting.|FUTURE",
        // a present verb of saying tells nothing
        "The minister says [Monday] was a turning point.|PAST",
        // past forms the lemmatizer leaves as they are
        "Thousands fled the city in [March].|PAST",
        "The economy shrank in [June].|PAST",
        // a participle alone gives way to the verb of the clause it opens
        "After announcing the deal in [March], the company withdrew its offer.|PAST",
        // one inside the sentence does not reach over to a verb of its own clause
        "Crowds were up among people visiting shops on [Wednesday], the day when sales traditionally start.|NONE",
        "He denied the report, saying [Wednesday] that we will see what happens.|NONE",
    })
    void readsPlansInfinitivesAndReportedClauses(String sentence, Time expected) {
        assertEquals(expected, timeAt(sentence));
    }

    /** Whether the verb at the brackets (the brackets removed) is planned, as meetings read it. */
    static boolean plannedAt(String marked) {
        int at = marked.indexOf('[');
        String text = marked.replace("[", "").replace("]", "");
        Sentence s = annotator.annotate(Article.of("t", text)).sentences().get(0);
        return Tense.isFutureVerb(s.tokens(), s.tokenAt(at));
    }

    @Test
    void readsAMeetingWishedOrPlannedAsNotHeld() {
        // where a date's time is left open or past, a meeting still counts as not held
        assertTrue(plannedAt("Pelosi said she was willing to [meet] with Trump to discuss the shutdown."));
        assertTrue(plannedAt("The two leaders plan to [meet] in Geneva."));
        assertFalse(plannedAt("The two leaders [met] in Geneva."));
        assertFalse(plannedAt("The ministers had [met] twice before."));
    }
}
