package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/**
 * One real sentence per pattern: the standard pipeline annotates it (name finder, dates) and resolves its names;
 * the meeting extractor runs alone over the annotated sentence, and its meetings' participants and places are
 * named by the entities the resolver gave their mentions.
 */
class TriggerMeetingExtractorTest {

    private static final FactExtractor MEETINGS = FactIdentity.extractors().get("meetings");

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    record Read(Fact.Meeting meeting, Set<String> participants, String location, String date) {
    }

    static List<Read> meetings(String text, String published) {
        ResolvedDocument r = pipeline.analyse(new Article("t", null, published, null, null, List.of(), text));
        List<Fact> alone = MEETINGS.extract(new Layers(r.extracted().annotated()));
        return alone.stream().map(f -> (Fact.Meeting) f).map(m -> {
            Set<String> names = m.participants().stream().map(r::entityOf).filter(e -> e != null)
                    .map(Entity::label).collect(Collectors.toSet());
            Entity place = r.entityOf(m.location());
            String date = m.date() == null || m.date().value() == null ? null : m.date().value().lexical();
            return new Read(m, names, place == null ? null : place.label(), date);
        }).toList();
    }

    @Test
    void readsParticipantsPlaceAndDayOfAHeldMeeting() {
        List<Read> found = meetings("Rubio and U.S. National Security Advisor Mike Waltz met with Saudi Crown Prince "
                + "Mohammed bin Salman in Jeddah on Monday to discuss regional security.", "2025-03-11");
        assertEquals(1, found.size());
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Mike Waltz", "Mohammed bin Salman")), m.toString());
        assertEquals("Jeddah", m.location());
        assertEquals("2025-03-10", m.date());
        assertFalse(m.meeting().planned());
    }

    @Test
    void takesTheSubjectOfARelativeClauseWithItsAuxiliary() {
        List<Read> found = meetings("Ukrainian President Volodymyr Zelenskiy spoke on Thursday. Zelenskiy, who had "
                + "flown to Ankara on Thursday to meet Turkish President Tayyip Erdogan, said little.", "2025-05-16");
        Read m = found.stream().filter(r -> r.participants().contains("Tayyip Erdogan")).findFirst().orElseThrow();
        assertTrue(m.participants().contains("Volodymyr Zelenskiy"), m.toString());
        assertEquals("Ankara", m.location());
        assertEquals("2025-05-15", m.date());
    }

    @Test
    void readsACallWhosePhoneWordFollowsTheObjectAndADateThatOpensTheSentence() {
        Read call = meetings("Trump is due to speak with Putin by phone on Monday, the White House said.",
                "2025-05-16").get(0);
        assertEquals("call", call.meeting().kind());
        assertEquals("2025-05-19", call.date());
        assertTrue(call.meeting().planned());
        Read met = meetings("Earlier on Friday, Secretary of State Marco Rubio met Andriy Yermak in Istanbul.",
                "2025-05-16").get(0);
        assertEquals("2025-05-16", met.date());
    }

    @Test
    void takesNoParticipantFromTheDatelineAndItsPlaceFromADatelineWithAnAgency() {
        Read m = meetings("LONDON, March 1 (Reuters) - British Prime Minister Keir Starmer will host European leaders "
                + "in London on Sunday to discuss security guarantees.", "2025-03-01").get(0);
        assertFalse(m.participants().contains("Reuters"), m.toString());
        Read held = meetings("JEDDAH, Saudi Arabia (AP) - Rubio met with Crown Prince Mohammed bin Salman on Monday.",
                "2025-03-11").get(0);
        assertEquals("Jeddah", held.location());
    }

    @Test
    void readsATitledObjectWhateverTagTheTitleWordGets() {
        Read m = meetings("Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze today.",
                "1987-04-13").get(0);
        assertTrue(m.participants().containsAll(Set.of("George Shultz", "Eduard Shevardnadze")), m.toString());
    }

    @Test
    void takesTheSubjectOfTheVisitForTheMeetingItIsFor() {
        Read m = meetings("The ambassador said Prime Minister Benjamin Netanyahu would visit Washington next week to "
                + "meet Trump.", "2025-04-03").get(0);
        assertEquals(Set.of("Benjamin Netanyahu", "Trump"), Set.copyOf(m.participants()), m.toString());
        assertEquals("Washington", m.location());
    }

    @Test
    void readsNoMeetingInMeetingATargetOrADemand() {
        assertEquals(List.of(), meetings("Money is needed if the EU is to meet its target of a knowledge economy.",
                "2005-01-01"));
        assertEquals(List.of(), meetings("Chancellor Gordon Brown will meet his golden economic rule with a margin "
                + "to spare.", "2005-01-01"));
        assertEquals(List.of(), meetings("What we see is OPEC meeting this demand through current production, he "
                + "said.", "1987-03-01"));
    }

    @Test
    void readsTheNamedPersonAfterAPossessiveAndTitle() {
        Read m = meetings("Trump will meet his Russian counterpart Vladimir Putin in Alaska on Friday.",
                "2025-08-11").get(0);
        assertEquals(Set.of("Trump", "Vladimir Putin"), Set.copyOf(m.participants()), m.toString());
        assertEquals("Alaska", m.location());
    }

    @Test
    void takesTheDatelineForAMeetingOfTheLastDaysOnly() {
        Read today = meetings("WASHINGTON, March 2 - Clayton Yeutter met Korean Trade Minister Rha Woong Bae today.",
                "1987-03-02").get(0);
        assertEquals("Washington", today.location());
        Read lastWeek = meetings("WASHINGTON, March 2 - Clayton Yeutter met Korean Trade Minister Rha Woong Bae last "
                + "week.", "1987-03-02").get(0);
        assertNull(lastWeek.location(), lastWeek.toString());
    }

