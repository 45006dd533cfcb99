package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void readsUsVariantsAsUnitedStates() {
        for (String us : List.of("U.S.", "US", "USA", "America", "American", "United States", "the United States")) {
            assertEquals("united states", Normaliser.key(us), us);
        }
        assertTrue(Normaliser.nameMatches(List.of("United States"), "U.S."));
    }

    @Test
    void readsUkVariantsAsUnitedKingdom() {
        for (String uk : List.of("U.K.", "UK", "Britain", "British", "United Kingdom")) {
            assertEquals("united kingdom", Normaliser.key(uk), uk);
        }
    }

    @Test
    void ignoresAccentsCaseApostrophesPossessivesAndFunctionWords() {
        assertEquals(Normaliser.key("Amelie Botbol"), Normaliser.key("Amélie BOTBOL"));
        assertEquals(Normaliser.key("Israel"), Normaliser.key("Israel’s"));
        assertEquals(Normaliser.key("Lawyers' Committee"), Normaliser.key("Lawyers’ Committee"));
        assertEquals(Normaliser.key("Secretary of State"), Normaliser.key("the Secretary for State"));
        assertEquals(List.of("secretary", "state"), Normaliser.words("a Secretary of the State"));
        assertEquals(Normaliser.key("Yesh Atid"), Normaliser.key("Yesh-Atid"));
    }

    @Test
    void keepsDifferentNamesApart() {
        assertFalse(Normaliser.nameMatches(List.of("Marco Rubio", "Rubio"), "Marco"));
        assertFalse(Normaliser.nameMatches(List.of("Israel"), "Israeli"));
        assertFalse(Normaliser.nameMatches(List.of("Israel"), ""));
    }

    @Test
    void acceptsALongerRoleHoldingAListedOneAsWholeWords() {
        assertTrue(Normaliser.stringMatches(List.of("Secretary of State"), "U.S. Secretary of State"));
        assertFalse(Normaliser.stringMatches(List.of("Secretary of State"), "Secretary of Statecraft"));
    }

    @Test
    void acceptsAShorterRoleKeepingTheLastWord() {
        assertTrue(Normaliser.stringMatches(List.of("hostage envoy"), "envoy"));
        assertTrue(Normaliser.stringMatches(List.of("former Prime Minister"), "Prime Minister"));
        assertFalse(Normaliser.stringMatches(List.of("Secretary of State"), "secretary"));
        assertFalse(Normaliser.stringMatches(List.of("hostage envoy"), "hostage"));
        assertFalse(Normaliser.stringMatches(List.of("hostage envoy"), "special envoy"));
    }
}
