package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructions news English states roles with, each family with sentences written for the test in news
 * style (invented names), through the standard pipeline: party labels, lists after a plural title,
 * occupations with their organization, and the rest.
 */
class RoleConstructionsTest {

    private static List<String> roles(String text) {
        return Analysed.text(text).roles();
    }

    @Test
    void readsAPartyAndStateTagInBracketsAsMembership() {
        List<String> roles = roles("The bill was opposed by Rep. John Roe (D-Mich.) on Tuesday.");
        assertTrue(roles.contains("John Roe · member · Democratic Party"), roles.toString());
        assertTrue(roles.contains("John Roe · Representative · "), roles.toString());
        assertFalse(roles.stream().anyMatch(r -> r.endsWith("· D") || r.endsWith("· D-Mich")), roles.toString());
    }

    @Test
    void readsATagWhoseStateTheTokenizerCutOff() {
        List<String> roles = roles("Sen. Jane Doe (R-S.C.), a close ally of the governor, said she was not concerned.");
        assertTrue(roles.contains("Jane Doe · member · Republican Party"), roles.toString());
    }

    @Test
    void readsALonePartyLetterInBrackets() {
        List<String> roles = roles("If Sen. Jane Doe (D) loses in November, the party loses its majority.");
        assertEquals(List.of("Jane Doe · Senator · ", "Jane Doe · member · Democratic Party"), roles);
    }

    @Test
    void readsAPartyAndStateTagBetweenCommas() {
        List<String> roles = roles("Senate Majority Leader John Roe, R-Ky., said he wants a quick trial.");
        assertTrue(roles.contains("John Roe · member · Republican Party"), roles.toString());
        assertTrue(roles.contains("John Roe · Majority Leader · Senate"), roles.toString());
    }

    @Test
    void readsThePartyNounOfAnApposition() {
        assertTrue(roles("One proposal by Senator John Roe, a Minnesota Democrat, would create a board.")
                .contains("John Roe · member · Democratic Party"));
        assertTrue(roles("Jane Doe, a Republican from Texas, voted against the bill.")
                .contains("Jane Doe · member · Republican Party"));
    }

    @Test
    void readsNoMembershipFromATickerInBrackets() {
        List<String> roles = roles("Acme Holdings (ACM.N) advised the buyer, a person familiar with the deal said.");
        assertEquals(List.of(), roles);
    }

    @Test
    void givesEachNameOfAListThePluralTitleBeforeIt() {
        List<String> roles = roles("The group attacked Senators Jane Doe, John Roe and Mary Major by name.");
        assertEquals(List.of("Jane Doe · Senator · ", "John Roe · Senator · ", "Mary Major · Senator · "), roles);
    }

    @Test
    void readsAListAfterAnAbbreviatedPluralTitleWithEachNamesPlace() {
        List<String> roles = roles("Other Republicans, such as Sens. Jane Doe of Utah and Mary Major of Alaska, "
                + "have questioned the deal.");
        assertEquals(List.of("Jane Doe · Senator · ", "Jane Doe · member · Republican Party", "Mary Major · Senator · ",
                "Mary Major · member · Republican Party"), roles);
    }

    @Test
    void makesEachNameOfAListAPartysMembersOpenAMember() {
        List<String> roles = roles("He attacked Democrats by name including Senators Jane Doe, John Roe and Mary "
                + "Major on Friday.");
        assertTrue(roles.containsAll(List.of("Jane Doe · member · Democratic Party", "John Roe · member · Democratic Party",
                "Mary Major · member · Democratic Party")), roles.toString());
        roles = roles("Several prominent Republicans, including Senate Minority Leader John Roe of Kentucky, have "
                + "pushed for cuts.");
        assertTrue(roles.contains("John Roe · member · Republican Party"), roles.toString());
        roles = roles("Democratic senators such as Jane Doe and John Roe voted against it.");
        assertTrue(roles.containsAll(List.of("Jane Doe · member · Democratic Party",
                "John Roe · member · Democratic Party")), roles.toString());
    }

    @Test
    void readsTheCampaignANameBeforeTheTitleNamesAsItsOrganization() {
        assertEquals(List.of("Jane Doe · chairman · Roe campaign"),
                roles("Prosecutors rested their case against former Roe campaign chairman Jane Doe on Monday.").stream()
                        .toList());
        List<String> roles = roles("The letter was signed by Roe campaign legal adviser Jane Doe on Friday.");
        assertEquals(List.of("Jane Doe · legal adviser · Roe campaign"), roles);
        assertEquals(List.of("Jane Doe · campaign manager · "),
                roles("The campaign manager Jane Doe said the polls were wrong."));
    }

    @Test
    void readsAnAppositionAfterAPartyTag() {
        List<String> roles = roles("Rep. Mary Major, R-Fla., former chairwoman of the Foreign Affairs Committee, said "
                + "she was not told.");
        assertTrue(roles.contains("Mary Major · member · Republican Party"), roles.toString());
        assertTrue(roles.contains("Mary Major · chairwoman · Foreign Affairs Committee"), roles.toString());
    }

