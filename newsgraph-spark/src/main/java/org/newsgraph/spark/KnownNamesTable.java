package org.newsgraph.spark;

import java.io.Serializable;

/**
 * The people the whole input names in full, each with the number of articles that name them, as one compact
 * value for a broadcast: the index a single-machine ingest keeps, built from every article at once.
 */
record KnownNamesTable(String[] names, int[] articles) implements Serializable {
}
