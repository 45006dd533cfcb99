package org.newsgraph;

/**
 * Whether an ingest compacts the dataset at its end. A type of its own, not nested in {@link Ingestor}, so that
 * a command line reading the option loads nothing of the pipeline before it has checked its input.
 */
public enum Compaction {
    /** When the run wrote at least {@link Ingestor#COMPACT_AFTER_ARTICLES} articles and as many as the dataset held. */
    AUTO,
    /** Always: the disk space of everything the run replaced is given back before it ends. */
    ALWAYS,
    /** Never: the run ends sooner, the replaced data stays on disk until {@code newsgraph compact}. */
    NEVER
}