    @Test
    void givesACompanyOfficerTheCompanyWhosePossessiveOpensTheSentence() {
        List<String> roles = roles("Acme Airlines' freight business failed to pick up over the summer, Chief "
                + "Executive Jane Doe told a newspaper.");
        assertEquals(List.of("Jane Doe · Chief Executive · Acme Airlines"), roles);
        roles = roles("Initech Corp reported a loss on Monday. During the bank's earnings call, Chief Financial "
                + "Officer John Roe said the spat would end.");
        assertEquals(List.of("John Roe · Chief Financial Officer · Initech Corp"), roles);
        roles = roles("John Roe's plan failed, Chief Executive Jane Doe said.");
        assertEquals(List.of("Jane Doe · Chief Executive · "), roles);
    }

    @Test
    void givesABareNationalTitleTheCountryOfTheDatelineTheStoryIsAbout() {
        List<String> roles = roles("BERLIN (Reuters) - Chancellor Jane Doe will meet the heads of Acme Motors in "
                + "Germany next week, a government spokesman said.\n\nGerman unions oppose the plan to close the plant.");
        assertEquals(List.of("Jane Doe · Chancellor · Germany"), roles);
        roles = roles("WASHINGTON (Reuters) - Treasury Secretary John Roe met U.S. bank chiefs on Monday.");
        assertEquals(List.of("John Roe · Treasury Secretary · United States"), roles);
    }

    @Test
    void givesABareNationalTitleNoCountryWhenTheStoryIsAboutAnother() {
        List<String> roles = roles("TOKYO - North Korea said on Friday it had tested a missile. President John Roe "
                + "warned North Korea and South Korea that Japan would act.");
        assertEquals(List.of("John Roe · President · "), roles);
        roles = roles("BERLIN (Reuters) - Acme Motors president Jane Doe said sales in Germany fell.");
        assertFalse(roles.contains("Jane Doe · president · Germany"), roles.toString());
        assertEquals(List.of("John Roe · Chancellor · "), roles("Chancellor John Roe will visit Germany."));
    }

    @Test
    void givesEachNameOfAPluralTitleTheCountryInBracketsAfterIt() {
        List<String> roles = roles("Presidents Jane Doe (Brazil) and John Roe (Chile) signed the accord on Monday.");
        assertEquals(List.of("Jane Doe · President · Brazil", "John Roe · President · Chile"), roles);
    }

    @Test
    void pairsTheCountriesAndNamesOfAPluralTitleInOrder() {
        assertEquals(List.of("Jane Doe · trade minister · Brazil", "John Roe · trade minister · Chile"),
                roles("The trade ministers of Brazil and Chile, Jane Doe and John Roe, signed the accord."));
        assertEquals(List.of("Jane Doe · trade minister · Brazil", "John Roe · trade minister · Chile"),
                roles("The Brazilian and Chilean trade ministers, Jane Doe and John Roe, signed the accord."));
    }

    @Test
    void givesNoCompanyFromAPossessiveInsideAQuotation() {
        List<String> roles = roles("\"I doubt he knows Acme Corp's business,\" Chairman Jane Doe said after the hearing.");
        assertEquals(List.of("Jane Doe · Chairman · "), roles);
    }

    @Test
    void readsTheHeadOfAnOfficeOfTheOrganizationReferredBackTo() {
        List<String> roles = roles("Acme Bank said on Monday it would cut jobs. Jane Doe, who heads the bank's London "
                + "office, said the cuts were small.");
        assertTrue(roles.contains("Jane Doe · head · Acme Bank"), roles.toString());
        roles = roles("Jane Doe, who heads the bank's London office, said the cuts were small.");
        assertFalse(roles.stream().anyMatch(r -> r.startsWith("Jane Doe · head")), roles.toString());
    }

    @Test
    void givesACompanyOfficerTheCompanyTheArticleOpensWithAnAnnouncementOf() {
        List<String> roles = roles("BURLINGTON, Mass., April 1 - Acme Systems Inc said its board authorized a share "
                + "buyback.\n\nAfter that, director Jane Doe was named acting chairman.");
        assertTrue(roles.contains("Jane Doe · chairman · Acme Systems Inc"), roles.toString());
        roles = roles("Shares fell sharply on Monday.\n\nAfter that, director Jane Doe was named acting chairman.");
        assertFalse(roles.stream().anyMatch(r -> r.startsWith("Jane Doe · chairman · A")), roles.toString());
    }

    @Test
    void givesATitleTheOrganizationItsNounRefersBackTo() {
        List<String> roles = roles("Acme Savings Bank lent the money in May. A witness said bank president Jane Doe "
                + "rejected the loan.");
        assertTrue(roles.contains("Jane Doe · bank president · Acme Savings Bank"), roles.toString());
        roles = roles("A witness said bank president Jane Doe rejected the loan.");
        assertTrue(roles.contains("Jane Doe · bank president · "), roles.toString());
        roles = roles("Acme Savings Bank lent the money in May. Central bank governor Jane Doe rejected the loan.");
        assertFalse(roles.contains("Jane Doe · bank governor · Acme Savings Bank"), roles.toString());
    }