    @Test
    void takesNoDateFromAVerbOfSaying() {
        List<Read> found = meetings("Secretary of State Marco Rubio said on Monday that a rare direct meeting between "
                + "a U.S. envoy and the Arab terrorist group Hamas was an isolated event.", "2025-03-11");
        Read m = found.stream().filter(r -> r.participants().contains("Hamas")).findFirst().orElseThrow();
        assertNull(m.meeting().date());
        assertFalse(m.participants().contains("Marco Rubio"));
    }

    @Test
    void readsHeldTalksWithAListOfPeople() {
        List<Read> found = meetings("Yesterday, Canadian Foreign Secretary Joe Clark held talks with Vice President "
                + "George Bush and Commerce Secretary Malcolm Baldrige.", "1987-03-11");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Joe Clark", "George Bush", "Malcolm Baldrige")), m.toString());
        assertEquals("1987-03-10", m.date());
    }

    @Test
    void readsAHost() {
        List<Read> found = meetings("Prime Minister Margaret Thatcher hosted Chancellor Helmut Kohl at Chequers on "
                + "Saturday.", "1987-03-30");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Margaret Thatcher", "Helmut Kohl")), m.toString());
        assertEquals("1987-03-28", m.date());
    }

    @Test
    void readsAPhoneCallWithoutPlace() {
        List<Read> found = meetings("President Ronald Reagan spoke by telephone with Prime Minister Brian Mulroney "
                + "in Ottawa on Friday.", "1987-03-30");
        Read m = found.get(0);
        assertEquals("call", m.meeting().kind());
        assertTrue(m.participants().containsAll(Set.of("Ronald Reagan", "Brian Mulroney")), m.toString());
        assertNull(m.location(), "a call has no location");
    }

    @Test
    void readsASummitAttendedByLeaders() {
        List<Read> found = meetings("The summit in Ottawa was attended by President Ronald Reagan and Prime Minister "
                + "Brian Mulroney.", "1987-04-06");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Ronald Reagan", "Brian Mulroney")), m.toString());
        assertEquals("Ottawa", m.location());
    }

    @Test
    void readsAPlannedTripForTalksWithTheGroupItJoins() {
        List<Read> found = meetings("Rubio said the main channel remains Trump's special envoy for the Middle East, "
                + "Steve Witkoff, who is traveling to Doha, Qatar on Tuesday for ceasefire talks, joining an Israeli "
                + "delegation that arrived at the Qatari capital on Monday.", "2025-03-11");
        Read m = found.stream().filter(r -> r.participants().contains("Steve Witkoff")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertTrue(m.meeting().planned());
        assertEquals("2025-03-11", m.date());
        assertTrue(m.meeting().participants().stream().anyMatch(p -> p.text().contains("delegation")), m.toString());
        assertTrue(Set.of("Doha", "Qatar").contains(m.location()), m.toString());
    }

    @Test
    void readsAVisitToAPlaceAsItsLocation() {
        List<Read> found = meetings("United States President George W. Bush made his first official state visit to "
                + "Canada this week.", "2004-11-30");
        Read m = found.stream().findFirst().orElseThrow(() -> new AssertionError("no visit"));
        assertEquals("visit", m.meeting().kind());
        assertTrue(m.participants().contains("George W. Bush"), m.toString());
        assertEquals("Canada", m.location());
        assertNull(m.date(), "a week is not a day");
    }

    @Test
    void readsTheTwoLeadersAsTheParticipantsOfTheMeetingBefore() {
        List<Read> found = meetings("Chinese President Hu Jintao met Brazilian President Luiz Inacio Lula da Silva in "
                + "Brasilia on Friday. The two leaders will meet again next week.", "2004-11-13");
        assertTrue(found.stream().anyMatch(r -> r.meeting().planned() && r.participants().size() >= 2
                && r.date() == null), found.toString());
    }

    @Test
    void readsAParticipantWhoseNameFollowsARelativeClause() {
        List<Read> found = meetings("Brazilian Finance Minister Dilson Funaro will extend his tour. Funaro, who is "
                + "accompanied by Central Bank governor Francisco Gros, met with Japanese Prime Minister Yasuhiro "
                + "Nakasone in Tokyo on Monday.", "1987-03-05");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Dilson Funaro", "Francisco Gros", "Yasuhiro Nakasone")),
                m.toString());
        assertEquals("Tokyo", m.location());
        assertEquals("1987-03-02", m.date());
    }

    @Test
    void resolvesHeToTheSubjectOfTheSentenceBefore() {
        List<Read> found = meetings("WASHINGTON, March 11 - Canadian Foreign Secretary Joe Clark urged action on acid "
                + "rain. Yesterday, he held talks with Secretary of State George Shultz.", "1987-03-11");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Joe Clark", "George Shultz")), m.toString());
        assertEquals("1987-03-10", m.date());
        assertEquals("Washington", m.location(), "a held meeting with no place of its own: the dateline");
    }

    @Test
    void readsGroupsOfNegotiators() {
        List<Read> found = meetings("U.S. and Japanese negotiators will hold emergency meetings next week to resolve "
                + "their row over semiconductors.", "1987-04-01");
        Read m = found.get(0);
        assertTrue(m.meeting().planned());
        assertEquals(2, m.meeting().participants().size(), m.toString());
        assertTrue(m.meeting().participants().stream().allMatch(p -> p.text().endsWith("negotiators")), m.toString());
    }

