package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;

class ConflictRulesTest {

    private static final String PM = NG.entityIri("role/prime-minister");
    private static final String NORWAY = NG.entityIri("place/norway");

    private static Support support(String article, String day) {
        return new Support(article + "#role-1", article, day == null ? null : LocalDate.parse(day), "X", 0.8, false);
    }

    private static Summary.Role holder(String person, String qualifier, Support... supports) {
        List<Support> list = new ArrayList<>(List.of(supports));
        list.sort(Support.ORDER);
        return new Summary.Role(new RoleKey(NG.entityIri("person/" + person), PM, NORWAY, qualifier.isEmpty()
                ? NG.Current.getURI() : qualifier), list, Tally.of(list), null);
    }

    @Test
    void twoCurrentHoldersInOverlappingWindowsConflictWithTheNearestEvidence() {
        Summary.Role lind = holder("jonas-lind", "", support("a", "2024-05-01"), support("b", "2024-05-14"),
                support("e", "2024-05-20"));
        Summary.Role dahl = holder("erik-dahl", "", support("c", "2024-05-12"), support("d", "2024-05-17"),
                support("f", "2024-06-30"));
        List<Conflict> found = ConflictRules.offices(List.of(dahl, lind));
        assertEquals(1, found.size());
        Conflict c = found.get(0);
        assertEquals(lind, c.a(), "side A is the one first seen earlier");
        assertEquals("b", c.evidenceA().article(), "Lind's statement nearest Dahl's");
        assertEquals("c", c.evidenceB().article());
    }

    @Test
    void noConflictWithAFormerHolderAWindowThatEndedOrTheSamePersonNamedTwoWays() {
        Summary.Role lind = holder("jonas-lind", "", support("a", "2024-05-01"), support("b", "2024-05-20"));
        assertTrue(ConflictRules.offices(List.of(lind,
                holder("erik-dahl", NG.Former.getURI(), support("c", "2024-05-12")))).isEmpty());
        assertTrue(ConflictRules.offices(List.of(lind, holder("erik-dahl", "", support("c", "2024-05-21")))).isEmpty());
        assertTrue(ConflictRules.offices(List.of(lind, holder("lind", "", support("c", "2024-05-12")))).isEmpty());
        assertTrue(ConflictRules.offices(List.of(lind, holder("lind/in/c", "", support("c", "2024-05-12")))).isEmpty());
    }

    @Test
    void aStrayMentionInsideAnotherHoldersWindowIsNoConflict() {
        Summary.Role lind = holder("jonas-lind", "", support("a", "2024-05-01"), support("b", "2024-05-14"),
                support("e", "2024-05-20"));
        assertTrue(ConflictRules.offices(List.of(lind, holder("erik-dahl", "", support("c", "2024-05-12")))).isEmpty(),
                "one day of one holder inside the other's window is a stray mention");
        assertTrue(ConflictRules.offices(List.of(lind, holder("erik-dahl", "", support("c", "2024-04-01"),
                support("d", "2024-05-01")))).isEmpty(), "windows sharing one day share no evidence");
    }

    @Test
    void aPastHolderStillNamedWithTheBareTitleInAFewArticlesIsNoConflict() {
        List<Support> many = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            many.add(support("new-" + day, String.format("2024-03-%02d", day)));
        }
        Summary.Role holder = holder("erik-dahl", "", many.toArray(Support[]::new));
        Summary.Role past = holder("jonas-lind", "", support("a", "2023-01-10"), support("b", "2024-03-05"),
                support("c", "2024-03-15"));
        assertTrue(ConflictRules.offices(List.of(holder, past)).isEmpty(), "2 retrospective mentions against 20");
        Summary.Role rival = holder("jonas-lind", "", support("a", "2024-03-02"), support("b", "2024-03-05"),
                support("c", "2024-03-09"), support("d", "2024-03-15"), support("e", "2024-03-18"));
        assertEquals(1, ConflictRules.offices(List.of(holder, rival)).size(), "5 against 20 is a dispute");
    }

    @Test
    void aConflictNeedsTwoArticles() {
        Summary.Role lind = holder("jonas-lind", "", support("a", "2024-05-01"));
        Summary.Role dahl = holder("erik-dahl", "", support("a", "2024-05-01"));
        assertTrue(ConflictRules.offices(List.of(lind, dahl)).isEmpty(), "one article naming both is no conflict "
                + "between articles");
    }

    @Test
    void nearestPrefersDatedPairsFromDifferentArticles() {
        List<Support> a = List.of(support("a", "2024-01-01"), support("b", null), support("c", "2024-03-01"));
        List<Support> b = List.of(support("c", "2024-03-01"), support("d", "2024-02-25"));
        Support[] pair = ConflictRules.nearest(a, b);
        assertEquals("c", pair[0].article());
        assertEquals("d", pair[1].article());
        assertNull(ConflictRules.nearest(List.of(support("a", "2024-01-01")), List.of(support("a", "2024-01-01"))));
        Support[] undated = ConflictRules.nearest(List.of(support("a", null)), List.of(support("b", null)));
        assertEquals("b", undated[1].article());
    }

    @Test
    void distinctPeopleAreNeitherOneNodeNorANameInsideTheOther() {
        assertTrue(ConflictRules.distinctPeople(NG.entityIri("person/jonas-lind"), NG.entityIri("person/erik-dahl")));
        assertFalse(ConflictRules.distinctPeople(NG.entityIri("person/benjamin-netanyahu"),
                NG.entityIri("person/netanyahu")));
        assertFalse(ConflictRules.distinctPeople(NG.entityIri("person/jonas-lind"), NG.entityIri("person/jonas-lind")));
        assertFalse(ConflictRules.distinctPeople(NG.entityIri("person/joseph-dunford"),
                NG.entityIri("person/joe-dunford")), "the same surname");
        assertFalse(ConflictRules.distinctPeople(NG.entityIri("person/john-boehner"),
                NG.entityIri("person/john-boeher")), "a misspelt surname");
        assertFalse(ConflictRules.distinctPeople(NG.entityIri("person/francois-hollande"),
                NG.entityIri("person/francois-holland")), "a misspelt surname");
        assertTrue(ConflictRules.distinctPeople(NG.entityIri("person/nicolas-sarkozy"),
                NG.entityIri("person/francois-hollande")));
    }

    @Test
    void wordsOneEditApartDifferByOneLetter() {
        assertTrue(ConflictRules.oneEditApart("volcker", "vocker"));
        assertTrue(ConflictRules.oneEditApart("merkel", "merkeld"));
        assertTrue(ConflictRules.oneEditApart("mahdi", "mehdi"));
        assertFalse(ConflictRules.oneEditApart("obama", "trump"));
        assertFalse(ConflictRules.oneEditApart("lind", "dahl"));
        assertFalse(ConflictRules.oneEditApart("bush", "busher"));
    }
}