    @Test
    void readsATitleOfTheNameItselfAfterADeterminedTitleAndAComma() {
        List<String> roles = roles("She spoke with the chairman of the Appropriations Subcommittee, Democratic Rep. "
                + "John Roe of Indiana.");
        assertTrue(roles.contains("John Roe · chairman · Appropriations Subcommittee"), roles.toString());
        assertFalse(roles.stream().anyMatch(r -> r.startsWith("Democratic Rep ·")), roles.toString());
    }

    @Test
    void makesNoMemberOfAPartyGroupWithoutANamedList() {
        assertEquals(List.of(), roles("Democrats, including those in the House, voted against the bill."));
        assertEquals(List.of(), roles("Republicans voted against the plan of Jane Doe on Tuesday."));
    }

    @Test
    void keepsTheQualifierOfAPluralTitle() {
        List<Fact.Role> roles = Analysed.text("He was appointed by former Presidents John Roe and Jane Doe.")
                .roleFacts();
        assertEquals(2, roles.size(), roles.toString());
        assertTrue(roles.stream().allMatch(r -> r.role().equals("President")
                && r.qualifier() == Fact.Qualifier.FORMER), roles.toString());
    }

    @Test
    void readsAnOccupationWithItsFieldAndOrganization() {
        assertEquals(List.of("Jane Doe · professor of political science · Strelsau State University"),
                roles("Jane Doe, a professor of political science at Strelsau State University in Dallas, told "
                        + "the newspaper."));
    }

    @Test
    void readsAnAdjectiveBeforeAnOccupationAsPartOfTheRole() {
        assertTrue(roles("Jane Doe, a political science professor at Strelsau State University, said the vote was "
                + "close.").contains("Jane Doe · political science professor · Strelsau State University"));
    }

    @Test
    void readsAnOrganizationThatDescribingWordsIntroduce() {
        assertTrue(roles("\"It is a fair sentence,\" said John Roe, a defense attorney at law firm Roe Doe & Major LLP.")
                .contains("John Roe · defense attorney · Roe Doe & Major LLP"));
    }

    @Test
    void keepsACityBeforeATitleInTheTitleWhenTheOrganizationFollows() {
        assertEquals(List.of("John Roe · Washington correspondent · Strelsau Tribune"),
                roles("The letter was first reported by John Roe, a Washington correspondent for the Strelsau "
                        + "Tribune."));
    }

    @Test
    void readsAOneWordCompanyBeforeACompanyTitleWhateverTheNameFinderMadeOfIt() {
        assertEquals(List.of("John Roe · CEO · Roe"), roles("The investor escalated his legal battle against Roe CEO "
                + "John Roe on Thursday by filing a motion."));
        assertTrue(roles("Even with higher costs, Strelsau analyst Jane Doe estimated that earnings would rise.")
                .contains("Jane Doe · analyst · Strelsau"));
    }

    @Test
    void readsACompanyWhoseNameEndsInACountrysName() {
        assertTrue(roles("The balance sheet was already robust, Credit Suisse analyst Jane Doe wrote in a note.")
                .contains("Jane Doe · analyst · Credit Suisse"));
    }

    @Test
    void takesTheOrganizationTheCompanyRefersBackTo() {
        assertTrue(roles("Acme Corp reported a loss on Monday. John Roe, the firm's chief executive, wrote in a memo "
                + "that sales were weak.").contains("John Roe · chief executive · Acme Corp"));
        assertTrue(roles("Strelsau Aerospace Group (STR.PA) plans to cut jobs, the group's chief executive Jane Doe "
                + "told a newspaper.").contains("Jane Doe · chief executive · Strelsau Aerospace Group"));
    }

    @Test
    void takesNoOrganizationWhenTheNounRefersToNothingNamed() {
        assertEquals(List.of("John Roe · chief executive · "), roles("Sales fell again. John Roe, the firm's chief "
                + "executive, wrote in a memo that sales were weak."));
    }

    @Test
    void givesACompanyOfficerTheCompanyThatStatesTheSentence() {
        assertEquals(List.of("Jane Doe · president · Acme Holdings Inc", "Jane Doe · chief executive officer · Acme "
                + "Holdings Inc"), roles("Acme Holdings Inc said its board named Jane Doe president and chief "
                + "executive officer."));
        List<String> later = roles("Acme Holdings Inc said its chairman resigned. The company also said it "
                + "named John Roe chairman.");
        assertTrue(later.contains("John Roe · chairman · Acme Holdings Inc"), later.toString());
    }

    @Test
    void givesNoCompanyToACountrysTitleInASentenceTheCompanyStates() {
        assertEquals(List.of("Jane Doe · President · "), roles("Acme Holdings Inc said President Jane Doe would "
                + "visit the plant."));
    }

    @Test
    void readsAFormerRoleFromARelativeAsClause() {
        List<Fact.Role> roles = Analysed.text("John Roe, who previously served as general counsel at Initech Inc, "
                + "will lead the team.").roleFacts();
        assertEquals(1, roles.size(), roles.toString());
        assertEquals("general counsel", roles.get(0).role());
        assertEquals(Fact.Qualifier.FORMER, roles.get(0).qualifier());
    }

