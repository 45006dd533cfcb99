package org.newsgraph.summary;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One per-article fact as a summary counts it: the fact node, the graph of its article, the article's
 * publication day (null when the article gives none) and outlet (its publisher node, null when none), the
 * fact's confidence, and for a meeting whether the article reports it as planned.
 */
record Support(String fact, String article, LocalDate published, String outlet, double confidence, boolean planned) {

    /** The order supports are kept and read in, so that every result is the same whatever order they came in. */
    static final Comparator<Support> ORDER = Comparator.comparing(Support::article).thenComparing(Support::fact);
}
