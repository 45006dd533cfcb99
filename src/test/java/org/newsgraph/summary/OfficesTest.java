package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;

class OfficesTest {

    private static final Offices OFFICES = Offices.bundled();

    private static String office(String role, String body) {
        return OFFICES.officeOf(NG.entityIri("role/" + role), NG.entityIri(body));
    }

    @Test
    void spellingsOfOneOfficeAreOneOffice() {
        assertEquals("chief executive", office("ceo", "organization/boeing"));
        assertEquals("chief executive", office("chief-executive-officer", "organization/boeing"));
        assertEquals("chair", office("chairwoman", "organization/barclays"));
        assertEquals("prime minister", office("prime-minister", "place/israel"));
    }

    @Test
    void aPartyWordBeforeATitleIsNoBodyOfTheOffice() {
        assertNull(office("governor", "organization/republican"));
        assertNull(office("president", "organization/democratic"));
        assertEquals("governor", office("governor", "place/new-jersey"));
    }

    @Test
    void aNameManyBodiesShareHasNoSingleHolder() {
        assertNull(office("chairman", "organization/judiciary-committee"));
        assertNull(office("speaker", "organization/house"));
        assertEquals("chair", office("chairman", "organization/senate-judiciary-committee"));
    }

    @Test
    void aBodyWithSeveralHoldersOfTheTitleHasNoSingleHolderOfIt() {
        assertNull(office("president", "organization/fed"), "each regional Federal Reserve bank has a president");
        assertEquals("chair", office("chairman", "organization/fed"));
    }

    @Test
    void anOfficeIsOnlyInItsKindOfBody() {
        assertNull(office("chief-executive", "place/united-states"), "a country has no chief executive");
        assertNull(office("prime-minister", "organization/goldman"));
        assertEquals("president", office("president", "organization/oracle"));
        assertNull(office("president", "person/joe-biden"));
        assertNull(office("director", "organization/boeing"), "a company has many directors");
        assertNull(OFFICES.officeOf(NG.entityIri("role/president"), null), "no body stated");
    }
}
