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
}