    @Test
    void readsTheOrganizationJoinedAsTheRolesOrganization() {
        assertEquals(List.of("Jane Doe · head of sales · Acme Corp"), roles("Jane Doe joins Acme Corp as head of "
                + "sales."));
    }

    @Test
    void readsASecondRoleThatItsTiesToTheFirstOnesOrganization() {
        List<Fact.Role> facts = Analysed.text("Jane Doe, a co-founder of Acme Corp and its former chief executive, "
                + "said the deal was fair.").roleFacts();
        assertEquals(2, facts.size(), facts.toString());
        assertEquals("chief executive", facts.get(1).role());
        assertEquals("Acme Corp", facts.get(1).organization().text());
        assertEquals(Fact.Qualifier.FORMER, facts.get(1).qualifier());
    }

    @Test
    void readsTheOrganizationAfterDescribingWordsTheTaggerMisread() {
        assertTrue(roles("\"It is a problem,\" said Jane Doe, president of the bipartisan anti-debt nonprofit "
                + "Committee for a Sound Freedonian Budget.").contains(
                "Jane Doe · president · Committee for a Sound Freedonian Budget"));
    }

    @Test
    void takesTheNameAfterAKindOfOrganizationAsTheOrganization() {
        List<Fact.Role> facts = Analysed.text("\"Sales are weak,\" said Jane Doe, sales chief at department store "
                + "Ahlberg Plaza in Stockholm.").roleFacts();
        assertEquals(1, facts.size(), facts.toString());
        assertEquals("sales chief", facts.get(0).role());
        assertEquals("Ahlberg Plaza", facts.get(0).organization().text());
    }

    @Test
    void skipsTheInstitutionAnOrganizationBelongsTo() {
        assertTrue(roles("Jane Doe, director of the Ruritania Policy Center of the University of Freedonia, says "
                + "the returns matter.").contains("Jane Doe · director · Ruritania Policy Center"));
    }

    @Test
    void takesTheUniversityOverAProgramNamedAfterItsPossessive() {
        List<String> roles = roles("\"It is fine,\" says Jane Doe, a political science professor at Georgetown "
                + "University\u2019s Communication, Culture, and Technology graduate program in an interview.");
        assertTrue(roles.contains("Jane Doe · political science professor · Georgetown University"), roles.toString());
    }

    @Test
    void readsASecondRoleFromARelativeClauseClosingAnApposition() {
        assertTrue(roles("\"We were not asked,\" says Jane Doe, a former parks superintendent who now chairs the "
                + "Coalition of Freedonia Park Retirees.").contains(
                "Jane Doe · chair · Coalition of Freedonia Park Retirees"));
    }

    @Test
    void readsAFounderFromTheVerbAndItsPassive() {
        assertTrue(roles("Jane Doe founded Acme Capital in 1997 and built it into one of the largest hedge funds.")
                .contains("Jane Doe · founder · Acme Capital"));
        assertTrue(roles("The fund was sold to Acme Capital Group, founded by Jane Doe in 1990, for an undisclosed "
                + "sum.").contains("Jane Doe · founder · Acme Capital Group"));
        assertEquals(List.of(), roles("Jane Doe led the polls in the capital for weeks."));
    }

    @Test
    void readsTheLeaderOfAnOrganizationLedByAName() {
        assertEquals(List.of("Jane Doe · leader · Freedonia Workers Union"), roles("The suit was brought by the "
                + "Freedonia Workers Union, which is led by Jane Doe, a critic of the policy."));
    }

    @Test
    void readsNoMembershipFromAnAbbreviationInBrackets() {
        List<String> roles = roles("The bill was backed by Customs and Border Protection (CBP) officials on Monday.");
        assertFalse(roles.stream().anyMatch(r -> r.contains("· member ·")), roles.toString());
    }

    @Test
    void readsOccupationsBeforeANameWithTheirCompany() {
        List<String> roles = roles("At the trial, former McKinsey consultant John Roe and former Intel executive Jane "
                + "Doe testified against him.");
        assertTrue(roles.contains("John Roe · consultant · McKinsey"), roles.toString());
        assertTrue(roles.contains("Jane Doe · executive · Intel"), roles.toString());
        assertTrue(roles("He spoke to HBO talk show host John Roe last week.").contains(
                "John Roe · talk show host · HBO"));
    }

    @Test
    void makesThePersonAnAppointmentReplacesTheFormerHolder() {
        List<Fact.Role> facts = Analysed.text("The board named Jane Fraser chief executive officer, replacing John "
                + "Roe, who retired.").roleFacts();
        assertTrue(facts.stream().anyMatch(r -> r.role().equals("chief executive officer")
                && r.qualifier() == Fact.Qualifier.FORMER && r.person().text().contains("Roe")), facts.toString());
        List<Fact.Role> coming = Analysed.text("Acme Corp said it nominated Jane Doe to become chairman of the board, "
                + "replacing John Roe, who will retire.").roleFacts();
        assertTrue(coming.stream().anyMatch(r -> r.role().startsWith("chairman")
                && r.qualifier() == Fact.Qualifier.CURRENT && r.person().text().contains("Roe")), coming.toString());
    }

