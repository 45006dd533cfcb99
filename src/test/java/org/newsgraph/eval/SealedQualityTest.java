package org.newsgraph.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system's quality on the sealed test sets (docs/quality.md): scored like the development sets, but only the
 * totals are printed and written to {@code target/eval/<set>.txt} (per kind precision, recall, F1 and counts),
 * never an article's errors. A sealed set read error by error, or tuned on, becomes development data, and a new
 * one is drawn.
 *
 * <p>Run: {@code mvn -B -o -q test -Dtest=SealedQualityTest} (one set: {@code -Deval.set=sealed-meetings}). Until
 * a set's gold file is in {@code src/test/resources/eval/}, its tests are skipped with a message naming it.
 */
class SealedQualityTest {

    @TempDir
    static Path stores;

    private static QualitySets sets;

    @BeforeAll
    static void open() {
        sets = new QualitySets(stores, false);
    }

    @AfterAll
    static void close() {
        sets = null;
    }

    @Test
    void sealedGeneralEntitiesStayAboveTheirFloor() {
        sets.measure("sealed-general", Kind.ENTITIES);
    }

    @Test
    void sealedGeneralRolesStayAboveTheirFloor() {
        sets.measure("sealed-general", Kind.ROLES);
    }

    @Test
    void sealedGeneralMeetingsStayAboveTheirFloor() {
        sets.measure("sealed-general", Kind.MEETINGS);
    }

    @Test
    void sealedGeneralDatesStayAboveTheirFloor() {
        sets.measure("sealed-general", Kind.DATES);
    }

    @Test
    void sealedMeetingsMeetingsStayAboveTheirFloor() {
        sets.measure("sealed-meetings", Kind.MEETINGS);
    }

    @Test
    void sealedMeetingsDatesStayAboveTheirFloor() {
        sets.measure("sealed-meetings", Kind.DATES);
    }
}
