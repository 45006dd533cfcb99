package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Article;

/** The date rules, one row per kind of expression, over the real OpenNLP annotator. */
class RuleTemporalTaggerTest {

    static OpenNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new OpenNlpAnnotator(List.of(), new RuleTemporalTagger());
    }

    static List<TemporalExpression> dates(String text, String published) {
        return annotator.annotate(new Article("t", null, published, null, null, List.of(), text)).dates();
    }

    /** published, sentence, expected expression text, expected value (W: a week starting that day; -: none). */
    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-11|Rubio said on Monday that the talks failed.|Monday|2025-03-10",
        "2025-03-11|Witkoff is traveling to Doha on Tuesday for talks.|Tuesday|2025-03-11",
        "2025-03-11|The two leaders will meet on Friday.|Friday|2025-03-14",
        "2025-03-11|The ministers met on Friday in Paris.|Friday|2025-03-07",
        "2025-03-11|She plans to visit Cairo on Thursday.|Thursday|2025-03-13",
        "2025-03-11|The delegation arrived yesterday.|yesterday|2025-03-10",
        "2025-03-11|The vote takes place today.|today|2025-03-11",
        "2025-03-11|The report is due tomorrow.|tomorrow|2025-03-12",
        "2025-03-11|Officials met last week in Riyadh.|last week|W2025-03-03",
        "2025-03-11|Talks resume next week in Geneva.|next week|W2025-03-17",
        "2025-03-11|Prices rose this month.|this month|2025-03",
        "2025-03-11|The deal was signed earlier this month.|earlier this month|2025-03",
        "2025-03-11|Exports fell last month.|last month|2025-02",
        "2025-03-11|On March 2, the government suspended aid.|March 2|2025-03-02",
        "2025-03-11|The deal was signed on March 2, 2025 in Cairo.|March 2, 2025|2025-03-02",
        "2025-03-11|Hamas attacked Israel on Oct. 7, 2023, killing many.|Oct. 7, 2023|2023-10-07",
        "2025-03-11|The attack came on 7 October 2023 at dawn.|7 October 2023|2023-10-07",
        "2025-03-11|The massacre of October 7th shocked the world.|October 7th|2024-10-07",
        "2025-03-11|The plan was first drafted in March 2025 by aides.|March 2025|2025-03",
        "2025-03-11|The war began in 2023 and goes on.|2023|2023",
        "2025-03-11|The ISO date 2024-12-31 ends the year.|2024-12-31|2024-12-31",
        "2025-03-11|The attack on Oct. 7 was the deadliest.|Oct. 7|2024-10-07",
        "2025-01-05|Ministers met on Dec. 20 in Brussels.|Dec. 20|2024-12-20",
        "2025-01-05|Ministers meet on January 20 in Brussels.|January 20|2025-01-20",
        "2025-01-05|Ministers meet on Jan. 20 in Brussels.|Jan. 20|2025-01-20",
        "2025-03-11|Exports fell in October after the strike.|October|2024-10",
        "2004-12-27|After the November vote, observers complained.|November|2004-11",
        "2004-11-20|He was suspended 5 times during the 2002-2003 season.|2003|2003",
        "2015-05-07|The first referendum is to be held from November 20 to December 11.|November 20|2015-11-20",
        "2014-01-28|The exhibit is to run from January 23 through March 9.|January 23|2014-01-23",
        "1987-04-01|Holmes said that on Thursday and Friday Smith would meet Kuroda.|Thursday|1987-04-02",
        "2014-01-28|This past week marked the opening night of the exhibit.|This past week|W2014-01-20",
    })
    void findsAndAnchorsDateExpressions(String published, String sentence, String text, String value) {
        List<TemporalExpression> found = dates(sentence, published);
        TemporalExpression d = found.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + found));
        assertEquals(text, sentence.substring(d.begin(), d.end()), "offsets point at the expression");
        TemporalValue v = d.value();
        if (value.startsWith("W")) {
            assertEquals(TemporalValue.Granularity.WEEK, v.granularity());
            assertEquals(value.substring(1), v.start().toString());
            assertNull(v.lexical());
        } else {
            assertEquals(value, v.lexical());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "About 2023 people attended the rally.",
        "The firm sold 1987 tonnes of sugar.",
        "Shares rose 12 pct in heavy trading.",
    })
    void leavesNumbersThatAreNotDatesAlone(String sentence) {
        assertTrue(dates(sentence, "2025-03-11").isEmpty(), () -> "found " + dates(sentence, "2025-03-11"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rubio said on Monday that the talks failed.|Monday",
        "The delegation arrived yesterday.|yesterday",
        "Officials met last week in Riyadh.|last week",
        "On March 2, the government suspended aid.|March 2",
        "Exports fell last month.|last month",
    })
    void leavesRelativeDatesUnresolvedWithoutPublicationDate(String sentence, String text) {
        List<TemporalExpression> found = dates(sentence, null);
        assertEquals(1, found.size(), () -> "found " + found);
        assertEquals(text, found.get(0).text());
        assertNull(found.get(0).value(), "a relative date without a publication date is never guessed");
    }

    @Test
    void resolvesAbsoluteDatesWithoutPublicationDate() {
        List<TemporalExpression> found = dates("Hamas attacked Israel on Oct. 7, 2023, killing 1,200 people.", null);
        assertEquals(1, found.size());
        assertEquals("2023-10-07", found.get(0).value().lexical());
    }

    @Test
    void readsWeekdaysOfThePastAndOfTheFutureFromTheVerb() {
        // published on a Wednesday: a past Monday is two days before, a future Monday five days after
        assertEquals("2025-03-10", dates("The minister met the envoy on Monday.", "2025-03-12").get(0).value().lexical());
        assertEquals("2025-03-17", dates("The minister will meet the envoy on Monday.", "2025-03-12").get(0).value()
                .lexical());
        assertEquals("2025-03-17", dates("The minister is going to meet the envoy on Monday.", "2025-03-12").get(0)
                .value().lexical());
    }
}
