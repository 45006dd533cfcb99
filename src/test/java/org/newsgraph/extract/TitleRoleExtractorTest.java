package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles before names, each rule with a news sentence written in the style of the wire services. */
class TitleRoleExtractorTest {

    @Test
    void takesTheCountryFromAnAbbreviationBeforeTheTitle() {
        assertTrue(Analysed.text("U.S. Secretary of State Marco Rubio arrived in Jeddah on Monday.").roles()
                .contains("Marco Rubio · Secretary of State · United States"));
    }

    @Test
    void takesTheCountryFromADemonymBeforeTheTitle() {
        assertTrue(Analysed.text("Saudi Crown Prince Mohammed bin Salman received the delegation in Jeddah.")
                .roles().contains("Mohammed bin Salman · Crown Prince · Saudi Arabia"));
    }

    @Test
    void keepsPortfolioWordsInTheTitleAndStatesNoOrganization() {
        assertTrue(Analysed.text("Energy and Infrastructure Minister Eli Cohen signed the order on Sunday.")
                .roles().contains("Eli Cohen · Energy and Infrastructure Minister · "));
    }

    @Test
    void givesAnEnvoyTheCountryOfThePrincipalWhoseEnvoyHeIs() {
        List<String> roles = Analysed.text("The envoy of U.S. President Donald Trump met the group. Later, "
                + "Trump's hostage envoy Adam Boehler said the talks had not borne fruit.").roles();
        assertTrue(roles.contains("Adam Boehler · hostage envoy · United States"), roles.toString());
    }

    @Test
    void takesTheCompanyBeforeALowerCaseTitle() {
        assertTrue(Analysed.text("Apple chief executive Tim Cook unveiled the new phone in California.").roles()
                .contains("Tim Cook · chief executive · Apple"));
    }

    @Test
    void takesTheBodyBeforeACapitalisedTitleThatIsNoPortfolio() {
        assertTrue(Analysed.text("He met Bundesbank President Karl Otto Poehl in Frankfurt on Monday.").roles()
                .contains("Karl Otto Poehl · President · Bundesbank"));
    }

    @Test
    void keepsTheQualifierApartFromTheRole() {
        List<Fact.Role> roles = Analysed.text("Former Israeli Prime Minister Ehud Olmert criticised the plan.")
                .roleFacts();
        assertEquals(1, roles.size(), roles.toString());
        assertEquals("Prime Minister", roles.get(0).role());
        assertEquals(Fact.Qualifier.FORMER, roles.get(0).qualifier());
    }

    @Test
    void splitsConjoinedTitlesIntoOneRoleEach() {
        List<String> roles = Analysed.text("The network settled with former chairman and chief executive officer "
                + "Thomas Wyman on Tuesday.").roles();
        assertTrue(roles.contains("Thomas Wyman · chairman · "), roles.toString());
        assertTrue(roles.contains("Thomas Wyman · chief executive officer · "), roles.toString());
    }

    @Test
    void expandsAnAbbreviatedTitle() {
        assertTrue(Analysed.text("Sen. Bernie Sanders voted against the bill.").roles()
                .contains("Bernie Sanders · Senator · "));
    }

    @Test
    void readsADeterminedTitleBeforeACommaAndName() {
        List<String> roles = Analysed.text("Russia's foreign minister, Sergei Lavrov, said the talks would go on.")
                .roles();
        assertTrue(roles.contains("Sergei Lavrov · foreign minister · Russia"), roles.toString());
    }

    @Test
    void takesTheOrganizationAfterOfInADeterminedTitleBeforeAName() {
        List<String> roles = Analysed.text("He had lunch with the President of Brazil, Luiz Inacio Lula da Silva, "
                + "at the palace.").roles();
        assertTrue(roles.contains("Luiz Inacio Lula da Silva · President · Brazil"), roles.toString());
    }

    @Test
    void takesThePartyBeforeAMembershipTitle() {
        assertTrue(Analysed.text("Labour MP John Cryer said the cost surprised him.").roles()
                .contains("John Cryer · MP · Labour"));
    }

