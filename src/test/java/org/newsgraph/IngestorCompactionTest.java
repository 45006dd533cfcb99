package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestorCompactionTest {

    @Test
    void compactsAfterALargeIngestIntoAFreshOrSmallerDataset() {
        assertTrue(Ingestor.worthCompacting(10_000, 0));
        assertTrue(Ingestor.worthCompacting(20_000, 5_000));
    }

    @Test
    void compactsAfterReplacingAsManyArticlesAsTheDatasetHolds() {
        assertTrue(Ingestor.worthCompacting(12_000, 12_000));
    }

    @Test
    void leavesSmallIngestsToTheNextLargeOne() {
        assertFalse(Ingestor.worthCompacting(9_999, 0));
    }

    @Test
    void leavesAFreshDatasetOfAFewThousandArticlesUncompacted() {
        assertFalse(Ingestor.worthCompacting(2_000, 0));
    }

    @Test
    void doesNotCopyALargeDatasetForASmallAddition() {
        assertFalse(Ingestor.worthCompacting(10_000, 100_000));
    }
}
