package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class NameFinderMentionFinderTest {

    private static OpenNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = new OpenNlpAnnotator(List.of(new NameFinderMentionFinder()), (article, sentences) -> List.of());
    }

    private static Set<String> names(AnnotatedDocument doc, EntityType type) {
        return doc.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void loadsTheShippedModelFromTheClasspath() {
        assertTrue(NameFinderMentionFinder.class.getResource(NameFinderMentionFinder.MODEL) != null);
        new NameFinderMentionFinder();
    }

    @Test
    void findsThePeopleInANewsSentence() {
        String text = "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday, "
                + "a spokesman for the European Commission said.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t1", text));
        Set<String> people = names(doc, EntityType.PERSON);
        assertTrue(people.contains("Angela Merkel"), () -> "people: " + people);
        assertTrue(people.contains("Emmanuel Macron"), () -> "people: " + people);
        assertTrue(names(doc, EntityType.PLACE).contains("Berlin"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void findsPeopleAfterTitlesAndAcrossNameParticlesWithoutTheirPossessive() {
        String text = "Abu Dhabi Crown Prince Mohammed bin Zayed met U.S. National Security Advisor Jake Sullivan "
                + "on Sunday, a day after President Joe Biden\u2019s call with the crown prince.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t3", text));
        Set<String> people = names(doc, EntityType.PERSON);
        assertTrue(people.contains("Mohammed bin Zayed"), () -> "mentions: " + doc.mentions());
        assertTrue(people.contains("Jake Sullivan"), () -> "mentions: " + doc.mentions());
        assertTrue(people.contains("Joe Biden"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void findsASurnameAgainWhereTheArticleRepeatsIt() {
        String text = "Ukrainian President Volodymyr Zelenskiy said on Thursday he would go. Zelenskiy, who had "
                + "flown to Ankara, met reporters near Trump Tower in May.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t5", text));
        int second = text.indexOf("Zelenskiy,");
        assertTrue(doc.mentions().stream().anyMatch(m -> m.begin() == second && m.text().equals("Zelenskiy")
                && m.type() == EntityType.PERSON), () -> "mentions: " + doc.mentions());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Trump")), () -> "mentions: "
                + doc.mentions());
    }

    @Test
    void keepsHyphenatedNamesWholeThoughTheTokenizerCutsThem() {
        String text = "Two veteran politicians, Lee Cheuk-yan of the Labour Party and Kwok Ka-ki, lost their seats "
                + "to candidates of the pro-Beijing camp.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t5", text));
        Set<String> people = names(doc, EntityType.PERSON);
        assertTrue(people.contains("Lee Cheuk-yan"), () -> "mentions: " + doc.mentions());
        assertTrue(people.contains("Kwok Ka-ki"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void joinsPiecesThatTouchAcrossAHyphenOnly() {
        String text = "Ontario-based Magna - the maker";
        // the UD tokenizer's cut: Ontario | - | based | Magna | - | the | maker
        List<int[]> pieces = List.of(new int[] {0, 7}, new int[] {7, 8}, new int[] {8, 13}, new int[] {14, 19},
                new int[] {20, 21}, new int[] {22, 25}, new int[] {26, 31});
        List<String> words = NameFinderMentionFinder.joinHyphenated(text, pieces, word -> false).stream()
                .map(p -> text.substring(p[0], p[1])).toList();
        assertEquals(List.of("Ontario-based", "Magna", "-", "the", "maker"), words);
    }

    @Test
    void leavesCountriesJoinedByAHyphenApartButKeepsACountryNamedSoWhole() {
        Set<String> places = Set.of("U.S.", "Canada", "Guinea", "Bissau", "Guinea-Bissau");
        String text = "the U.S.-Canada border and Guinea-Bissau";
        List<int[]> pieces = List.of(new int[] {0, 3}, new int[] {4, 8}, new int[] {8, 9}, new int[] {9, 15},
                new int[] {16, 22}, new int[] {23, 26}, new int[] {27, 33}, new int[] {33, 34}, new int[] {34, 40});
        List<String> words = NameFinderMentionFinder.joinHyphenated(text, pieces, places::contains).stream()
                .map(p -> text.substring(p[0], p[1])).toList();
        assertEquals(List.of("the", "U.S.", "-", "Canada", "border", "and", "Guinea-Bissau"), words);
    }

    @Test
    void aCompanyTheArticleCallsOneIsNoPersonButAnIntroducedSurnameStaysOne() {
        String text = "Telecoms firm Qwest has raised its offer for MCI. Qwest said the new bid was final. "
                + "Chancellor Gordon Brown welcomed the deal. Brown said his officials would study it.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t6", text));
        assertTrue(names(doc, EntityType.ORGANIZATION).contains("Qwest"), () -> "mentions: " + doc.mentions());
        assertTrue(!names(doc, EntityType.PERSON).contains("Qwest"), () -> "mentions: " + doc.mentions());
        assertTrue(names(doc, EntityType.PERSON).contains("Brown"), () -> "mentions: " + doc.mentions());

        String steel = "Mittal Steel, one of the world's largest steel producers, could cut 45,000 jobs. "
                + "Shares in Mittal Steel fell. Lakshmi Mittal said his company would grow.";
        AnnotatedDocument two = annotator.annotate(Article.of("t7", steel));
        assertTrue(names(two, EntityType.ORGANIZATION).contains("Mittal Steel"), () -> "mentions: " + two.mentions());
        assertTrue(names(two, EntityType.PERSON).contains("Lakshmi Mittal"), () -> "mentions: " + two.mentions());
    }

    @Test
    void findsNoNamesInAShoutedLineOfBoilerplate() {
        String text = "Send your letters to the editor.\nCLICK HERE TO SEND YOUR HOLIDAY GIFT & PERSONAL NOTE TO THE FAMILIES";
        AnnotatedDocument doc = annotator.annotate(Article.of("t4", text));
        assertTrue(doc.mentions().stream().noneMatch(m -> m.begin() > text.indexOf('\n')),
                () -> "mentions: " + doc.mentions());
    }

    @Test
    void takesASentenceOpeningOrdinaryWordForNoNameButKeepsASurnameThere() {
        String text = "Enough talk, it is time for action. Baker said the dollar had fallen far enough. "
                + "\"Given the slowdown, the cut is welcome,\" he said.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t5", text));
        Set<String> people = names(doc, EntityType.PERSON);
        assertTrue(!people.contains("Enough"), () -> "people: " + people);
        assertTrue(!people.contains("Given"), () -> "people: " + people);
        assertTrue(people.contains("Baker"), () -> "people: " + people);
    }

    @Test
    void mentionOffsetsPointIntoTheArticleText() {
        String text = "\u201CWe will talk again,\u201D said Kofi Annan, the United Nations Secretary-General.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t2", text));
        assertTrue(!doc.mentions().isEmpty());
        for (Mention m : doc.mentions()) {
            assertEquals(m.text(), text.substring(m.begin(), m.end()));
            assertTrue(m.confidence() > 0 && m.confidence() <= 1);
        }
        assertTrue(names(doc, EntityType.PERSON).contains("Kofi Annan"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void aKnownOutletIsAnOrganizationAndAProductIsNoEntity() {
        String text = "Wikinews has learned that Mozilla Firefox 1.0 has been released. Wikinews reporters say "
                + "it is a real competitor to Microsoft's Internet Explorer.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t9", text));
        assertTrue(names(doc, EntityType.ORGANIZATION).containsAll(Set.of("Wikinews", "Microsoft")),
                () -> "mentions: " + doc.mentions());
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) {
            assertTrue(names(doc, type).stream().noneMatch(n -> n.contains("Firefox") || n.contains("Explorer")),
                    () -> "mentions: " + doc.mentions());
        }
    }

    @Test
    void aTitleCaseHeadlineIsNoEvidenceOfNames() {
        String text = "Update at 9:25 a.m. ET. Boehner Says Wages Are Still Stagnant After Shutdown\n\n"
                + "House Speaker John Boehner said on Friday that wages are still stagnant.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t10", text));
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("Says") || m.text().contains("Wages")
                || m.text().contains("Stagnant")), () -> "mentions: " + doc.mentions());
        assertTrue(names(doc, EntityType.PERSON).contains("John Boehner"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void partyLabelsAreNoPeople() {
        String text = "The bill was unveiled by Speaker John Boehner (R-Ohio) and Rep. Steve Womack, R-Ark., "
                + "at a closed party meeting in Washington, D.C.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t11", text));
        Set<String> people = names(doc, EntityType.PERSON);
        assertTrue(people.containsAll(Set.of("John Boehner", "Steve Womack")), () -> "mentions: " + doc.mentions());
        assertTrue(people.stream().noneMatch(p -> p.startsWith("R-") || p.equals("D.C.")),
                () -> "mentions: " + doc.mentions());
    }

    @Test
    void aNameBeforeAStockCodeIsACompanyWhereverTheArticleNamesItAndTheCodeIsNoName() {
        String text = "Marlow Brandt Inc MBRT.N cut its forecast on Monday. Marlow Brandt said sales fell in "
                + "Europe. Rival Harlan Voss (HVOS.O) gained 3 percent, and Harlan Voss said demand held up.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t12", text));
        Set<String> organizations = names(doc, EntityType.ORGANIZATION);
        assertTrue(organizations.containsAll(Set.of("Marlow Brandt Inc", "Marlow Brandt", "Harlan Voss")),
                () -> "mentions: " + doc.mentions());
        assertTrue(names(doc, EntityType.PERSON).stream().noneMatch(p -> p.contains("Brandt") || p.contains("Voss")),
                () -> "mentions: " + doc.mentions());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("MBRT") || m.text().contains("HVOS")),
                () -> "mentions: " + doc.mentions());
    }

    @Test
    void lawsErasAndStormsAreNoEntities() {
        String text = "Congress passed the Budget Control Act during the Great Recession. Hurricane Earl hit "
                + "Florida a year later.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t13", text));
        assertTrue(doc.mentions().stream().filter(m -> m.type() != EntityType.MISC).noneMatch(m ->
                m.text().contains("Act") || m.text().contains("Recession") || m.text().contains("Earl")),
                () -> "mentions: " + doc.mentions());
        assertTrue(names(doc, EntityType.PLACE).contains("Florida"), () -> "mentions: " + doc.mentions());
    }

    @Test
    void findsTheRegionsNewsWritesInLowerCase() {
        String text = "Finland said the euro zone's debt crisis was easing. Eurozone finance ministers met, and bonds "
                + "rose across the euro area. A neuro zone is none.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t14", text));
        assertTrue(names(doc, EntityType.PLACE).containsAll(Set.of("euro zone", "Eurozone", "euro area")),
                () -> "mentions: " + doc.mentions());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("neuro")), () -> "mentions: "
                + doc.mentions());
    }

    @Test
    void aWellKnownOrganizationTheFinderMissedIsFoundButNotInsideAnotherName() {
        String text = "Follow him on Twitter at @janedoe. The group uses 21 Facebook pages. Sprint Nextel fell.";
        AnnotatedDocument doc = annotator.annotate(Article.of("t15", text));
        Set<String> organizations = names(doc, EntityType.ORGANIZATION);
        assertTrue(organizations.containsAll(Set.of("Twitter", "Facebook")), () -> "mentions: " + doc.mentions());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Sprint")), () -> "mentions: "
                + doc.mentions());
    }
}