    @Test
    void statesTheSamePersonAndRoleOnceKeepingTheOrganization() {
        List<String> roles = Analysed.text("Israeli Prime Minister Benjamin Netanyahu spoke on Monday. "
                + "Prime Minister Netanyahu said the talks would continue.").roles();
        assertEquals(List.of("Benjamin Netanyahu · Prime Minister · Israel"), roles);
    }

    @Test
    void findsNoRoleWithoutANameAfterTheTitle() {
        assertEquals(List.of(), Analysed.text("The minister said the general election would be held in May.")
                .roles());
    }

    @Test
    void readsNoOrganizationIntoTheWordThatOpensTheSentence() {
        assertEquals(List.of("Peter Hunt · correspondent · BBC"),
                Analysed.text("But BBC correspondent Peter Hunt said the palace would not comment.").roles());
        assertEquals(List.of("Gordon Brown · Chancellor · "),
                Analysed.text("\u201cAnd Chancellor Gordon Brown said the figures did not add up.").roles());
        assertEquals(List.of("Peter Goldsmith · Attorney General · "),
                Analysed.text("The Attorney General Peter Goldsmith has issued no instructions.").roles());
    }

    @Test
    void keepsARankInTheTitleAndTheBodyBeforeIt() {
        assertTrue(Analysed.text("Conservative shadow chancellor Oliver Letwin rejected the forecast.").roles()
                .contains("Oliver Letwin · shadow chancellor · Conservative"));
        assertTrue(Analysed.text("Labour Deputy leader John Prescott opened the campaign.").roles()
                .contains("John Prescott · Deputy leader · Labour"));
        assertTrue(Analysed.text("Labour former minister Jack Cunningham criticised the bill.").roles()
                .contains("Jack Cunningham · minister · Labour"));
    }

    @Test
    void leavesTheWordNewOutOfTheTitleButNotOutOfAName() {
        assertEquals(List.of("Charles Clarke · Home Secretary · "),
                Analysed.text("New Home Secretary Charles Clarke vowed the men would stay in prison.").roles());
        assertTrue(Analysed.text("New Zealand Prime Minister Helen Clark visited the site on Friday.").roles()
                .contains("Helen Clark · Prime Minister · New Zealand"));
    }

    @Test
    void readsATitleBeforeATitleAsATitleNotABody() {
        List<String> roles = Analysed.text("The panel questioned former National Security Adviser Vice Admiral "
                + "John Poindexter.").roles();
        assertEquals(List.of("John Poindexter · Vice Admiral · "), roles);
        assertEquals(List.of("Alastair McWhirter · Chief Constable · Suffolk"),
                Analysed.text("Suffolk Chief Constable Alastair McWhirter said the law would be enforced.").roles());
        assertEquals(List.of("Charles Falconer · Lord Chancellor · "),
                Analysed.text("The Lord Chancellor, Charles Falconer, agreed the act was complex.").roles());
    }

    @Test
    void takesTheCompanyAfterForButKeepsARegionOrPortfolioInTheTitle() {
        assertEquals(List.of("John Smith · spokesman · Goldman Sachs"),
                Analysed.text("A spokesman for Goldman Sachs, John Smith, declined to comment.").roles());
        assertEquals(List.of("Steve Witkoff · special envoy for the Middle East · "),
                Analysed.text("The special envoy for the Middle East, Steve Witkoff, arrived on Monday.").roles());
    }

    @Test
    void readsAnAbbreviatedBodyTheTokenizerCutsAndADeterminedTitleAtTheSentenceStart() {
        assertTrue(Analysed.text("\u201cThis is a catastrophe,\u201d said U.N. Secretary-General Antonio Guterres.")
                .roles().contains("Antonio Guterres · Secretary-General · United Nations"));
        assertEquals(List.of("Jane Fraser · chief executive · "),
                Analysed.text("The company's chief executive, Jane Fraser, said the bank was prepared.").roles());
    }

    @Test
    void typesTheNameBeforeACompanyTitleAsACompany() {
        Analysed a = Analysed.text("Tesla CEO Elon Musk said he hoped for zero tariffs.");
        Fact.Role role = a.roleFacts().get(0);
        assertEquals("Tesla", role.organization().text());
        assertEquals(org.newsgraph.nlp.EntityType.ORGANIZATION, a.doc.entityOf(role.organization()).type());
    }
}
