package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --extractors}: a user runs some of the extractors only, by name. */
class ExtractorsOptionTest {

    private static final String SEED = "data/rubio-2025-03-11.json";
    private static final String TEXT = "../shared/seed";

    @Test
    void runsOnlyTheExtractorsNamed() {
        CliRun all = CliRun.run("extract", "--format", "nquads", "--text-root", TEXT, SEED);
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("http://www.w3.org/ns/org#Membership"), "roles by default");
        assertTrue(all.out().contains("https://w3id.org/newsgraph/ns#Meeting"), "meetings by default");

        CliRun meetings = CliRun.run("extract", "--format", "nquads", "--text-root", TEXT, "--extractors", "meetings", SEED);
        assertEquals(0, meetings.exitCode(), meetings.err());
        assertTrue(meetings.out().contains("https://w3id.org/newsgraph/ns#Meeting"));
        assertFalse(meetings.out().contains("http://www.w3.org/ns/org#Membership"), "no roles when not named");
        assertFalse(meetings.out().contains("https://schema.org/Quotation"), "no quotations when not named");
    }

    @Test
    void rejectsAnUnknownExtractorAsAUsageError() {
        CliRun r = CliRun.run("extract", "--extractors", "roles,gossip", SEED);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no extractor 'gossip'; the extractors are roles, bylines, quotes, meetings"),
                r.err());
    }
}
