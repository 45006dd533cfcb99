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
    void personNameRunsOnOverANameParticleAndSwallowsTheRest() {
        String[] w = words("Crown Prince Mohammed bin Zayed met");
        List<Span> out = rules.apply(w, new Span[] {new Span(2, 3, "PER"), new Span(4, 5, "LOC")});
        assertEquals(List.of(new Span(2, 5, "PER")), out);
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
}
