package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Roles after names (apposition, copula, "as" clauses, naming verbs, brackets), each with a news sentence
 * (Wikinews, or written for the test in news style): the role extractor runs alone over the annotated sentence
 * and must give exactly the facts listed ("person | role | organization as written | qualifier"), no more.
 */
class AppositiveRoleExtractorTest {

    @Test
    void readsTheOrganizationAfterAPossessiveInAnApposition() {
        assertEquals(Set.of("Yuli Edelstein | lawmaker | Likud Party", "Benjamin Netanyahu | Prime Minister"),
                Isolated.roles("Yuli Edelstein, a lawmaker for Prime Minister Benjamin Netanyahu's ruling Likud "
                        + "Party, criticised the plan on Tuesday."));
    }

    @Test
    void readsTheOrganizationAfterOfInAnApposition() {
        assertEquals(Set.of("Edward Lampert | chairman | Kmart"), Isolated.roles("Edward Lampert, the chairman of "
                + "Kmart, will become the chairman of the new company."));
    }

    @Test
    void readsARoleFromARelativeClause() {
        assertEquals(Set.of("Jerome Powell | head | Federal Reserve"),
                Isolated.roles("Jerome Powell, who heads the Federal Reserve, warned of slower growth."));
    }

    @Test
    void readsACopulaWithItsOrganization() {
        assertEquals(Set.of("Christine Lagarde | president | European Central Bank"),
                Isolated.roles("Christine Lagarde is the president of the European Central Bank."));
    }

    @Test
    void skipsAnAgeAndSplitsConjoinedTitles() {
        assertEquals(Set.of("Mary Barra | chairwoman", "Mary Barra | chief executive officer"),
                Isolated.roles("The bank said Mary Barra, 62, chairwoman and chief executive officer, will lead "
                        + "the talks."));
    }

    @Test
    void readsAPartyInBracketsAsMembership() {
        assertEquals(Set.of("Yair Golan | member | Meretz", "Yair Golan | member | Knesset"),
                Isolated.roles("Knesset member Yair Golan (Meretz) told reporters on Monday that the bill would "
                        + "fail."));
    }

    @Test
    void readsARoleWithItsCompanyInBrackets() {
        assertEquals(Set.of("Eduardo Dutra | president | Petrobras"), Isolated.roles("Also present was Eduardo Dutra "
                + "(Petrobras, government oil company, president)."));
    }

    @Test
    void takesNoMembershipFromABracketedPortfolioButThePortfolioOfTheListedTitle() {
        assertEquals(Set.of("Antonio Palocci | Economy minister", "Roberto Rodrigues | Agriculture minister"),
                Isolated.roles("Some ministers were present at the event: Antonio Palocci (Economy) and Roberto "
                        + "Rodrigues (Agriculture)."));
    }

    @Test
    void readsAnAsClauseAfterAVerbOfElection() {
        assertEquals(Set.of("Alfred Gusenbauer | leader | Austrian Social Democrat Party"),
                Isolated.roles("Alfred Gusenbauer has been reelected as leader of the Austrian Social Democrat Party "
                        + "(SPOE) at the party's convention in Vienna."));
    }

    @Test
    void readsARoleGivenByANamingVerb() {
        assertEquals(Set.of("Jane Fraser | chief executive officer"),
                Isolated.roles("The board named Jane Fraser chief executive officer on Thursday."));
    }

    @Test
    void marksARoleHeldBeforeAsFormer() {
        assertEquals(Set.of("Richard Smith | executive vice president | | former",
                        "Richard Smith | chairman | | acting"),
                Isolated.roles("Richard Smith, who had been executive vice president, was named acting chairman."));
    }

    @Test
    void takesNoConstituencyOrBodyForAPerson() {
        assertEquals(Set.of(), Isolated.roles("The Glasgow Kelvin MP, who was expelled from Labour, said he would "
                + "stand again."));
        assertEquals(Set.of(), Isolated.roles("The Medical Fellowship (MF) and the Lawyers' Christian Fellowship "
                + "(LCF) opposed the bill."));
    }

    @Test
    void statesARoleThatTwoRulesFindOnce() {
        String text = "Chancellor Gordon Brown has denied the report. His ally refused to say whether Gordon Brown "
                + "would remain as chancellor after the election.";
        assertEquals(Set.of("Gordon Brown | Chancellor", "Gordon Brown | chancellor"), Isolated.roles(text));
        List<Fact.Role> stated = Analysed.text(text).doc.facts().stream().filter(f -> f instanceof Fact.Role)
                .map(f -> (Fact.Role) f).toList();
        assertEquals(1, stated.size(), stated.toString());
        assertEquals("Chancellor", stated.get(0).role());
    }

    @Test
    void takesNoPersonForTheBodyWhoseOfficeARoleIsIn() {
        assertEquals(Set.of("Volodymyr Zelenskiy | President | Ukrainian",
                        "Andriy Yermak | head of Zelenskiy's office"),
                Isolated.roles("Ukrainian President Volodymyr Zelenskiy spoke. According to Andriy Yermak, the head "
                        + "of Zelenskiy's office, the talks were constructive."));
        assertEquals(Set.of("John Smith | member | Apple"),
                Isolated.roles("John Smith, a member of Apple's board, said sales rose."));
    }

    @Test
    void readsPortfoliosInBracketsInAListThatAPluralTitleOpens() {
        assertEquals(Set.of("Antonio Palocci | Economy minister | Brazilian",
                        "Roberto Rodrigues | Agriculture minister | Brazilian",
                        "Dilma Rousseff | Mines and Energy minister | Brazilian"),
                Isolated.roles("Some Brazilian ministers were present: Antonio Palocci (Economy), Roberto Rodrigues "
                        + "(Agriculture), Dilma Rousseff (Mines and Energy)."));
        assertEquals(Set.of(), Isolated.roles("The panel heard Antonio Palocci (Economy) on Monday."));
    }

    @Test
    void readsTheBodyBeforeAnAdjectiveAndNounOfAMembershipTitle() {
        assertEquals(Set.of("Basem Naim | political bureau member | Hamas"),
                Isolated.roles("Hamas political bureau member Basem Naim said the group had accepted the plan."));
    }
}
