package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles after names, each rule with a news sentence (Wikinews, or written for the test in news style). */
class AppositiveRoleExtractorTest {

    @Test
    void readsTheOrganizationAfterAPossessiveInAnApposition() {
        List<String> roles = Analysed.text("Yuli Edelstein, a lawmaker for Prime Minister Benjamin Netanyahu's "
                + "ruling Likud Party, criticised the plan on Tuesday.").roles();
        assertTrue(roles.contains("Yuli Edelstein · lawmaker · Likud Party"), roles.toString());
        assertTrue(roles.contains("Benjamin Netanyahu · Prime Minister · "), roles.toString());
    }

    @Test
    void readsTheOrganizationAfterOfInAnApposition() {
        assertTrue(Analysed.text("Edward Lampert, the chairman of Kmart, will become the chairman of the new "
                + "company.").roles().contains("Edward Lampert · chairman · Kmart"));
    }

    @Test
    void readsARoleFromARelativeClause() {
        assertTrue(Analysed.text("Jerome Powell, who heads the Federal Reserve, warned of slower growth.").roles()
                .contains("Jerome Powell · head · Federal Reserve"));
    }

    @Test
    void readsACopulaWithItsOrganization() {
        assertTrue(Analysed.text("Christine Lagarde is the president of the European Central Bank.").roles()
                .contains("Christine Lagarde · president · European Central Bank"));
    }

    @Test
    void skipsAnAgeAndSplitsConjoinedTitles() {
        List<String> roles = Analysed.text("The bank said Mary Barra, 62, chairwoman and chief executive officer, "
                + "will lead the talks.").roles();
        assertTrue(roles.contains("Mary Barra · chairwoman · "), roles.toString());
        assertTrue(roles.contains("Mary Barra · chief executive officer · "), roles.toString());
    }

    @Test
    void readsAPartyInBracketsAsMembership() {
        assertTrue(Analysed.text("Knesset member Yair Golan (Meretz) told reporters on Monday that the bill "
                + "would fail.").roles().contains("Yair Golan · member · Meretz"));
    }

    @Test
    void readsARoleWithItsCompanyInBrackets() {
        List<String> roles = Analysed.text("Also present was Eduardo Dutra (Petrobras, government oil company, "
                + "president).").roles();
        assertTrue(roles.contains("Eduardo Dutra · president · Petrobras"), roles.toString());
    }

    @Test
    void takesNoMembershipFromABracketedPortfolioButThePortfolioOfTheListedTitle() {
        List<String> roles = Analysed.text("Some ministers were present at the event: Antonio Palocci (Economy) "
                + "and Roberto Rodrigues (Agriculture).").roles();
        assertEquals(List.of("Antonio Palocci · Economy minister · ", "Roberto Rodrigues · Agriculture minister · "),
                roles);
    }

    @Test
    void readsAnAsClauseAfterAVerbOfElection() {
        List<String> roles = Analysed.text("Alfred Gusenbauer has been reelected as leader of the Austrian Social "
                + "Democrat Party (SPOE) at the party's convention in Vienna.").roles();
        assertTrue(roles.contains("Alfred Gusenbauer · leader · Austrian Social Democrat Party"), roles.toString());
    }

    @Test
    void readsARoleGivenByANamingVerb() {
        List<String> roles = Analysed.text("The board named Jane Fraser chief executive officer on Thursday.")
                .roles();
        assertTrue(roles.contains("Jane Fraser · chief executive officer · "), roles.toString());
    }

    @Test
    void marksARoleHeldBeforeAsFormer() {
        List<Fact.Role> roles = Analysed.text("Richard Smith, who had been executive vice president, was named "
                + "acting chairman.").roleFacts();
        assertTrue(roles.stream().anyMatch(r -> r.role().equals("executive vice president")
                && r.qualifier() == Fact.Qualifier.FORMER), roles.toString());
    }

    @Test
    void takesNoConstituencyOrBodyForAPerson() {
        assertEquals(List.of(), Analysed.text("The Glasgow Kelvin MP, who was expelled from Labour, said he would "
                + "stand again.").roles());
        assertEquals(List.of(), Analysed.text("The Medical Fellowship (MF) and the Lawyers' Christian Fellowship "
                + "(LCF) opposed the bill.").roles());
    }

    @Test
    void statesARoleThatTwoRulesFindOnce() {
        Analysed a = Analysed.text("Chancellor Gordon Brown has denied the report. His ally refused to say whether "
                + "Gordon Brown would remain as chancellor after the election.");
        assertEquals(2, a.roleFacts().size(), a.roles().toString());
        List<Fact.Role> stated = a.doc.facts().stream().filter(f -> f instanceof Fact.Role)
                .map(f -> (Fact.Role) f).toList();
        assertEquals(1, stated.size(), stated.toString());
        assertEquals("Chancellor", stated.get(0).role());
    }

    @Test
    void takesNoPersonForTheBodyWhoseOfficeARoleIsIn() {
        List<String> roles = Analysed.text("Ukrainian President Volodymyr Zelenskiy spoke. According to Andriy Yermak, "
                + "the head of Zelenskiy's office, the talks were constructive.").roles();
        assertTrue(roles.stream().noneMatch(r -> r.startsWith("Andriy Yermak") && r.endsWith("Volodymyr Zelenskiy")),
                roles.toString());
        assertTrue(Analysed.text("John Smith, a member of Apple's board, said sales rose.").roles()
                .contains("John Smith · member · Apple"));
    }

    @Test
    void readsPortfoliosInBracketsInAListThatAPluralTitleOpens() {
        List<String> roles = Analysed.text("Some Brazilian ministers were present: Antonio Palocci (Economy), Roberto "
                + "Rodrigues (Agriculture), Dilma Rousseff (Mines and Energy).").roles();
        assertTrue(roles.containsAll(List.of("Antonio Palocci · Economy minister · Brazil",
                "Dilma Rousseff · Mines and Energy minister · Brazil")), roles.toString());
        assertEquals(List.of(), Analysed.text("The panel heard Antonio Palocci (Economy) on Monday.").roles());
    }

    @Test
    void readsTheBodyBeforeAnAdjectiveAndNounOfAMembershipTitle() {
        assertTrue(Analysed.text("Hamas political bureau member Basem Naim said the group had accepted the plan.")
                .roles().contains("Basem Naim · political bureau member · Hamas"));
    }
}