    @Test
    void readsTheDateOfAReportedClause() {
        List<Read> found = meetings("The spokesman, Gary Holmes, said that on Thursday Deputy U.S. Trade "
                + "Representative Michael Smith would meet with MITI vice president Makoto Kuroda.", "1987-04-01");
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Michael Smith", "Makoto Kuroda")), m.toString());
        assertEquals("1987-04-02", m.date());
        assertTrue(m.meeting().planned());
    }

    @Test
    void readsAVisitToAPersonInAPlace() {
        List<Read> found = meetings("German Chancellor Helmut Kohl visited President Francois Mitterrand in Paris on "
                + "Tuesday.", "1987-03-26");
        Read m = found.get(0);
        assertEquals("visit", m.meeting().kind());
        assertTrue(m.participants().containsAll(Set.of("Helmut Kohl", "Francois Mitterrand")), m.toString());
        assertEquals("Paris", m.location());
        assertEquals("1987-03-24", m.date());
    }

    @Test
    void takesTheSubjectAfterAnOpeningPhraseButNotFromInsideOne() {
        Read after = meetings("After the vote in parliament, Prime Minister Margaret Thatcher met Chancellor Helmut "
                + "Kohl in Bonn.", "1987-03-26").get(0);
        assertTrue(after.participants().containsAll(Set.of("Margaret Thatcher", "Helmut Kohl")), after.toString());
        List<Read> inside = meetings("A vote on a bill sponsored by Congressman Richard Gephardt is expected to come "
                + "during the visit of Prime Minister Yasuhiro Nakasone.", "1987-04-26");
        assertTrue(inside.stream().noneMatch(r -> r.participants().contains("Richard Gephardt")), inside.toString());
    }

    @Test
    void readsWhereAndWhenAMeetingIsSetToTakePlace() {
        List<Read> found = meetings("The Flag Consideration Project has planned a number of conferences, with the "
                + "first meeting with Prime Minister John Key set to take place in Christchurch on May 16.",
                "2015-05-07");
        Read m = found.get(0);
        assertEquals("Christchurch", m.location());
        assertEquals("2015-05-16", m.date());
        assertTrue(m.meeting().planned());
    }

    @Test
    void takesThePlaceATripGoesToForTheMeetingItIsFor() {
        Read m = meetings("Montalvo traveled to Florida to meet with Tom Devocht, who had offered him a job.",
                "2010-10-09").get(0);
        assertTrue(m.participants().contains("Tom Devocht"), m.toString());
        assertEquals("Florida", m.location());
    }

    @Test
    void readsNoMeetingWhereMeetMeansSatisfy() {
        assertTrue(meetings("The company said it would meet its debt payments on Monday.", "1987-03-26").isEmpty());
    }

