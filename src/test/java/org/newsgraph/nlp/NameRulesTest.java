package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameRulesTest {

    private final NameRules rules = new NameRules();

    private static String[] words(String s) {
        return s.split(" ");
    }

    @Test
    void personAfterATitleInsideAnOrganizationSpanBecomesThePerson() {
        String[] w = words("U.S. National Security Advisor Jake Sullivan said");
        List<Span> out = rules.apply(w, new Span[] {new Span(0, 6, "ORG")});
        assertEquals(List.of(new Span(4, 6, "PER")), out);
    }

    @Test
    void titleIsNotPartOfAPersonsName() {
        String[] w = words("said Mr Panvalkar on Monday");
        assertEquals(List.of(new Span(2, 3, "PER")), rules.apply(w, new Span[] {new Span(1, 3, "PER")}));
    }

    @Test
    void singleWordAfterATitleInsideAnOrganizationStaysAnOrganization() {
        String[] w = words("shares of General Motors rose");
        assertEquals(List.of(new Span(2, 4, "ORG")), rules.apply(w, new Span[] {new Span(2, 4, "ORG")}));
    }

    @Test
    void aNameEndingInAnOrganizationWordIsAnOrganizationWhateverItsFirstWord() {
        String[] w = words("shares of General Motors Corp rose while Dairy Board officials waited");
        assertEquals(List.of(new Span(2, 5, "ORG"), new Span(7, 9, "ORG")),
                rules.apply(w, new Span[] {new Span(2, 5, "PER"), new Span(7, 9, "PER")}));
        String[] name = words("said Paul Court on Monday");
        assertEquals(List.of(new Span(1, 3, "PER")), rules.apply(name, new Span[] {new Span(1, 3, "PER")}));
    }

    @Test
    void aNameEndingInAPlaceWordIsAPlace() {
        String[] w = words("protesters gathered in Tiananmen Square near the Pearl River");
        assertEquals(List.of(new Span(3, 5, "LOC"), new Span(7, 9, "ORG")),
                rules.apply(w, new Span[] {new Span(3, 5, "ORG"), new Span(7, 9, "ORG")}));
    }

    @Test
    void personNameRunsOnOverANameParticleAndSwallowsTheRest() {
        String[] w = words("Crown Prince Mohammed bin Zayed met");
        List<Span> out = rules.apply(w, new Span[] {new Span(2, 3, "PER"), new Span(4, 5, "LOC")});
        assertEquals(List.of(new Span(2, 5, "PER")), out);
    }

    @Test
    void aPersonAfterATitleInsideAnOrganizationRunsOnOverAParticle() {
        String[] w = words("Abu Dhabi Crown Prince Mohammed bin Zayed met");
        assertEquals(List.of(new Span(4, 7, "PER")),
                rules.apply(w, new Span[] {new Span(0, 5, "ORG"), new Span(6, 7, "PER")}));
    }

    @Test
    void aTitleAloneIsNoName() {
        String[] w = words("said Sen . Jane Doe and a Democratic Rep . from Ohio");
        assertEquals(List.of(new Span(3, 5, "PER"), new Span(11, 12, "LOC")), rules.apply(w,
                new Span[] {new Span(1, 2, "LOC"), new Span(3, 5, "PER"), new Span(7, 9, "PER"), new Span(11, 12, "LOC")}));
    }

    @Test
    void nameStopsAtABracket() {
        String[] w = words("lawmaker Ohad Tal ( Religious Zionism ) told");
        assertEquals(List.of(new Span(1, 3, "PER")), rules.apply(w, new Span[] {new Span(1, 6, "PER")}));
    }

    @Test
    void nameDoesNotEndInAPrepositionAndADay() {
        String[] w = words("Wong told the BBC on Tuesday :");
        assertEquals(List.of(new Span(3, 4, "ORG")), rules.apply(w, new Span[] {new Span(3, 6, "ORG")}));
        String[] may = words("said Prime Minister Theresa May");
        assertEquals(List.of(new Span(3, 5, "PER")), rules.apply(may, new Span[] {new Span(3, 5, "PER")}));
    }

    @Test
    void nameDoesNotEndInAWeekdayAfterTwoWords() {
        String[] w = words("said Jose Miguel Insulza Monday .");
        assertEquals(List.of(new Span(1, 4, "PER")), rules.apply(w, new Span[] {new Span(1, 5, "PER")}));
        String[] club = words("beat Sheffield Wednesday 2-1");
        assertEquals(List.of(new Span(1, 3, "ORG")), rules.apply(club, new Span[] {new Span(1, 3, "ORG")}));
    }

    @Test
    void aModifierFormedFromANameIsANameOfItsOwn() {
        String[] w = words("the Iran-backed Hezbollah group");
        assertEquals(List.of(new Span(1, 2, "MISC"), new Span(2, 3, "ORG")),
                rules.apply(w, new Span[] {new Span(1, 3, "ORG")}));
        String[] city = words("Los Angeles-based Walt Disney Co said");
        assertEquals(List.of(new Span(0, 2, "MISC"), new Span(2, 5, "ORG")),
                rules.apply(city, new Span[] {new Span(0, 5, "ORG")}));
        String[] person = words("Lee Ki-choo said");
        assertEquals(List.of(new Span(0, 2, "PER")), rules.apply(person, new Span[] {new Span(0, 2, "PER")}));
    }

    @Test
    void aDatelinesPlaceIsAPlace() {
        assertEquals(List.of(new Span(0, 2, "LOC")), rules.apply(words("LA CORUNA , Spain 1996-08-31"),
                new Span[] {new Span(0, 2, "PER")}).subList(0, 1));
        assertEquals(List.of(new Span(0, 1, "LOC"), new Span(2, 4, "LOC")),
                rules.apply(words("JEDDAH , Saudi Arabia \u2014 Secretary of State"),
                        new Span[] {new Span(0, 1, "ORG"), new Span(2, 4, "LOC")}));
        assertEquals(List.of(new Span(0, 1, "LOC")),
                rules.apply(words("WASHINGTON ( Reuters ) - The talks"), new Span[0]));
        assertEquals(List.of(new Span(0, 1, "LOC")),
                rules.apply(words("MOSCOW , April 13 -"), new Span[] {new Span(0, 1, "PER")}));
        assertEquals(2, NameRules.datelinePlace(words("BUENOS AIRES , Feb 26 - Argentine grain board figures")));
        assertEquals(1, NameRules.datelinePlace(words("COMMACK , N.Y. , Feb 26 - Computer Terminal Systems Inc said")));
    }

    @Test
    void aDatelineOfTwoPlacesPartedBySlashIsTwoPlaces() {
        assertEquals(List.of(new Span(0, 2, "LOC"), new Span(3, 5, "LOC")),
                rules.apply(words("NEW YORK / LOS ANGELES ( Reuters ) - Online retailer"),
                        new Span[] {new Span(0, 5, "ORG")}));
        assertEquals(List.of(new Span(0, 1, "LOC"), new Span(2, 4, "LOC")),
                rules.apply(words("WASHINGTON / TOYOTA CITY , Japan ( Reuters ) - Toyota"),
                        new Span[] {new Span(0, 4, "PER")}).subList(0, 2));
        assertEquals(0, NameRules.datelinePlace(words("AC / DC played")));
    }

    @Test
    void aSlashBetweenTwoNamesPartsThemAndNothingElse() {
        assertEquals(List.of("NEW", "YORK", "/", "LOS", "ANGELES"), pieces("NEW YORK/LOS ANGELES"));
        assertEquals(List.of("Nebehay", "/", "David"), pieces("Nebehay/David"));
        assertEquals(List.of("YORK", "/", "LOS"), pieces("YORK/ LOS"));
        assertEquals(List.of("I/B/E/S"), pieces("I/B/E/S"));
        assertEquals(List.of("and/or"), pieces("and/or"));
        assertEquals(List.of("24/7"), pieces("24/7"));
    }

    @Test
    void twoNamesPartedBySlashAreTwoNames() {
        assertEquals(List.of(new Span(3, 5, "PER"), new Span(6, 8, "PER")),
                rules.apply(words("( Editing by Jane Doe / John Roe )"), new Span[] {new Span(3, 8, "PER")}));
    }

    @Test
    void aCreditLineListsWholeNamesOfJournalistsAndTheirPlaces() {
        String[] w = words("( Reporting by Jane Doe and Mary Hay in Philadelphia ; Editing by Sarah N. Roe )");
        assertEquals(List.of(new Span(3, 5, "PER"), new Span(6, 8, "PER"), new Span(9, 10, "LOC"),
                new Span(13, 16, "PER")), rules.apply(w, new Span[] {new Span(3, 5, "PER"), new Span(6, 7, "PER"),
                        new Span(9, 10, "LOC"), new Span(13, 14, "PER")}));
        String[] text = words("The talks ( which began in May ) went on .");
        assertEquals(List.of(), rules.apply(text, new Span[0]));
    }

    private static List<String> pieces(String text) {
        List<String> out = new java.util.ArrayList<>();
        int at = 0;
        for (String token : text.split(" ")) {
            List<int[]> cut = new java.util.ArrayList<>();
            NameFinderMentionFinder.split(token, at, cut);
            cut.forEach(p -> out.add(text.substring(p[0], p[1])));
            at += token.length() + 1;
        }
        return out;
    }

    @Test
    void aHeadlineInCapitalsIsNoDateline() {
        assertEquals(0, NameRules.datelinePlace(words("SOCCER - MILAN 'S LENTINI MOVES TO ATALANTA .")));
        assertEquals(0, NameRules.datelinePlace(words("NATO , Russia agree on talks")));
        assertEquals(0, NameRules.datelinePlace(words("IBM ( IBM.N ) shares rose")));
        assertEquals(0, NameRules.datelinePlace(words("FRIDAY , AUGUST 30 SCHEDULE")));
    }

    @Test
    void aCountryInCapitalsBeforeADashIsAPlace() {
        NameRules withGazetteer = new NameRules(word -> switch (word) {
            case "France", "United", "States" -> "COUNTRY";
            case "Rugby", "Union" -> "CITY";
            default -> null;
        });
        assertEquals(List.of(new Span(0, 1, "LOC")),
                withGazetteer.apply(words("FRANCE - Bond futures ended higher"), new Span[0]));
        assertEquals(List.of(new Span(0, 2, "LOC")),
                withGazetteer.apply(words("UNITED STATES - Prices of Treasuries fell"), new Span[] {new Span(0, 2, "ORG")}));
        assertEquals(List.of(new Span(0, 2, "ORG")),
                withGazetteer.apply(words("RUGBY UNION - LYNAGH SEALS VICTORY"), new Span[] {new Span(0, 2, "ORG")}));
    }

    @Test
    void theLastPartOfAHyphenatedTitleIsTheTitle() {
        String[] w = words("Lieutenant-Colonel Max Marriner said");
        assertEquals(List.of(new Span(1, 3, "PER")), rules.apply(w, new Span[] {new Span(0, 3, "PER")}));
    }

    @Test
    void aNameDoesNotEndInASmallWord() {
        String[] w = words("a polling station in Taikoo of the Hong Kong Island constituency");
        assertEquals(List.of(new Span(4, 5, "LOC")), rules.apply(w, new Span[] {new Span(4, 6, "LOC")}));
        String[] serie = words("the Italian serie A season");
        assertEquals(List.of(new Span(2, 4, "MISC")), rules.apply(serie, new Span[] {new Span(2, 4, "MISC")}));
    }

    @Test
    void aHolidayIsNoPlace() {
        String[] w = words("vouchers given for Christmas were spent");
        assertEquals(List.of(new Span(3, 4, "MISC")), rules.apply(w, new Span[] {new Span(3, 4, "LOC")}));
    }

    @Test
    void partyLabelsStockCodesAndNumberSignsAreNoNames() {
        String[] w = words("Speaker John Boehner ( R-Ohio ) and Rep. Steve Womack , R-Ark. , said Zale Corp ( ZLC.N ) was No. 2");
        List<Span> out = rules.apply(w, new Span[] {new Span(1, 3, "PER"), new Span(4, 5, "PER"),
            new Span(8, 10, "PER"), new Span(11, 12, "PER"), new Span(14, 16, "ORG"), new Span(17, 18, "ORG"),
            new Span(20, 21, "ORG")});
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(8, 10, "PER"), new Span(14, 16, "ORG")), out);
    }

    @Test
    void anAdministrationInLowerCaseNamesThePersonWhoLeadsIt() {
        String[] w = words("ruled against the Trump administration on Friday");
        assertEquals(List.of(new Span(3, 4, "PER")), rules.apply(w, new Span[] {new Span(3, 5, "ORG")}));
    }

    @Test
    void aPersonsNameEndingInABuildingsWordIsAPlace() {
        String[] w = words("simulators will go to the Adler Planetarium in Chicago");
        assertEquals(List.of(new Span(5, 7, "LOC"), new Span(8, 9, "LOC")),
                rules.apply(w, new Span[] {new Span(5, 7, "PER"), new Span(8, 9, "LOC")}));
    }

    @Test
    void aCreditLinesWordEndsTheNameBeforeIt() {
        String[] w = words("Barack Obama tweet to student Ahmed Mohamed Image : Twitter");
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(5, 7, "PER"), new Span(9, 10, "ORG")),
                rules.apply(w, new Span[] {new Span(0, 2, "PER"), new Span(5, 8, "PER"), new Span(9, 10, "ORG")}));
    }

    @Test
    void aBodysNameRunsOnOverLowerCaseConnectives() {
        String[] bank = words("shares of Bank of America fell");
        assertEquals(List.of(new Span(2, 5, "ORG")), rules.apply(bank, new Span[] {new Span(4, 5, "LOC")}));
        String[] budget = words("said the Committee for a Responsible Federal Budget , a watchdog");
        assertEquals(List.of(new Span(2, 8, "ORG")), rules.apply(budget, new Span[] {new Span(5, 8, "ORG")}));
        String[] omb = words("the Office of Management and Budget said");
        assertEquals(List.of(new Span(1, 6, "ORG")), rules.apply(omb, new Span[] {new Span(3, 4, "ORG")}));
        String[] teachers = words("the American Federation of Teachers endorsed her");
        assertEquals(List.of(new Span(1, 5, "ORG")), rules.apply(teachers, new Span[] {new Span(2, 5, "ORG")}));
        String[] usda = words("the Department of Agriculture Undersecretary Daniel Amstutz said");
        assertEquals(List.of(new Span(1, 4, "ORG"), new Span(5, 7, "PER")),
                rules.apply(usda, new Span[] {new Span(3, 4, "ORG"), new Span(5, 7, "PER")}));
        String[] council = words("the Acme Council on Foreign Relations and Jane Doe");
        assertEquals(List.of(new Span(1, 6, "ORG"), new Span(7, 9, "PER")),
                rules.apply(council, new Span[] {new Span(1, 3, "ORG"), new Span(4, 6, "ORG"), new Span(7, 9, "PER")}));
    }

    @Test
    void aCommitteesNameRunsOnOverAndBeforeIt() {
        String[] w = words("the House Ways and Means Committee met");
        assertEquals(List.of(new Span(1, 6, "ORG")),
                rules.apply(w, new Span[] {new Span(1, 3, "ORG"), new Span(4, 6, "ORG")}));
        String[] acronym = words("The ASA and National Soybean Processors Association will meet");
        assertEquals(List.of(new Span(1, 2, "ORG"), new Span(3, 7, "ORG")),
                rules.apply(acronym, new Span[] {new Span(1, 2, "ORG"), new Span(3, 7, "ORG")}));
        String[] people = words("envoy Mary Major and World Bank President Paul Novak");
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(4, 6, "ORG"), new Span(7, 9, "PER")),
                rules.apply(people, new Span[] {new Span(1, 3, "PER"), new Span(4, 6, "ORG"), new Span(7, 9, "PER")}));
        String[] two = words("the State Department and Treasury Department said");
        assertEquals(List.of(new Span(1, 3, "ORG"), new Span(4, 6, "ORG")),
                rules.apply(two, new Span[] {new Span(1, 3, "ORG"), new Span(4, 6, "ORG")}));
    }

    @Test
    void aPartyWordAfterABodyEndsNoName() {
        String[] w = words("Senate Democratic leaders and House Republicans met the Democratic Party and Liberal Democrats");
        assertEquals(List.of(new Span(0, 1, "ORG"), new Span(4, 5, "ORG"), new Span(8, 10, "ORG"),
                new Span(11, 13, "ORG")), rules.apply(w, new Span[] {new Span(0, 2, "ORG"), new Span(4, 6, "ORG"),
                    new Span(8, 10, "ORG"), new Span(11, 13, "ORG")}));
        String[] before = words("the Republican Senate and a Democratic House of Representatives");
        assertEquals(List.of(new Span(2, 3, "ORG"), new Span(6, 9, "ORG")),
                rules.apply(before, new Span[] {new Span(1, 3, "ORG"), new Span(5, 9, "ORG")}));
    }

    @Test
    void religionsDemonymsAndModifiersAreNoPlaces() {
        NameRules withGazetteer = new NameRules(word -> switch (word) {
            case "York", "Diego" -> "CITYp";
            default -> null;
        });
        String[] w = words("New Yorkers and San Diegans at a San Diego-based synagogue kept Shabbat and Judaism");
        assertEquals(List.of(new Span(0, 2, "MISC"), new Span(3, 5, "MISC"), new Span(7, 9, "MISC"),
                new Span(11, 12, "MISC"), new Span(13, 14, "MISC")),
                withGazetteer.apply(w, new Span[] {new Span(0, 2, "LOC"), new Span(3, 5, "LOC"), new Span(7, 9, "LOC"),
                    new Span(11, 12, "LOC"), new Span(13, 14, "LOC")}));
        String[] ship = words("the destroyer USS Gravely sailed");
        assertEquals(List.of(new Span(2, 4, "MISC")), rules.apply(ship, new Span[] {new Span(2, 4, "ORG")}));
        String[] surname = words("Mike Sanders and Walters met");
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")),
                withGazetteer.apply(surname, new Span[] {new Span(0, 2, "PER"), new Span(3, 4, "LOC")}));
    }

    @Test
    void aPlacesNameThatNamesAUniversityOrCollegeIsAnOrganization() {
        String[] w = words("a professor at Ohio 's Hiram College and the University of Virginia said");
        assertEquals(List.of(new Span(3, 4, "LOC"), new Span(5, 7, "ORG"), new Span(9, 12, "ORG")),
                rules.apply(w, new Span[] {new Span(3, 4, "LOC"), new Span(5, 7, "LOC"), new Span(9, 12, "LOC")}));
        String[] school = words("students at Marjory Stoneman Douglas High School");
        assertEquals(List.of(new Span(2, 7, "LOC")), rules.apply(school, new Span[] {new Span(2, 7, "LOC")}));
    }

    @Test
    void aNameDoesNotEndInLowerCaseWords() {
        String[] w = words("the US military 's top officer and Goldman preferred securities");
        assertEquals(List.of(new Span(1, 2, "LOC"), new Span(7, 8, "ORG")),
                new NameRules(word -> word.equals("US") ? "COUNTRY" : null)
                        .apply(w, new Span[] {new Span(1, 3, "ORG"), new Span(7, 9, "ORG")}));
    }

    @Test
    void aBodysNameBeforeATitleDoesNotEndInTheTitlesFirstWords() {
        String[] w = words("Last week , House Minority Leader Nancy Pelosi said");
        assertEquals(List.of(new Span(3, 4, "ORG"), new Span(6, 8, "PER")),
                rules.apply(w, new Span[] {new Span(3, 5, "ORG"), new Span(6, 8, "PER")}));
        String[] defense = words("Meanwhile , US Defense Secretary Chuck Hagel said");
        assertEquals(List.of(new Span(2, 3, "LOC"), new Span(5, 7, "PER")),
                new NameRules(word -> word.equals("US") ? "COUNTRY" : null)
                        .apply(defense, new Span[] {new Span(2, 4, "ORG"), new Span(5, 7, "PER")}));
        String[] ministry = words("a Ministry of Defense Spokesman said");
        assertEquals(List.of(new Span(1, 4, "ORG")), rules.apply(ministry, new Span[] {new Span(1, 4, "ORG")}));
    }

    @Test
    void anAbbreviatedMonthAloneIsNoName() {
        String[] w = words("as of Feb. 7 , said May");
        assertEquals(List.of(new Span(6, 7, "PER")),
                rules.apply(w, new Span[] {new Span(2, 3, "ORG"), new Span(6, 7, "PER")}));
    }

    @Test
    void anAcronymInThePluralIsNoEntity() {
        String[] w = words("super PACs and NATO CEOs met");
        assertEquals(List.of(new Span(1, 2, "MISC"), new Span(3, 4, "ORG"), new Span(4, 5, "MISC")),
                rules.apply(w, new Span[] {new Span(1, 2, "ORG"), new Span(3, 4, "ORG"), new Span(4, 5, "ORG")}));
    }

    @Test
    void aPartysShortNameAfterAChamberIsANameOfItsOwn() {
        String[] w = words("House GOP leaders said");
        assertEquals(List.of(new Span(0, 1, "ORG"), new Span(1, 2, "ORG")),
                rules.apply(w, new Span[] {new Span(0, 2, "ORG")}));
    }

    @Test
    void aPersonAfterATitleWithAPortfolioIsThePerson() {
        String[] w = words("acting White House Chief of Staff Mick Mulvaney and the Bank of America said");
        assertEquals(List.of(new Span(6, 8, "PER"), new Span(10, 13, "ORG")),
                rules.apply(w, new Span[] {new Span(5, 8, "ORG"), new Span(10, 13, "ORG")}));
    }

    @Test
    void aNameRunsOnOverAParticleJoinedByAHyphen() {
        String[] w = "Gen. Abdel Fattah al-Sisi spoke near Wadi el-Natroun and the Rabaa al-Adawiya mosque .".split(" ");
        assertEquals(List.of(new Span(1, 4, "PER"), new Span(6, 8, "LOC"), new Span(10, 12, "LOC")),
                rules.apply(w, new Span[] {new Span(1, 3, "PER"), new Span(3, 4, "LOC"), new Span(6, 7, "LOC"),
                        new Span(10, 11, "LOC"), new Span(11, 12, "LOC")}));
    }

    @Test
    void aStockCodeIsNoNameAndTheNameBeforeItIsACompanys() {
        String[] w = "Acme Corp ACME.N and Jane Doe ( DOE.O ) rose , as did Zenda ( ZEN .N ) .".split(" ");
        assertEquals(List.of(new Span(0, 2, "ORG"), new Span(4, 6, "ORG"), new Span(13, 14, "ORG")),
                rules.apply(w, new Span[] {new Span(0, 3, "PER"), new Span(4, 6, "PER"), new Span(7, 8, "PER"),
                        new Span(13, 14, "LOC"), new Span(15, 16, "PER")}));
    }

    @Test
    void aShortNameAfterAnHonorificIsAPersonsUnlessABodysWordEndsIt() {
        String[] w = "Rep. Jane Doe-Roe and Sen. Acme Council spoke with Mr. Strelsau .".split(" ");
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(5, 7, "ORG"), new Span(10, 11, "PER")),
                rules.apply(w, new Span[] {new Span(1, 3, "ORG"), new Span(5, 7, "ORG"), new Span(10, 11, "LOC")}));
    }

    @Test
    void namesOnBothSidesOfAnAmpersandAreOneFirm() {
        String[] w = "said Jane Doe , analyst at Zenda Telecoms & Media and Roe & Co .".split(" ");
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(6, 10, "ORG"), new Span(11, 14, "ORG")),
                rules.apply(w, new Span[] {new Span(1, 3, "PER"), new Span(6, 8, "LOC"), new Span(9, 10, "ORG"),
                        new Span(11, 12, "PER")}));
    }
    @Test
    void aNameDoesNotEndInAnAbbreviatedTitleThatOpensTheNextName() {
        NameRules states = new NameRules(w -> w.equals("Virginia") || w.equals("Connecticut") ? "REGION" : null);
        String[] w = words("said Virginia Sen . Tim Kaine and Connecticut Democratic Sen . Chris Murphy");
        assertEquals(List.of(new Span(1, 2, "LOC"), new Span(4, 6, "PER"), new Span(7, 8, "LOC"), new Span(11, 13, "PER")),
                states.apply(w, new Span[] {new Span(1, 3, "PER"), new Span(4, 6, "PER"), new Span(7, 10, "ORG"),
                    new Span(11, 13, "PER")}));
        String[] major = words("said Mary Major . Then she left");
        assertEquals(List.of(new Span(1, 3, "PER")), states.apply(major, new Span[] {new Span(1, 3, "PER")}));
        String[] king = words("a novel by Stephen King .");
        assertEquals(List.of(new Span(3, 5, "PER")), states.apply(king, new Span[] {new Span(3, 5, "PER")}));
    }

    @Test
    void aNumberedCircuitsCourtKeepsItsNumber() {
        String[] w = words("the 9th Circuit Court of Appeals ruled");
        assertEquals(List.of(new Span(1, 6, "ORG")), rules.apply(w, new Span[] {new Span(2, 6, "ORG")}));
        String[] us = words("the U.S. 2nd Circuit Court of Appeals ruled");
        assertEquals(List.of(new Span(1, 7, "ORG")),
                rules.apply(us, new Span[] {new Span(1, 2, "LOC"), new Span(3, 7, "ORG")}));
        String[] after = words("the 2nd U.S. Circuit Court of Appeals ruled");
        assertEquals(List.of(new Span(1, 7, "ORG")), rules.apply(after, new Span[] {new Span(2, 7, "ORG")}));
        String[] none = words("in the 2nd round Circuit Court judges");
        assertEquals(List.of(new Span(4, 6, "ORG")), rules.apply(none, new Span[] {new Span(4, 6, "ORG")}));
    }
    @Test
    void aStatesAbbreviationInALabelAfterAPersonIsNoName() {
        String[] w = words("Sens. Rand Paul ( Ky . ) and Joe Manchin ( W. Va. ) said the Islamic State ( ISIS ) grew");
        assertEquals(List.of(new Span(1, 3, "PER"), new Span(8, 10, "PER"), new Span(16, 18, "ORG"),
                new Span(19, 20, "ORG")), rules.apply(w, new Span[] {new Span(1, 3, "PER"), new Span(4, 5, "LOC"),
                    new Span(8, 10, "PER"), new Span(12, 13, "PER"), new Span(16, 18, "ORG"), new Span(19, 20, "ORG")}));
    }

    @Test
    void aNameBeforeANumberOfThreeDigitsIsAnIndexOrAModelNoEntity() {
        String[] w = words("The S&P 500 rose and Channel 4 said so");
        assertEquals(List.of(new Span(1, 2, "MISC"), new Span(5, 7, "ORG")),
                rules.apply(w, new Span[] {new Span(1, 2, "ORG"), new Span(5, 7, "ORG")}));
        String[] possessive = words("The Acme & Roe 's 500 Index rose , and Acme & Roe 's cut the rating");
        assertEquals(List.of(new Span(1, 4, "MISC"), new Span(10, 13, "ORG")),
                rules.apply(possessive, new Span[] {new Span(1, 4, "ORG"), new Span(10, 13, "ORG")}));
    }

    @Test
    void theNameOfALawATreatyOrAPrizeIsNoEntity() {
        String[] w = words("Acme cited the First Amendment , the Ruritania Convention and the Roe Peace Prize");
        assertEquals(List.of(new Span(0, 1, "ORG"), new Span(3, 5, "MISC"), new Span(7, 9, "MISC"),
                new Span(11, 14, "MISC")), rules.apply(w, new Span[] {new Span(0, 1, "ORG"), new Span(3, 5, "ORG"),
                        new Span(7, 9, "ORG"), new Span(11, 14, "ORG")}));
    }

    @Test
    void aCompanysLegalNameDoesNotTakeInThePlaceItIsFrom() {
        NameRules withGazetteer = new NameRules(word -> word.equals("Ruritania") ? "COUNTRY" : null);
        String[] w = words("batteries from Acme Corp of Ruritania and the Bank of Ruritania");
        assertEquals(List.of(new Span(2, 4, "ORG"), new Span(5, 6, "LOC"), new Span(8, 11, "ORG")),
                withGazetteer.apply(w, new Span[] {new Span(2, 4, "ORG"), new Span(5, 6, "LOC"),
                    new Span(10, 11, "LOC")}));
        assertEquals(List.of(new Span(2, 4, "ORG"), new Span(5, 6, "LOC"), new Span(8, 11, "ORG")),
                withGazetteer.apply(w, new Span[] {new Span(2, 6, "ORG")}), "read as one name by the finder");
    }
}