    @Test
    void keepsAPartyAdjectiveOutOfTheChamberOrStateBeforeATitle() {
        assertEquals(List.of("John Roe · Leader · Senate"), roles("Senate Democratic Leader John Roe said the bill "
                + "would fail."));
        assertEquals(List.of("Jane Doe · Leader · House"), roles("House Republican Leader Jane Doe said the bill "
                + "would fail."));
        List<String> roles = roles("New York Democratic Rep. Jane Doe said the bill would fail.");
        assertEquals(List.of("Jane Doe · Representative · Democratic Party"), roles);
    }

    @Test
    void givesAPrincipalsDeputyTheBodyThePrincipalHeads() {
        List<String> roles = roles("Acme Corp President John Roe will stay in office. The post may go to Roe's "
                + "deputy, Jane Doe, a conservative monetarist.");
        assertTrue(roles.contains("Jane Doe · deputy · Acme Corp"), roles.toString());
    }

    @Test
    void takesTheBodyBeforeALowerCasePossessiveForTheTitle() {
        List<String> roles = roles("Before the vote, the Freedonian Army's top officer, General John Roe, had "
                + "expressed caution.");
        assertTrue(roles.contains("John Roe · top officer · Freedonian Army"), roles.toString());
    }

    @Test
    void refersTheFirmBackToACompanyNotAParty() {
        List<String> roles = roles("The pollster he hired, Roe & Associates, said the surveys undercounted GOP "
                + "voters. \"The bias is plain,\" John Roe, the firm's CEO, wrote in a memo.");
        assertTrue(roles.contains("John Roe · CEO · Roe & Associates"), roles.toString());
    }

    @Test
    void readsTheBodyBeforeAYearAndATitleInAnApposition() {
        List<String> roles = roles("They included Senator Jane Doe, the Freedonia Party's 2012 presidential "
                + "nominee.");
        assertTrue(roles.contains("Jane Doe · presidential nominee · Freedonia Party"), roles.toString());
    }

    @Test
    void givesABareNationalTitleTheCountryAStoryWithoutADatelineNamesMost() {
        List<String> roles = roles("Prime Minister Jane Doe said Finland would meet its deficit target. Finland's "
                + "economy grew last year and Finnish exports rose, while Sweden's fell.");
        assertEquals(List.of("Jane Doe · Prime Minister · Finland"), roles);
        roles = roles("Chancellor John Roe will visit Germany.");
        assertEquals(List.of("John Roe · Chancellor · "), roles);
    }

    @Test
    void givesABareNationalTitleNoCountryWhoseSameOfficeAnotherHolds() {
        List<String> roles = roles("Iran's President John Roe said the talks would go on. President Jane Doe has "
                + "pulled out of the deal, and Iran said it would respond. Iran wants the sanctions lifted.");
        assertTrue(roles.contains("John Roe · President · Iran"), roles.toString());
        assertTrue(roles.contains("Jane Doe · President · "), roles.toString());
    }

    @Test
    void takesNoStateForTheCountryOfABareNationalTitle() {
        List<String> roles = roles("President Jane Doe visited Missouri on Monday. Missouri voters backed her in "
                + "2012, and Kansas voters too.");
        assertEquals(List.of("Jane Doe · President · "), roles);
    }

    @Test
    void givesABareCompanyTitleTheCompanyThatOpensTheArticle() {
        List<String> roles = roles("NEW YORK (Reuters) - Acme Holdings Inc (ACM.N) is cutting costs hard, the "
                + "company's finance chief said. Chief Executive Jane Doe said on Tuesday that costs would fall. "
                + "Last year, Initech Corp shareholders voted against a pay package for former CEO John Roe.");
        assertTrue(roles.contains("Jane Doe · Chief Executive · Acme Holdings Inc"), roles.toString());
        assertFalse(roles.contains("John Roe · CEO · Acme Holdings Inc"), roles.toString());
    }

    @Test
    void readsAPartysMemberNounRightBeforeAName() {
        assertEquals(List.of("Jane Doe · member · Democratic Party"), roles("The congressman nearly lost his seat "
                + "to Democrat Jane Doe last year."));
        assertEquals(List.of(), roles("The Republican Study Committee met on Monday."));
    }

    @Test
    void givesEachNameOfAListThePluralTitleAcrossPartyTags() {
        List<String> roles = roles("Reps. Jane Doe (R-Texas), John Roe (R-Pa.) and Mary Major (D-Maine) will "
                + "retire.");
        assertTrue(roles.containsAll(List.of("Jane Doe · Representative · ", "John Roe · Representative · ",
                "Mary Major · Representative · ", "Mary Major · member · Democratic Party")), roles.toString());
    }

    @Test
    void readsACityBeforeATitleAcrossItsStateBetweenCommas() {
        List<String> roles = roles("Former Springfield, Illinois, Mayor Jane Doe said the plan would fail.");
        assertTrue(roles.contains("Jane Doe · Mayor · Springfield"), roles.toString());
    }

    @Test
    void readsANameWithAHyphenedParticleWhole() {
        List<String> roles = roles("Gen. Omar el-Rashid said the army would stay neutral.");
        assertEquals(List.of("Omar el-Rashid · General · "), roles);
    }

