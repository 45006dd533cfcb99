package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

/**
 * Titles before names ({@code rules/roles/title-before-name.rules}), each with a news sentence written in the
 * style of the wire services: the role extractor runs alone over the annotated sentence and must give exactly
 * the facts listed ("person | role | organization as written | qualifier"), no more.
 */
class TitleRoleExtractorTest {

    @Test
    void takesTheCountryFromAnAbbreviationBeforeTheTitle() {
        assertEquals(Set.of("Marco Rubio | Secretary of State | U.S."),
                Isolated.roles("U.S. Secretary of State Marco Rubio arrived in Jeddah on Monday."));
    }

    @Test
    void takesTheCountryFromADemonymBeforeTheTitle() {
        assertEquals(Set.of("Mohammed bin Salman | Crown Prince | Saudi"),
                Isolated.roles("Saudi Crown Prince Mohammed bin Salman received the delegation in Jeddah."));
    }

    @Test
    void keepsPortfolioWordsInTheTitleAndStatesNoOrganization() {
        assertEquals(Set.of("Eli Cohen | Energy and Infrastructure Minister"),
                Isolated.roles("Energy and Infrastructure Minister Eli Cohen signed the order on Sunday."));
    }

    @Test
    void givesAnEnvoyTheCountryOfThePrincipalWhoseEnvoyHeIs() {
        assertEquals(Set.of("Donald Trump | President | U.S.", "Adam Boehler | hostage envoy | U.S."),
                Isolated.roles("The envoy of U.S. President Donald Trump met the group. Later, Trump's hostage "
                        + "envoy Adam Boehler said the talks had not borne fruit."));
    }

    @Test
    void takesTheCompanyBeforeALowerCaseTitle() {
        assertEquals(Set.of("Tim Cook | chief executive | Apple"),
                Isolated.roles("Apple chief executive Tim Cook unveiled the new phone in California."));
    }

    @Test
    void takesTheBodyBeforeACapitalisedTitleThatIsNoPortfolio() {
        assertEquals(Set.of("Karl Otto Poehl | President | Bundesbank"),
                Isolated.roles("He met Bundesbank President Karl Otto Poehl in Frankfurt on Monday."));
    }

    @Test
    void keepsTheQualifierApartFromTheRole() {
        assertEquals(Set.of("Ehud Olmert | Prime Minister | Israeli | former"),
                Isolated.roles("Former Israeli Prime Minister Ehud Olmert criticised the plan."));
    }

    @Test
    void splitsConjoinedTitlesIntoOneRoleEach() {
        assertEquals(Set.of("Thomas Wyman | chairman | | former", "Thomas Wyman | chief executive officer | | former"),
                Isolated.roles("The network settled with former chairman and chief executive officer Thomas Wyman "
                        + "on Tuesday."));
    }

    @Test
    void expandsAnAbbreviatedTitle() {
        assertEquals(Set.of("Bernie Sanders | Senator"), Isolated.roles("Sen. Bernie Sanders voted against the bill."));
    }

    @Test
    void readsADeterminedTitleBeforeACommaAndName() {
        assertEquals(Set.of("Sergei Lavrov | foreign minister | Russia"),
                Isolated.roles("Russia's foreign minister, Sergei Lavrov, said the talks would go on."));
    }

    @Test
    void takesTheOrganizationAfterOfInADeterminedTitleBeforeAName() {
        assertEquals(Set.of("Luiz Inacio Lula da Silva | President | Brazil"),
                Isolated.roles("He had lunch with the President of Brazil, Luiz Inacio Lula da Silva, at the palace."));
    }

    @Test
    void takesThePartyBeforeAMembershipTitle() {
        assertEquals(Set.of("John Cryer | MP | Labour"),
                Isolated.roles("Labour MP John Cryer said the cost surprised him."));
    }

    @Test
    void statesTheSamePersonAndRoleOnceKeepingTheOrganization() {
        assertEquals(Set.of("Benjamin Netanyahu | Prime Minister | Israeli"),
                Isolated.roles("Israeli Prime Minister Benjamin Netanyahu spoke on Monday. Prime Minister Netanyahu "
                        + "said the talks would continue."));
    }