    @Test
    void putsTheSeedArticlesJeddahMeetingIntoTheStore(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("newsgraph.shared", "../shared"), "seed",
                "rubio-hostage-talks.txt"));
        Article seed = new Article("rubio-2025-03-11", null, "2025-03-11", null, "JNS", List.of(), text);
        try (NewsStore store = NewsStore.open(dir.resolve("tdb"))) {
            store.put(pipeline.process(seed));
            ResultSetRewindable rs = store.select(Queries.bundled("meetings"));
            java.util.Map<String, Set<String>> byMeeting = new java.util.HashMap<>();
            java.util.Map<String, String> where = new java.util.HashMap<>();
            java.util.Map<String, String> when = new java.util.HashMap<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String id = s.getResource("meeting").getURI();
                byMeeting.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(s.getLiteral("participant").getString());
                if (s.contains("location")) {
                    where.put(id, s.getLiteral("location").getString());
                }
                if (s.contains("date")) {
                    when.put(id, s.getLiteral("date").getLexicalForm());
                }
            }
            String jeddah = byMeeting.keySet().stream().filter(k -> "Jeddah".equals(where.get(k))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Jeddah meeting in " + byMeeting + where));
            assertTrue(byMeeting.get(jeddah).containsAll(Set.of("Marco Rubio", "Mike Waltz", "Mohammed bin Salman")),
                    byMeeting.get(jeddah).toString());
            assertEquals("2025-03-10", when.get(jeddah));
            String hamas = byMeeting.keySet().stream().filter(k -> byMeeting.get(k).contains("Hamas")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Hamas meeting in " + byMeeting));
            assertTrue(byMeeting.get(hamas).contains("Adam Boehler"), "the envoy the article names");
            assertEquals(null, when.get(hamas), "no date invented for the Hamas meeting");
            String doha = byMeeting.keySet().stream().filter(k -> "Doha".equals(where.get(k))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Doha talks in " + byMeeting + where));
            assertTrue(byMeeting.get(doha).contains("Steve Witkoff"), byMeeting.get(doha).toString());
            assertEquals("2025-03-11", when.get(doha));
        }
    }

    @Test
    void readsEachSeparatelyTitledPartyOfAListAsAMeetingOfItsOwn() {
        List<Read> found = meetings("During his trip to Washington, Foreign Minister Anton Keller will meet "
                + "Secretary of State John Roe, trade envoy Mary Major and World Bank President Paul Novak.",
                "2025-04-24");
        Set<Set<String>> pairs = found.stream().map(Read::participants).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("Anton Keller", "John Roe"), Set.of("Anton Keller", "Mary Major"),
                Set.of("Anton Keller", "Paul Novak")), pairs, found.toString());
        assertTrue(found.stream().allMatch(r -> "Washington".equals(r.location()) && r.meeting().planned()),
                found.toString());
    }

    @Test
    void keepsNamesSharingOnePluralTitleAsOneParty() {
        List<Read> found = meetings("Foreign Minister Anton Keller held talks today with Treasury Secretary Mary "
                + "Major and Democratic Sens. John Roe of Ohio, Paul Novak of Texas and Peter Lang of Maine.",
                "2025-04-24");
        Set<Set<String>> parties = found.stream().map(Read::participants).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("Anton Keller", "Mary Major"),
                Set.of("Anton Keller", "John Roe", "Paul Novak", "Peter Lang")), parties, found.toString());
    }

    @Test
    void keepsTwoSeparatelyTitledPeopleOnOneCallAsOneMeeting() {
        List<Read> found = meetings("President Anton Keller spoke by phone with Prime Minister Mary Major and "
                + "Chancellor John Roe on Friday.", "2025-04-26");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Anton Keller", "Mary Major", "John Roe"), found.get(0).participants());
    }

    @Test
    void readsAWitnessAndTheCommitteeHeTestifiedBefore() {
        Read m = meetings("Treasury Secretary John Roe testified before the Senate Banking Committee on Thursday.",
                "2025-04-25").get(0);
        assertEquals("hearing", m.meeting().kind());
        assertEquals(Set.of("John Roe", "Senate Banking Committee"), m.participants(), m.toString());
        assertEquals("2025-04-24", m.date());
        assertFalse(m.meeting().planned());
    }

    @Test
    void takesTheWitnessFromTheClauseATestimonyPhraseOpens() {
        Read m = meetings("Testifying before the House Financial Services Committee, Mary Major defended the "
                + "bank's lending.", "2025-04-25").get(0);
        assertEquals(Set.of("Mary Major", "House Financial Services Committee"), m.participants(), m.toString());
    }

    @Test
    void takesTheSpeakerAfterAMeetingPhraseThatOpensTheSentence() {
        Read m = meetings("After a day of talks with Prime Minister Mary Major, Anton Keller told reporters the "
                + "dispute was settled.", "2025-04-25").get(0);
        assertEquals(Set.of("Anton Keller", "Mary Major"), m.participants(), m.toString());
    }

    @Test
    void readsAVisitedCountryAsAPartyAndThePlace() {
        Read m = meetings("Prime Minister Mary Major paid a state visit to Canada on Tuesday.", "2025-04-24").get(0);
        assertEquals(Set.of("Mary Major", "Canada"), m.participants(), m.toString());
        assertEquals("Canada", m.location());
        assertEquals("2025-04-22", m.date());
    }

    @Test
    void readsNoMeetingOfOnePartyWithNoOtherInSight() {
        assertEquals(List.of(), meetings("Prime Minister Mary Major paid a visit to Halifax on Tuesday.",
                "2025-04-24"));
        assertEquals(List.of(), meetings("Prime Minister Mary Major held talks on Tuesday.", "2025-04-24"));
    }

    @Test
    void keepsTheNamedPartyOfTalksWithAPartyTheTextDoesNotName() {
        List<Read> found = meetings("The bank is in talks with Fannie Mae to settle the dispute, people familiar "
                + "with the matter said.", "2012-08-02");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Fannie Mae"), found.get(0).participants());
    }

    @Test
    void takesWhoeverSpeaksAtAMeetingAsThere() {
        Read m = meetings("Prime Minister Mary Major told reporters at the NATO summit in Brussels that she expected "
                + "an agreement.", "2025-06-25").get(0);
        assertEquals(Set.of("Mary Major", "North Atlantic Treaty Organization"), m.participants(), m.toString());
        assertEquals("Brussels", m.location());
    }

    @Test
    void resolvesItToTheOrganizationNamedBefore() {
        Read m = meetings("Vodafone has confirmed it is in talks with Verizon but declined to give details.",
                "2013-08-29").get(0);
        assertEquals(Set.of("Vodafone", "Verizon"), m.participants(), m.toString());
    }

    @Test
    void takesNoDayFromTheDepartureForTalks() {
        Read m = meetings("Trade Minister John Roe leaves today for Ottawa for trade talks with Canadian officials.",
                "2025-03-11").get(0);
        assertNull(m.date(), m.toString());
        assertEquals("Ottawa", m.location());
        assertTrue(m.meeting().planned());
    }

    @Test
    void readsSpeakingToAPersonAsTalksButNotSpeakingToReporters() {
        Read m = meetings("Mary Major rushed to the hospital and spoke to John Roe as he was going into surgery.",
                "2019-04-28").get(0);
        assertEquals(Set.of("Mary Major", "John Roe"), m.participants(), m.toString());
        assertEquals("talks", m.meeting().kind());
        assertEquals(List.of(), meetings("Senator Mary Major spoke to reporters after the vote.", "2019-04-28"));
    }

    @Test
    void readsDiscussingSomethingWithANamedPartyAsTalks() {
        Read m = meetings("Jane Doe said she had discussed her plan to cut school violence with the National Rifle "
                + "Association.", "2018-02-23").get(0);
        assertEquals(Set.of("Jane Doe", "National Rifle Association"), m.participants(), m.toString());
        assertEquals(List.of(), meetings("The board discussed the plan with care.", "2018-02-23"));
    }

    @Test
    void givesTheDatelinesPlaceToTheLeadAndNotToAMeetingToldLater() {
        List<Read> found = meetings("LIMA, April 24 - President Jane Doe met Prime Minister John Roe today. Prices "
                + "rose. Markets fell on the news. Separately, Acme Corp held talks with Beta Corp about a merger.",
                "1987-04-24");
        Read lead = found.stream().filter(r -> r.participants().contains("John Roe")).findFirst().orElseThrow();
        assertEquals("Lima", lead.location(), found.toString());
        // the subject right after the dateline is read, whatever the tagger makes of "Doe"
        assertTrue(lead.participants().contains("Jane Doe"), found.toString());
        Read later = found.stream().filter(r -> r.participants().contains("Beta Corp")).findFirst().orElseThrow();
        assertNull(later.location(), found.toString());
    }

    @Test
    void givesTheDatelinesPlaceToTheMeetingsOfAVisitTheLeadTellsOf() {
        List<Read> found = meetings("OTTAWA, March 11 - Foreign Minister Jane Doe, ending a two-day visit to Ottawa, "
                + "said she was pleased. Prices rose. Markets fell. Doe today held talks with Prime Minister John Roe.",
                "1987-03-11");
        Read m = found.stream().filter(r -> r.participants().contains("John Roe")).findFirst().orElseThrow();
        assertEquals("Ottawa", m.location(), found.toString());
    }

    @Test
    void readsNoMeetingInAPassiveMetWith() {
        assertEquals(List.of(), meetings("As the facts have come out, they have been met with a very tense response "
                + "in Ferguson.", "2014-08-22"));
        assertEquals(List.of(), meetings("The plan was quickly met with protests from the Teamsters union.",
                "2014-08-22"));
    }

    @Test
    void readsAVisitToACapitalAsAVisitToItsCountry() {
        List<Read> found = meetings("Prime Minister Mary Major paid a visit to Tokyo on Tuesday to discuss Japan's "
                + "trade surplus.", "2025-04-24");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Mary Major", "Japan"), found.get(0).participants(), found.toString());
        assertEquals("Tokyo", found.get(0).location());
        assertEquals("2025-04-22", found.get(0).date());
    }

    @Test
    void readsNoCountryForACapitalWhenTheArticleDoesNotNameTheCountry() {
        assertEquals(List.of(), meetings("Prime Minister Mary Major paid a visit to Tokyo on Tuesday.", "2025-04-24"));
    }

    @Test
    void readsAVisitHereAsAVisitToTheDatelinesCountry() {
        List<Read> found = meetings("TOKYO, April 17 - Officials expect no concessions during Agriculture Secretary "
                + "John Roe's two-week visit here, where he will press Japan to open its rice market.", "1987-04-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("John Roe", "Japan"), found.get(0).participants(), found.toString());
        assertEquals("Tokyo", found.get(0).location());
    }

    @Test
    void keepsAVisitToACountryApartFromTheTalksHeldDuringIt() {
        List<Read> found = meetings("Foreign Minister Jane Doe arrived on a two-day visit to Canada on Monday. On "
                + "Tuesday, Doe held talks with Prime Minister John Roe.", "2025-04-24");
        assertEquals(2, found.size(), found.toString());
        Read visit = found.stream().filter(r -> r.participants().contains("Canada")).findFirst().orElseThrow();
        assertEquals(Set.of("Jane Doe", "Canada"), visit.participants());
        assertEquals("2025-04-21", visit.date());
        Read talks = found.stream().filter(r -> r.participants().contains("John Roe")).findFirst().orElseThrow();
        assertEquals(Set.of("Jane Doe", "John Roe"), talks.participants());
        assertEquals("2025-04-22", talks.date());
    }

    @Test
    void readsATripToSeveralCountriesAsAVisitToEach() {
        List<Read> found = meetings("Finance Minister John Roe will fly home on Sunday, after having completed a "
                + "week-long trip to the United States, France, England and West Germany.", "1987-03-05");
        assertEquals(Set.of(Set.of("John Roe", "United States"), Set.of("John Roe", "France"),
                Set.of("John Roe", "England"), Set.of("John Roe", "West Germany")),
                found.stream().map(Read::participants).collect(Collectors.toSet()), found.toString());
        assertTrue(found.stream().allMatch(r -> r.location() == null && !r.meeting().planned()), found.toString());
    }

    @Test
    void datesAMeetingOnTheDayOfThePartOfADayItTookPlace() {
        List<Read> found = meetings("Governor John Roe met with Acme Corp chairman Jane Doe last night, who "
                + "appealed for help.", "1987-06-19");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), found.get(0).participants());
        assertEquals("1987-06-18", found.get(0).date(), found.toString());
    }

    @Test
    void takesNoPlaceFromASentenceOpeningThatBelongsToTheTelling() {
        List<Read> found = meetings("At the White House, Mary Major told school officials she had discussed her plan "
                + "with the National Rifle Association.", "2018-02-23");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Mary Major", "National Rifle Association"), found.get(0).participants());
        assertNull(found.get(0).location(), found.toString());
    }

    @Test
    void takesTheSubjectOfBeingOnATrip() {
        List<Read> found = meetings("Economy Minister John Roe will not attend as he will be on an official trip to "
                + "Turkey, his ministry said.", "2013-04-05");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("John Roe", "Turkey"), found.get(0).participants());
        assertEquals("Turkey", found.get(0).location());
        assertTrue(found.get(0).meeting().planned());
    }

    @Test
    void readsTheSubjectBeforeATickerInBrackets() {
        List<Read> found = meetings("Acme Holdings Corp (ACME.N) is in talks with Fannie Mae to settle a dispute over "
                + "mortgages, sources said on Thursday.", "2012-08-02");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Acme Holdings Corp", "Fannie Mae"), found.get(0).participants(), found.toString());
    }

    @Test
    void addsThosePresentAtTheMeetingToldJustBefore() {
        List<Read> found = meetings("Jane Doe, the President of Freedonia, had lunch today with the President of "
                + "Ruritania, John Roe, at the Elphberg Palace. Lunch was a traditional barbecue. Some Freedonian "
                + "ministers were present at the event: Mary Major (Economy), Anna Smith (Agriculture). Also present "
                + "were Peter Brown (Acme Mining company president) and Paul Green.", "2004-11-13");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe", "Mary Major", "Anna Smith", "Peter Brown", "Paul Green"),
                found.get(0).participants(), found.toString());
        assertEquals("2004-11-13", found.get(0).date());
    }

    @Test
    void addsNoOnePresentWhenNoMeetingWasToldJustBefore() {
        List<Read> found = meetings("Jane Doe met John Roe in Strelsau on Monday. The talks went well. Markets "
                + "rose. Prices fell. Rain fell on the capital. Mary Major was present when the storm began.",
                "2004-11-13");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), found.get(0).participants(), found.toString());
    }

    @Test
    void addsAnotherWitnessToTheHearingBefore() {
        List<Read> found = meetings("Testifying before the Senate Banking Committee on Wednesday, John Roe defended "
                + "the bank's lending. Also testifying was Acme Ratings chief executive Mary Major.", "2010-06-02");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).participants().containsAll(Set.of("John Roe", "Mary Major")), found.toString());
    }

    @Test
    void readsHisBeforeAMeetingNounAsThePersonNamedBefore() {
        List<Read> found = meetings("John Roe faces a supreme test in his summit with Mary Major of Freedonia.",
                "2018-06-10");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("John Roe", "Mary Major"), found.get(0).participants(), found.toString());
    }

    @Test
    void readsTheirTalksAsTheTalksOfThePartiesBefore() {
        List<Read> found = meetings("John Roe faces a supreme test in his summit with Mary Major. Markets are calm. "
                + "Roe said on Saturday he would know within seconds of the start of their talks in Singapore on "
                + "Tuesday whether it would work.", "2018-06-10");
        assertEquals(1, found.size(), found.toString());
        Read m = found.get(0);
        assertEquals(Set.of("John Roe", "Mary Major"), m.participants(), found.toString());
        assertEquals("Singapore", m.location(), found.toString());
        assertEquals("2018-06-12", m.date(), found.toString());
        assertTrue(m.meeting().planned(), found.toString());
    }

    @Test
    void readsQuestioningAtAHearingAsAHearingOfQuestionerWitnessAndChamber() {
        List<Read> found = meetings("Rep. Mary Major said the review was flawed. The congresswoman pointedly "
                + "questioned John Roe on Wednesday during a House hearing about the report.", "2013-01-25");
        assertEquals(1, found.size(), found.toString());
        Read m = found.get(0);
        assertTrue(m.participants().containsAll(Set.of("Mary Major", "John Roe")), found.toString());
        assertEquals("2013-01-23", m.date(), found.toString());
        assertEquals("hearing", m.meeting().kind());
    }

    @Test
    void readsNoHearingInQuestioningWithNoHearingInSight() {
        assertTrue(meetings("Police questioned John Roe about the fire on Wednesday.", "2013-01-25").isEmpty());
    }

    @Test
    void readsALeaderDescribedByHisTitleAsThePersonNamedBefore() {
        List<Read> found = meetings("King John Roe of Freedonia begins a four-day state visit on Tuesday. Officials "
                + "said the king would raise trade. The Freedonian leader will hold talks with Prime Minister Mary "
                + "Major during the visit.", "1987-03-22");
        Read m = found.stream().filter(r -> r.participants().contains("Mary Major")).findFirst().orElseThrow();
        assertEquals(Set.of("John Roe", "Mary Major"), m.participants(), found.toString());
    }

    @Test
    void readsADescribedPersonMetAsThePersonNamedBefore() {
        List<Read> found = meetings("Critics fault the approach to Jane Roe, who rules Freedonia. John Doe has met "
                + "the Freedonian leader several times.", "2018-06-10");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("John Doe", "Jane Roe"), found.get(0).participants(), found.toString());
    }

    @Test
    void readsNoChamberInAMeetingWithSomeOfItsMembers() {
        List<Read> found = meetings("Mary Major met with members of Congress and Senator John Roe on Monday.",
                "2017-02-24");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Mary Major", "John Roe"), found.get(0).participants(), found.toString());
    }

    @Test
    void takesNoDayFromTheVisitForTheTalksHeldDuringIt() {
        List<Read> found = meetings("King John Roe of Freedonia begins a four-day state visit on Tuesday. The "
                + "Freedonian leader will hold talks with Prime Minister Mary Major during the visit.", "1987-03-22");
        Read m = found.stream().filter(r -> r.participants().contains("Mary Major")).findFirst().orElseThrow();
        assertEquals(Set.of("John Roe", "Mary Major"), m.participants(), found.toString());
        assertNull(m.date(), found.toString());
        assertTrue(m.meeting().planned(), found.toString());
    }

    @Test
    void readsHisInAnOpeningPhraseAsTheSubjectAfterIt() {
        List<Read> found = meetings("Deputy governor Jane Doe has hinted that rates may rise. She wrote in a "
                + "newspaper article published yesterday. During his trip to Washington, which runs from April 26 "
                + "to 29, John Roe will meet Secretary of State Mary Major.", "1987-04-24");
        assertTrue(found.stream().noneMatch(r -> r.participants().contains("Jane Doe")), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.participants().containsAll(Set.of("John Roe", "Mary Major"))),
                found.toString());
    }

    @Test
    void readsTalksUnderWayAsHeldAtTheDatelinesPlace() {
        List<Read> found = meetings("DUBAI (Reuters) - Acme Telecom Co is in talks with Beta Holdings to buy its "
                + "assets in Monaco, three banking sources said.", "2012-09-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Acme Telecom Co", "Beta Holdings"), found.get(0).participants());
        assertFalse(found.get(0).meeting().planned(), found.toString());
        assertEquals("Dubai", found.get(0).location());
    }

    @Test
    void readsTalksStillToComeAsPlannedThoughTheyAreInTalks() {
        List<Read> found = meetings("Acme Corp will be in talks with Beta Holdings next week.", "2012-09-17");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).meeting().planned(), found.toString());
    }

    @Test
    void readsWhoeverComesFromOrSpeaksAfterAMeetingAsPartOfIt() {
        List<Read> from = meetings("Governor Jane Doe emerged from a meeting with President John Roe at the White "
                + "House and said the president had agreed to help.", "2020-04-22");
        assertEquals(1, from.size(), from.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), from.get(0).participants());
        List<Read> after = meetings("Chancellor Mary Major spoke to reporters after a meeting with Prime Minister "
                + "John Roe.", "2011-09-13");
        assertEquals(1, after.size(), after.toString());
        assertEquals(Set.of("Mary Major", "John Roe"), after.get(0).participants());
    }

    @Test
    void readsACallToAPersonNamedRightAfterTheVerb() {
        List<Read> found = meetings("Mary Major then called Jane Doe on Sunday from her office to express her "
                + "displeasure.", "2016-08-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Mary Major", "Jane Doe"), found.get(0).participants());
        assertEquals("call", found.get(0).meeting().kind());
        assertNull(found.get(0).location());
        assertEquals("2016-08-14", found.get(0).date());
        assertEquals(List.of(), meetings("Mary Major called Jane Doe a liar.", "2016-08-17"));
        assertEquals(List.of(), meetings("Mary Major called on Jane Doe to resign.", "2016-08-17"));
        assertEquals(List.of(), meetings("The prosecution also called Jane Doe to the stand on Monday.", "2018-08-14"));
    }

    @Test
    void readsConferringByPhoneAsACallWithNoPlace() {
        // "conferred" is lemmatised "conferr"; with a phone word it is a call, which has no place (ANNOTATION.md 4.3)
        List<Read> found = meetings("Mary Major conferred by phone Friday with Prime Minister John Roe in Paris on "
                + "economic ties.", "2018-08-11");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Mary Major", "John Roe"), found.get(0).participants());
        assertEquals("call", found.get(0).meeting().kind());
        assertNull(found.get(0).location(), found.toString());
        assertEquals("2018-08-10", found.get(0).date());
        List<Read> met = meetings("Mary Major conferred with John Roe in Paris on Friday.", "2018-08-11");
        assertEquals(1, met.size(), met.toString());
        assertEquals("Paris", met.get(0).location());
    }

    @Test
    void readsAVisitToEachCountryListedAfterVisitedWithNoPlaceOfItsOwn() {
        // "Obama also visited Afghanistan, Iraq, Jordan, ...": one visit to each country, none placed; a visit to
        // another country told in another sentence stays its own meeting
        List<Read> found = meetings("Mary Major visited Canada on Monday. She also visited France, Italy and Spain, "
                + "according to Reuters.", "2018-12-27");
        Set<String> visited = found.stream().flatMap(r -> r.participants().stream()).filter(p -> !p.equals("Mary Major"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Canada", "France", "Italy", "Spain"), visited, found.toString());
        assertEquals(4, found.size(), found.toString());
        for (Read r : found) {
            assertTrue(r.participants().contains("Mary Major"), found.toString());
            assertEquals(2, r.participants().size(), found.toString());
            if (!r.participants().contains("Canada")) {
                assertNull(r.location(), found.toString());
            }
        }
    }

    @Test
    void takesTheCountryATripGoesToAsVisited() {
        // "Obama heads to Cuba for a historic visit", "landed in Israel on Monday for his trip": the country is met
        List<Read> heads = meetings("Mary Major will travel to Canada next week for a historic visit.",
                "2016-03-10");
        assertEquals(1, heads.size(), heads.toString());
        assertEquals(Set.of("Mary Major", "Canada"), heads.get(0).participants());
        assertEquals("Canada", heads.get(0).location());
        assertTrue(heads.get(0).meeting().planned(), heads.toString());
        List<Read> landed = meetings("President Mary Major landed in Mexico on Monday for the second leg of her first "
                + "foreign trip.", "2017-05-22");
        assertEquals(1, landed.size(), landed.toString());
        assertEquals(Set.of("Mary Major", "Mexico"), landed.get(0).participants());
        assertEquals("2017-05-22", landed.get(0).date());
    }

    @Test
    void readsNoMeetingWhoseOnlyPartyIsAPlace() {
        // a city or country alone is one named party: no meeting of its own (ANNOTATION.md 4.1)
        assertEquals(List.of(), meetings("The talks with Brussels went well, Mary Major said.", "2013-04-09"));
        assertEquals(List.of(), meetings("Officials said the meeting with Moscow had been useful.", "2013-04-09"));
        // a visit still meets the country visited
        List<Read> visit = meetings("Mary Major visited Canada on Monday.", "2013-04-09");
        assertEquals(1, visit.size(), visit.toString());
        assertEquals(Set.of("Mary Major", "Canada"), visit.get(0).participants());
    }

    @Test
    void readsTellingACommitteeAsAHearing() {
        List<Read> found = meetings("Acting Secretary Jane Doe told the Senate Homeland Security Committee recently "
                + "that her agency has the resources it needs.", "2017-10-05");
        assertEquals(1, found.size(), found.toString());
        assertEquals("hearing", found.get(0).meeting().kind());
        assertTrue(found.get(0).participants().contains("Jane Doe"), found.toString());
        assertEquals(2, found.get(0).participants().size(), found.toString());
        assertEquals(List.of(), meetings("Jane Doe told Reuters that her agency has the resources it needs.",
                "2017-10-05"));
    }

    @Test
    void takesTheSubjectOfTheVerbJoinedByCommaAndAnd() {
        List<Read> found = meetings("Jane Doe held interviews at her office, and met with Prime Minister John Roe.",
                "2016-11-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), found.get(0).participants());
    }

    @Test
    void takesTheSubjectBeforeAnApposition() {
        List<Read> found = meetings("Jane Doe, a top campaign official, met with Prime Minister John Roe on Monday.",
                "2016-11-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), found.get(0).participants());
        assertEquals("2016-11-14", found.get(0).date());
    }

    @Test
    void takesWhoeverConvenesAMeetingAsPartOfIt() {
        List<Read> found = meetings("Jane Doe convened a meeting with John Roe on Monday.", "2016-11-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "John Roe"), found.get(0).participants());
    }

    @Test
    void readsTheBodyAHearingIsOfAsAParticipant() {
        List<Read> found = meetings("Senator Jane Doe said at a hearing of the House Committee on Homeland Security.",
                "2014-09-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("Jane Doe", "House Committee on Homeland Security"), found.get(0).participants());
    }

    @Test
    void readsTheGroupNamedBeforeASummitNounAsAParticipant() {
        // "G20" may be read as a name of no type, or tagged as an adjective: the group meets all the same
        List<Read> found = meetings("Jane Doe spoke at the G20 meeting in Osaka on Saturday.", "2019-06-30");
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).participants().size(), found.toString());
        assertTrue(found.get(0).participants().contains("Jane Doe"), found.toString());
        assertEquals("Osaka", found.get(0).location());
    }

    @Test
    void keepsAHearingOfOneWitnessBeforeANamedCommittee() {
        List<Read> found = meetings("Jane Doe testified before the House Judiciary Committee on Thursday.",
                "2019-02-08");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).participants().contains("Jane Doe"), found.toString());
    }

    @Test
    void takesNoBuildingOrSiteVisitedAsAParty() {
        // a base, a wall, a church visited is where a meeting would be, not someone met
        List<Read> found = meetings("Jane Doe made a surprise visit to Al Asad Air Base on Wednesday. On Thursday she "
                + "visits the Western Wall and meets with Prime Minister John Roe.", "2018-12-27");
        for (Read m : found) {
            assertFalse(m.participants().stream().anyMatch(p -> p.endsWith("Base") || p.endsWith("Wall")),
                    found.toString());
        }
    }

    @Test
    void givesEachMeetingVerbJoinedByAndItsOwnDay() {
        List<Read> found = meetings("Jane Doe is expected to meet with senior officials in Lima on Monday and meet "
                + "with President John Roe on Tuesday.", "2018-10-22");
        Read roe = found.stream().filter(r -> r.participants().contains("John Roe")).findFirst().orElseThrow();
        assertEquals("2018-10-23", roe.date(), found.toString());
        // with no day of its own, the verb keeps the day told before it
        List<Read> arrived = meetings("Jane Doe arrived in Lima on Tuesday and met President John Roe.",
                "2018-10-26");
        Read met = arrived.stream().filter(r -> r.participants().contains("John Roe")).findFirst().orElseThrow();
        assertEquals("2018-10-23", met.date(), arrived.toString());
    }

    @Test
    void givesAHearingTheLeadTellsOfTheLeadsDayAndTheDatelinesPlace() {
        List<Read> found = meetings("STRELSAU (Reuters) - Central bank governor Jane Doe on Wednesday offered a "
                + "tempered view of the economy. \"The decline was rapid,\" Doe told the Ruritanian Parliament "
                + "Finance Committee.", "2012-02-29");
        Read hearing = found.stream().filter(r -> r.meeting().kind().equals("hearing")).findFirst().orElseThrow();
        assertEquals("2012-02-29", hearing.date(), found.toString());
        assertEquals("Strelsau", hearing.location(), found.toString());
    }

    @Test
    void givesAHearingNoDayFromALeadThatDoesNotNameItsWitness() {
        List<Read> found = meetings("STRELSAU (Reuters) - Lawmakers on Wednesday approved the budget. \"The decline "
                + "was rapid,\" Jane Doe told the Ruritanian Parliament Finance Committee.", "2012-02-29");
        Read hearing = found.stream().filter(r -> r.meeting().kind().equals("hearing")).findFirst().orElseThrow();
        assertNull(hearing.date(), found.toString());
    }

    @Test
    void joinsTheNameOfACommitteeTheNameFinderCutIntoPieces() {
        List<Read> found = meetings("Jane Doe told the U.S. House of Representatives Financial Services Committee "
                + "that growth was slow.", "2012-02-29");
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).meeting().participants().size(), found.toString());
        assertTrue(found.get(0).meeting().participants().stream()
                .anyMatch(p -> p.text().equals("U.S. House of Representatives Financial Services Committee")),
                found.toString());
    }
}