    @Test
    void readsNoTitleFromTheFirstWordOfAProgramsName() {
        List<String> roles = roles("Democrats won $1 billion more for the Head Start early education program.");
        assertTrue(roles.stream().noneMatch(r -> r.contains("· Head ·")), roles.toString());
    }

    @Test
    void readsFellowsAndResearchersWithTheirOrganization() {
        List<String> roles = roles("\"Prices will rise,\" said Jane Doe, a senior fellow at the Acme Policy "
                + "Institute. \"Not soon,\" said John Roe, a researcher at the Initech Institution, a think tank.");
        assertTrue(roles.contains("Jane Doe · senior fellow · Acme Policy Institute"), roles.toString());
        assertTrue(roles.contains("John Roe · researcher · Initech Institution"), roles.toString());
        assertTrue(roles("Her fellow Democrats Jane Doe and John Roe voted no.").stream()
                .noneMatch(r -> r.contains("fellow")));
    }

    @Test
    void takesNoCompanyWithATickerForAPerson() {
        List<String> roles = roles("The operator is in a dispute with majority owner Acme Nextel (ACN.N) over funding.");
        assertTrue(roles.stream().noneMatch(r -> r.startsWith("Acme Nextel")), roles.toString());
    }

    @Test
    void readsNoPersonAfterATitleThatOpensCompanyNamesUnlessTheArticleNamesThem() {
        List<String> roles = roles("The bank is bidding for General Dynamo's stake in the venture.");
        assertTrue(roles.stream().noneMatch(r -> r.contains("· General ·")), roles.toString());
        roles = roles("Gen. Jane Doe met the press. General Doe said the troops would stay.");
        assertTrue(roles.contains("Jane Doe · General · "), roles.toString());
    }

    @Test
    void givesNoArticleCompanyToATitleAfterWhoseOrAnotherCompany() {
        List<String> roles = roles("NEW YORK (Reuters) - Acme Holdings Inc (ACM.N) is cutting costs. Initech Corp "
                + "(INI.N) - whose CEO Jane Doe takes bus tours - held its meeting in Ohio.");
        assertFalse(roles.contains("Jane Doe · CEO · Acme Holdings Inc"), roles.toString());
    }

    @Test
    void readsACommitteePostOnTheCommitteeAfterAPartyLetterAndState() {
        List<String> roles = roles("Jane Doe (D) of New York, the ranking Democrat on the full Appropriations "
                + "Committee, said the agency erred.");
        assertTrue(roles.contains("Jane Doe · ranking Democrat · Appropriations Committee"), roles.toString());
        roles = roles("John Roe of California, the senior Republican on the House Intelligence Committee, said so.");
        assertTrue(roles.contains("John Roe · senior Republican · House Intelligence Committee"), roles.toString());
    }

    @Test
    void refersTheSubcommitteeBackToTheSubcommitteeNamedBefore() {
        List<String> roles = roles("The Acme Oversight Subcommittee met on Monday, and Acme Corp testified. Jane Doe "
                + "(R) of Florida, the subcommittee chair, criticized the waste.");
        assertTrue(roles.contains("Jane Doe · subcommittee chair · Acme Oversight Subcommittee"), roles.toString());
    }

    @Test
    void readsNoTitleThatIsTheFirstWordOfACompound() {
        List<String> roles = roles("Majority Whip John Roe (R-La.), the party's chief vote-counter, told reporters.");
        assertTrue(roles.stream().noneMatch(r -> r.contains("· chief ·")), roles.toString());
    }

    @Test
    void readsAReporterAfterTheOutletsPossessive() {
        assertEquals(List.of("Jane Doe · reporter · NPR"), roles("From the capital, NPR's Jane Doe reports on the "
                + "rescue effort."));
    }

    @Test
    void readsAnAdjectiveBetweenARankAndAnOccupation() {
        List<String> roles = roles("\"Yields will rise,\" said Jane Doe, chief financial economist at Acme "
                + "Securities in New York.");
        assertEquals(List.of("Jane Doe · chief financial economist · Acme Securities"), roles);
    }

    @Test
    void givesACompanyOfficerAfterItsTheCompanyNamedJustBefore() {
        List<String> roles = roles("Acme Bank was rescued last year. A restructuring plan for the lender will be "
                + "presented next week by its new Chairman Jane Doe, a source said.");
        assertTrue(roles.contains("Jane Doe · Chairman · Acme Bank"), roles.toString());
    }

    @Test
    void givesASecretaryTheDepartmentOfThePortfolioTheArticleNames() {
        List<String> roles = roles("Education Secretary Jane Doe faced questions on Tuesday. The Education "
                + "Department said the rules would change.");
        assertTrue(roles.contains("Jane Doe · Education Secretary · Education Department"), roles.toString());
        roles = roles("The State Department said it would review security. Assistant Secretary of State John Roe "
                + "resigned.");
        assertTrue(roles.contains("John Roe · Assistant Secretary of State · State Department"), roles.toString());
    }