    @Test
    void findsNoRoleWithoutANameAfterTheTitle() {
        assertEquals(Set.of(), Isolated.roles("The minister said the general election would be held in May."));
    }

    @Test
    void readsNoOrganizationIntoTheWordThatOpensTheSentence() {
        assertEquals(Set.of("Peter Hunt | correspondent | BBC"),
                Isolated.roles("But BBC correspondent Peter Hunt said the palace would not comment."));
        assertEquals(Set.of("Gordon Brown | Chancellor"),
                Isolated.roles("\u201cAnd Chancellor Gordon Brown said the figures did not add up."));
        assertEquals(Set.of("Peter Goldsmith | Attorney General"),
                Isolated.roles("The Attorney General Peter Goldsmith has issued no instructions."));
    }

    @Test
    void keepsARankInTheTitleAndTheBodyBeforeIt() {
        assertEquals(Set.of("Oliver Letwin | shadow chancellor | Conservative"),
                Isolated.roles("Conservative shadow chancellor Oliver Letwin rejected the forecast."));
        assertEquals(Set.of("John Prescott | Deputy leader | Labour"),
                Isolated.roles("Labour Deputy leader John Prescott opened the campaign."));
        assertEquals(Set.of("Jack Cunningham | minister | Labour | former"),
                Isolated.roles("Labour former minister Jack Cunningham criticised the bill."));
    }

    @Test
    void leavesTheWordNewOutOfTheTitleButNotOutOfAName() {
        assertEquals(Set.of("Charles Clarke | Home Secretary"),
                Isolated.roles("New Home Secretary Charles Clarke vowed the men would stay in prison."));
        assertEquals(Set.of("Helen Clark | Prime Minister | New Zealand"),
                Isolated.roles("New Zealand Prime Minister Helen Clark visited the site on Friday."));
    }

    @Test
    void readsATitleBeforeATitleAsATitleNotABody() {
        assertEquals(Set.of("John Poindexter | Vice Admiral"), Isolated.roles("The panel questioned former National "
                + "Security Adviser Vice Admiral John Poindexter."));
        assertEquals(Set.of("Alastair McWhirter | Chief Constable | Suffolk"),
                Isolated.roles("Suffolk Chief Constable Alastair McWhirter said the law would be enforced."));
        assertEquals(Set.of("Charles Falconer | Lord Chancellor"),
                Isolated.roles("The Lord Chancellor, Charles Falconer, agreed the act was complex."));
    }

    @Test
    void takesTheCompanyAfterForButKeepsARegionOrPortfolioInTheTitle() {
        assertEquals(Set.of("John Smith | spokesman | Goldman Sachs"),
                Isolated.roles("A spokesman for Goldman Sachs, John Smith, declined to comment."));
        assertEquals(Set.of("Steve Witkoff | special envoy for the Middle East"),
                Isolated.roles("The special envoy for the Middle East, Steve Witkoff, arrived on Monday."));
    }

    @Test
    void readsAnAbbreviatedBodyTheTokenizerCutsAndADeterminedTitleAtTheSentenceStart() {
        assertEquals(Set.of("Antonio Guterres | Secretary-General | U.N."),
                Isolated.roles("\u201cThis is a catastrophe,\u201d said U.N. Secretary-General Antonio Guterres."));
        assertEquals(Set.of("Jane Fraser | chief executive"),
                Isolated.roles("The company's chief executive, Jane Fraser, said the bank was prepared."));
    }

    @Test
    void typesTheNameBeforeACompanyTitleAsACompany() {
        Fact.Role role = (Fact.Role) Isolated.facts("roles", "Tesla CEO Elon Musk said he hoped for zero tariffs.")
                .get(0);
        assertEquals("Tesla", role.organization().text());
        assertEquals(EntityType.ORGANIZATION, role.organization().type());
    }
}
