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
        "2015-05-07|The first referendum is to be held from November 20 to December 11.|November 20 to December 11|2015-11-20",
        "2014-01-28|The exhibit is to run from January 23 through March 9.|January 23 through March 9|2014-01-23",
        "1987-04-01|Holmes said that on Thursday and Friday Smith would meet Kuroda.|Thursday|1987-04-02",
        "2014-01-28|This past week marked the opening night of the exhibit.|This past week|W2014-01-20",
    })
    void findsAndAnchorsDateExpressions(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    /** The expression with that text is found and has that value (W: a week starting that day). */
    static void assertFound(String published, String sentence, String text, String value) {
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

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2015-02-25|Routh killed the two men at a shooting range two years ago.|two years ago|2013",
        "2017-07-18|\"Seventeen years ago, this would not have been possible,\" he said.|Seventeen years ago|2000",
        "2019-08-09|He came to the U.S. 14 years ago from El Salvador.|14 years ago|2005",
        "2011-03-08|\"[Ten] years ago, a browser was born.\"|[Ten] years ago|2001",
        "1987-04-24|Prices peaked a month ago.|a month ago|1987-03",
        "2012-01-03|Output fell three months ago.|three months ago|2011-10",
        "2012-04-29|Just two days ago, workers walked out.|two days ago|2012-04-27",
        "2013-08-24|Obama warned Syria a year ago this month.|a year ago this month|2012-08",
    })
    void countsYearsMonthsAndDaysAgoFromPublication(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        // "last June": the latest June strictly before the publication month; "next June" the first after
        "2025-03-11|Sales peaked last June.|last June|2024-06",
        "2025-08-11|Sales peaked last June.|last June|2025-06",
        "2025-06-11|Sales peaked last June.|last June|2024-06",
        "2025-03-11|The plant opens next June.|next June|2025-06",
        "2025-08-11|The plant opens next June.|next June|2026-06",
        "2025-03-11|The talks collapsed in late last July.|last July|2024-07",
        // a month without a year in a past clause, after the publication month, is last year's
        "2025-03-11|The strike began in early August.|August|2024-08",
        "2010-02-25|Orders posted their biggest gain since July.|July|2009-07",
        "2012-08-02|At the end of January, Fannie did not renew the contract.|January|2012-01",
        "2016-09-09|North Korea conducted its fourth nuclear test in January.|January|2016-01",
        // in a clause about the future, this year's, or next year's when that is nearer
        "2025-03-11|The strike will begin in early August.|August|2025-08",
        "2018-02-23|Democrats hope to win the House in November.|November|2018-11",
        "2012-12-14|The leaders will meet again in January.|January|2013-01",
        "2011-03-08|Exports were due to fall to 32,000 bpd in March from 184,000 bpd in January.|January|2011-01",
        // the year said after the month
        "2016-05-05|He announced his campaign in March last year.|March|2015-03",
        "2019-06-10|The goal is to defeat Trump in November of 2020.|November of 2020|2020-11",
        // a month that dates a noun: the nearest, unless the clause is about the future
        "2020-06-08|The deficit was three times the gap that CNN's May poll showed.|May|2020-05",
        "2015-05-31|The published aim of the October synod is to discuss the family.|October|2015-10",
        "2020-01-28|Campaigns are gearing up for November's election.|November|2020-11",
        "2011-03-08|Brent crude for April edged below $115 a barrel.|April|2011-04",
    })
    void anchorsMonthsWithoutYearOnPublicationAndTense(String published, String sentence, String text,
                                                       String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2013-09-18|Luthringshausen will retire at the end of the year.|the end of the year|2013",
        "2013-01-22|The Treasury said the country hit the debt ceiling at the end of the year.|the end of the year|2012",
        "2012-10-24|Officials will decide when Operation Twist ends at year-end.|year-end|2012",
        "2023-02-23|The minister hopes to clear the backlog by year end.|year end|2023",
        "2015-12-17|Critics attacked the end-of-year tax bill.|end-of-year|2015",
        "2011-04-13|Endeavour will launch at the end of the month.|the end of the month|2011-04",
        "2012-11-10|\"We expect to book no loss by the end of this year,\" Lou said.|the end of this year|2012",
        // a present looks ahead: early in the year, the end of this year, not of the last
        "2013-02-14|The company expects losses through the end of the year.|the end of the year|2013",
    })
    void readsTheEndOfTheYearAsTheYear(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2013-08-16|Bernanke must testify about AIG's 2008 bailout.|2008|2008",
        "2017-02-24|According to a 2015 report, costs rose.|2015|2015",
        "2016-09-09|Pyongyang also conducted nuclear tests in 2006, 2009 and 2013.|2009|2009",
        "2012-10-24|The Fed will keep rates near zero until mid-2015.|2015|2015",
        "2012-12-27|\"I hope that 2013 will put an end to this,\" he said.|2013|2013",
        "2011-10-06|\"This is a lot different than 2008, guys,\" Immelt said.|2008|2008",
        "2019-01-25|Romney, the party's 2012 presidential nominee, spoke.|2012|2012",
        "2010-04-09|Shares dropped 90 percent between early 2007 and mid 2009.|2009|2009",
        "2017-05-03|The North may own 60 weapons by 2020.|2020|2020",
        "1987-03-22|We will not get another chance before the year 2000.|2000|2000",
        "2020-03-12|It was the largest decline since the crash in 1987.|1987|1987",
        "2016-07-04|The Declaration was signed in 1776.|1776|1776",
        // each end of a range is its own year
        "2004-11-20|He was suspended five times during the 1957-58 season.|1957|1957",
        "2004-11-20|He was suspended five times during the 1957-58 season.|58|1958",
        "2004-11-20|He was suspended five times during the 2002-2003 season.|2003|2003",
        "2012-11-10|Investors still feel the 2008-09 crisis.|09|2009",
        "2014-07-28|The study models crop yields over 2000 - 2050.|2050|2050",
        "2013-07-09|He rose in the aftermath of the crisis of 2003/04.|04|2004",
    })
    void findsFourDigitYearsInEveryContext(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-12|The minister met the envoy on Monday.|Monday|2025-03-10",
        "2025-03-12|The minister will meet the envoy on Monday.|Monday|2025-03-17",
        // the publication day counts
        "2025-03-11|Witkoff is traveling to Doha on Tuesday.|Tuesday|2025-03-11",
        // "last Tuesday" strictly before, "next Wednesday" strictly after (ANNOTATION.md §5's example)
        "1987-04-24|The accord was signed last Tuesday.|last Tuesday|1987-04-21",
        "2025-03-12|The board meets next Wednesday.|next Wednesday|2025-03-19",
        // a possessive weekday dates a noun: past, unless the clause is plainly about the future
        "2013-08-24|The world is demanding an investigation of Wednesday's attack.|Wednesday|2013-08-21",
        "2025-03-12|Voters will choose a mayor in Sunday's election.|Sunday|2025-03-16",
        // a deadline
        "2013-03-25|The minister has ordered all banks to remain closed until Thursday.|Thursday|2013-03-28",
        // a planning participle
        "1987-03-31|The IMF meeting, scheduled for Thursday, will review the accord.|Thursday|1987-04-02",
        // the weekday of a week named after it
        "2012-11-20|The ministers met on Tuesday last week.|Tuesday|2012-11-13",
        "2012-11-20|The ministers meet again on Monday next week.|Monday|2012-11-26",
        // a weekday with its date is one expression, valued by the date
        "2004-12-13|Launch attempts began Friday, December 12, and failed.|Friday, December 12|2004-12-12",
        "2015-05-07|Thursday, May 7, 2015 The government announced the start of the process.|Thursday, May 7, 2015|2015-05-07",
        "2014-08-22|Speaking at a Thursday press conference, Holder said it had helped.|Thursday|2014-08-21",
    })
    void anchorsWeekdaysOnTenseAndPublication(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        // a range gives its first day, once; two days joined by "and" are two expressions
        "2020-06-08|The poll was conducted June 2-5, 2020.|June 2-5, 2020|2020-06-02",
        "2015-05-07|The referendum will be held from November 20 to December 11.|November 20 to December 11|2015-11-20",
        "2004-12-22|The election was held on December 1 and 2, 2004.|2, 2004|2004-12-02",
        "2004-12-22|The election was held on December 1 and 2, 2004.|December 1|2004-12-01",
        "2004-12-13|It is now scheduled to launch Dec. 20 or 21.|21|2004-12-21",
        "2020-06-08|The survey ran 2-5 June 2020.|2-5 June 2020|2020-06-02",
        "2012-04-10|Voting took place between April 2 and 5.|April 2 and 5|2012-04-02",
        // a day named without its year takes the year a full date of the same day has in the article
        "2025-03-11|Hamas attacked Israel on Oct. 7, 2023. Israel has fought since October 7th.|October 7th|2023-10-07",
        // a past event dated a few days after publication is a date a little off, not last year's
        "1987-04-05|NEW YORK, April 6 - The economy improved in March.|April 6|1987-04-06",
        // "on the 29th": that day of the publication month
        "2004-11-30|Protesters marched on the 29th against the visit.|the 29th|2004-11-29",
        "1987-03-26|The Bundesbank expects lower rates by early April, ahead of the holidays.|April|1987-04",
    })
    void findsRangesPairsAndDaysOfTheMonth(String published, String sentence, String text, String value) {
        assertFound(published, sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Bank of Korea today fixed the won at a two-year high.|today|2025-03-11",
        "Soviet Foreign Minister Eduard Shevardnadze met today an envoy.|today|2025-03-11",
        "We learned a lot from today's game.|today|2025-03-11",
    })
    void readsTodayAsThePublicationDay(String sentence, String text, String value) {
        assertFound("2025-03-11", sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The song was remade by 50 of today's best selling artists.",
        "That would freeze retirees into today's standard of living.",
        "Celebrity culture is as strong today as it was when Warhol was living.",
        "Verizon pays more today than it expected to pay.",
        "Today, about 100,000 Greeks worship the ancient gods.",
        "In a \"Today\" appearance, the correspondent criticised her.",
        "The newspaper USA Today reported the figures.",
    })
    void leavesTodayMeaningOurTimeAlone(String sentence) {
        assertTrue(dates(sentence, "2025-03-11").stream().noneMatch(d -> d.text().equalsIgnoreCase("today")),
                () -> "found " + dates(sentence, "2025-03-11"));
    }

    @Test
    void givesPartsOfDaysTheirDayButNoCalendarValue() {
        List<TemporalExpression> found = dates("The ministers will meet tonight, after talks last night.",
                "2025-03-11");
        assertEquals(List.of("tonight", "last night"), found.stream().map(TemporalExpression::text).toList());
        assertNull(found.get(0).value(), "a part of a day has no calendar value (ANNOTATION.md §5)");
        assertEquals("2025-03-11", found.get(0).day().lexical());
        assertEquals("2025-03-10", found.get(1).day().lexical());
        assertEquals("2025-03-10", dates("They met on Monday.", "2025-03-11").get(0).day().lexical(),
                "a day's day is its value");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "About 2023 people attended the rally.",
        "The firm sold 1987 tonnes of sugar.",
        "Shares rose 12 pct in heavy trading.",
        "Toll forecast 2,100 home closings in fiscal 2011.",
        "The Pentagon is shifting $2.2 billion from its base fiscal 2020 budget.",
        "Revenue for the 2011 fiscal year was flat.",
        "The company expects a loss this fiscal year.",
        "The asteroid 2004 YD5 passed between Earth and its satellites.",
        "Shares of Foxconn International Holdings (2038.HK) fell.",
        "The ceasefire begins at 1800 GMT.",
        "Protesters gathered outside 1600 Pennsylvania Avenue.",
        "A survey of 1709 schoolchildren was carried out.",
        "The festival continues a 2000 year old tradition.",
        "Prime Minister Theresa May resigned.",
        "Thousands joined the March on Washington.",
        "Shoppers spent $27 billion on Black Friday.",
        "He went to church every Sunday.",
        "She found herself in the confessional line one Saturday.",
        "The federal government works on a fiscal year that starts every Oct. 1.",
        "The debate took place more than a year ago.",
        "She was appointed deputy minister the next year.",
        "The court met again the following Tuesday.",
        "Millions watch the fireworks every Fourth of July.",
        "Profit rose 8 percent in the March quarter.",
        "The Sunday Times reported the figures.",
    })
    void leavesWhatIsNoCalendarDateAlone(String sentence) {
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