    @Test
    void givesABareChamberOrCourtTitleTheBodyTheArticleNames() {
        List<String> roles = roles("The bill passed the Senate on Friday. Sen. Jane Doe (R-Utah) voted against it.");
        assertTrue(roles.contains("Jane Doe · Senator · Senate"), roles.toString());
        roles = roles("The Supreme Court ruled on Monday, with Justices Jane Doe and Mary Major in dissent.");
        assertTrue(roles.containsAll(List.of("Jane Doe · Justice · Supreme Court", "Mary Major · Justice · Supreme Court")),
                roles.toString());
        roles = roles("The 4th Circuit Court of Appeals upheld the order. Judge John Roe wrote for the majority.");
        assertTrue(roles.contains("John Roe · Judge · Circuit Court of Appeals")
                || roles.contains("John Roe · Judge · 4th Circuit Court of Appeals"), roles.toString());
    }

    @Test
    void givesAJudgeNoCourtWhenTheArticleNamesTwo() {
        List<String> roles = roles("The Acme District Court ruled for the city, but the Strelsau Court of Appeals "
                + "reversed. Judge John Roe dissented.");
        assertTrue(roles.contains("John Roe · Judge · "), roles.toString());
    }

    @Test
    void readsAPartyNounAppositionWithoutAnArticle() {
        assertTrue(roles("John Roe, Oregon Democrat, told the hearing the program was secret.")
                .contains("John Roe · member · Democratic Party"));
        assertTrue(roles("Jane Doe, another Republican, voted against the bill.")
                .contains("Jane Doe · member · Republican Party"));
        assertTrue(roles("Senator Jane Doe, also a Republican, questioned the rule.")
                .contains("Jane Doe · member · Republican Party"));
    }

    @Test
    void keepsAHyphenatedModifierOfAnOccupationButNotACount() {
        assertEquals(List.of("Jane Doe · fixed-income strategist · Acme Securities LLC"),
                roles("Jane Doe, a fixed-income strategist at Acme Securities LLC in New York, said rates would rise."));
        assertEquals(List.of(), roles("John Roe, a two-term governor, said he would run."));
    }

    @Test
    void countsTheSeatsOfGovernmentForTheStorysCountry() {
        List<String> roles = roles("WASHINGTON (AP) - President Jane Doe said the United States would not yield. "
                + "The White House said Ruritania had asked for the papers. Ruritania denied it. The White House and "
                + "the Pentagon said Ruritania was not involved.");
        assertTrue(roles.contains("Jane Doe · President · United States"), roles.toString());
    }

    @Test
    void givesABareTitleTheNextCountryWhenTheHomeCountrysOfficeIsAnothers() {
        List<String> roles = roles("President Jane Doe landed in Jordan on Monday and met Jordanian President John "
                + "Roe. Jordan and the United States signed a deal. Jordan said the deal was fair, and the United "
                + "States agreed. Jordan will host the talks.");
        assertTrue(roles.contains("Jane Doe · President · United States"), roles.toString());
        assertTrue(roles.contains("John Roe · President · Jordan"), roles.toString());
    }

    @Test
    void readsTheCompanyBeforeAStockCodeThatEndsASentence() {
        assertEquals(List.of("Jane Doe · President · Acme Motor Corp"), roles("BEIJING (Reuters) - Acme Motor Corp "
                + "(7203.T) President Jane Doe on Monday apologised to customers."));
        assertTrue(roles("PARIS (Reuters) - The minister will meet Acme Motors's (ACME.PA) Chief Executive John Roe "
                + "on Monday.").contains("John Roe · Chief Executive · Acme Motors"));
        assertTrue(roles("Bonds fell. Earlier this month, Acme Bank (ACMGn.DE) Chief Executive Jane Roe said banks "
                + "could fail.").contains("Jane Roe · Chief Executive · Acme Bank"));
    }

    @Test
    void givesADeputyGovernmentSpokesmanTheStorysCountry() {
        assertTrue(roles("ATHENS (Reuters) - Greece will keep to the plan, deputy government spokesman John Roe said. "
                + "Greece has met its targets, and Greece will say so.")
                .contains("John Roe · deputy government spokesman · Greece"));
    }

    @Test
    void readsEachNameOfAListWithPartyTagsBetweenCommas() {
        List<String> roles = roles("The bill was backed by Sens. Jane Doe, R-S.C., John Roe, R-La., and Mary Major, "
                + "R-Wis.");
        assertEquals(List.of("Jane Doe · Senator · ", "Jane Doe · member · Republican Party", "John Roe · Senator · ",
                "John Roe · member · Republican Party", "Mary Major · Senator · ",
                "Mary Major · member · Republican Party"), roles);
    }

    @Test
    void readsNoPersonInAPartysGroupInAChamber() {
        assertEquals(List.of(), roles("The most active part of the House Republican Caucus is the tea party movement."));
        assertEquals(List.of(), roles("He reflected the will of the Senate Republican Conference."));
    }

