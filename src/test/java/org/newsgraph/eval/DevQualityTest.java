package org.newsgraph.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system's quality on the development sets (docs/quality.md), through the contract queries: each set's
 * articles go once through the standard pipeline into a TDB2 store, and every kind the set annotates is scored
 * against its gold. The report with every error of every article is written to {@code target/eval/<set>.txt};
 * the totals are printed.
 *
 * <p>Run all: {@code mvn -B -o -q test -Dtest=DevQualityTest}; one set: add {@code -Deval.set=dev-general}.
 * A set without a gold file in {@code src/test/resources/eval/} is skipped with a message.
 *
 * <p>The floors are the precision and recall measured when they were set, less about 0.03, so that a change
 * that makes extraction worse fails; raise them when the figures rise.
 */
class DevQualityTest {

    @TempDir
    static Path stores;

    private static QualitySets sets;

    @BeforeAll
    static void open() {
        sets = new QualitySets(stores, true);
    }

    @AfterAll
    static void close() {
        sets = null;
    }

    // The seed article (ANNOTATION.md §7), measured 2026-12-07: entities P 0.846 R 0.917, roles 1.000 0.867,
    // meetings 1.000 1.000, dates 0.917 0.917.
    @Test
    void seedEntities() {
        sets.check("seed", Kind.ENTITIES, 0.81, 0.88);
    }

    @Test
    void seedRoles() {
        sets.check("seed", Kind.ROLES, 0.97, 0.83);
    }

    @Test
    void seedMeetings() {
        sets.check("seed", Kind.MEETINGS, 0.97, 0.97);
    }

    @Test
    void seedDates() {
        sets.check("seed", Kind.DATES, 0.88, 0.88);
    }
}