    @Test
    void readsTheNamesAfterACountOfAPartysMembers() {
        List<String> roles = roles("Two Republicans, Jane Doe (Utah) and John Roe (Ky.), bucked their party and "
                + "voted no.");
        assertTrue(roles.containsAll(List.of("Jane Doe · member · Republican Party",
                "John Roe · member · Republican Party")), roles.toString());
        assertTrue(roles("Jane Doe (Okla.), a Republican who has been involved in the talks, said it would be "
                + "enough.").contains("Jane Doe · member · Republican Party"));
    }

    @Test
    void givesACommitteeChairsTitleTheCommitteeOfItsField() {
        List<String> roles = roles("The Senate Finance Committee held a hearing on the bill. Finance Chairman John Roe "
                + "said the bill had no chance.");
        assertTrue(roles.contains("John Roe · Finance Chairman · Senate Finance Committee"), roles.toString());
    }
    @Test
    void readsOccupationsOfFinanceAndResearchWithTheirOrganization() {
        assertEquals(List.of("John Roe · commodities broker · Acme Futures"),
                roles("\"Buyers are cautious,\" said John Roe, commodities broker at Acme Futures."));
        assertEquals(List.of("Jane Doe · co-manager · Acme Bond Fund"),
                roles("\"Rates will stay low,\" said Jane Doe, co-manager of the Acme Bond Fund in Baltimore."));
        assertEquals(List.of("Mary Major · administrator · Freedonia University"),
                roles("Mary Major, a former Freedonia University administrator, said the rules were clear."));
        assertEquals(List.of("John Roe · policymaker · European Central Bank"),
                roles("Rates will stay low for long, as ECB policymaker John Roe said on Tuesday."));
    }

    @Test
    void readsAFormerBossBeforeTheName() {
        List<Fact.Role> facts = Analysed.text("Acme Holdings is set to appoint former Initech boss John Roe as "
                + "chairman.").roleFacts();
        assertTrue(facts.stream().anyMatch(f -> f.role().equals("boss") && f.qualifier() == Fact.Qualifier.FORMER
                && f.organization() != null && f.organization().text().equals("Initech")), facts.toString());
    }

    @Test
    void readsTheBodyBeforeAnAdjectiveOfTheTitle() {
        assertEquals(List.of("John Roe · global strategist · Acme Bank"),
                roles("\"We remain cautious,\" said Acme Bank global strategist John Roe."));
        assertEquals(List.of(), roles("The central bank governor said rates would stay low."));
    }
    @Test
    void countsAStateNamedInFullForTheUnitedStatesNotForACountryInItsName() {
        List<String> roles = roles("President Jane Doe spoke in New Jersey on Monday. New Jersey voters backed her "
                + "in 2012, and New Mexico voters too.");
        assertEquals(List.of("Jane Doe · President · "), roles);
    }

    @Test
    void givesABareNationalTitleTheCountryAStoryNamesMostByItsShortForm() {
        List<String> roles = roles("President Jane Doe said the U.S. would not yield. U.S. officials met Ruritanian "
                + "envoys on Monday, and U.S. troops stayed home.");
        assertTrue(roles.stream().anyMatch(r -> r.startsWith("Jane Doe · President · U")), roles.toString());
        assertEquals(List.of("John Roe · Chancellor · "), roles("Chancellor John Roe praised the Austrian economy "
                + "and Austrian exports."));
    }

    @Test
    void givesABareNationalTitleTheCountryAStoryFiledFromAbroadNamesMost() {
        List<String> roles = roles("GENEVA (Reuters) - Trade talks stalled on Tuesday as President John Roe failed "
                + "to win support at home. The United States wants lower tariffs, and the United States will not "
                + "move, officials said.");
        assertEquals(List.of("John Roe · President · United States"), roles);
    }

    @Test
    void givesTheDatelinesCountryABareNationalTitleWhenAnotherIsNamedAsOften() {
        List<String> roles = roles("BONN, March 3 - Finance Minister Jane Doe said Germany would not cut rates. The "
                + "United States wants Germany to act, and the United States will press the point.");
        assertEquals(List.of("Jane Doe · Finance Minister · Germany"), roles);
    }
    @Test
    void givesASpokespersonTheOrganizationTheSentenceOpensWith() {
        assertEquals(List.of("Jane Doe · spokeswoman · Justice Department"), roles("The Justice Department was "
                + "\"disappointed\" with the court decision, spokeswoman Jane Doe said in a statement."));
        assertEquals(List.of("John Roe · spokesman · Acme Aircraft"), roles("Acme Aircraft called the report a "
                + "positive step, and a spokesman John Roe said the company had worked closely with investigators."));
        assertEquals(List.of("John Roe · spokesman · Initech"), roles("Acme Aircraft called the report unfair, "
                + "but Initech spokesman John Roe said the report was sound."));
    }
    @Test
    void readsAnAppositionThatAnotherOpens() {
        assertEquals(List.of("John Roe · executive · Acme Corp"),
                roles("John Roe, another Acme Corp executive, said the plan was sound."));
    }

    @Test
    void readsASecondRolePhraseOfAnAppositionAfterAndA() {
        assertEquals(List.of("Jane Doe · federal prosecutor · ", "Jane Doe · law professor · Freedonia University"),
                roles("Jane Doe, a former federal prosecutor and a law professor at Freedonia University, said the "
                        + "case was weak."));
    }
}
