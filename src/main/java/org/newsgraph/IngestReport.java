package org.newsgraph;

import java.util.List;
import org.newsgraph.ingest.ReadResult;

/**
 * What a run did: how many articles went in, how many triples they gave, what was rejected and why, and
 * the warnings (input kept, but with something dropped or replaced).
 */
public record IngestReport(long articles, long triples, List<ReadResult.Rejected> rejected, List<String> warnings) {
    public IngestReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public boolean allAccepted() {
        return rejected.isEmpty();
    }

    /** The counts in one line: "1 article in, 1228 triples, 0 rejected". */
    public String summary() {
        return summary(articles, triples, rejected.size());
    }

    /** The counts line for the given numbers, with the plural right. */
    public static String summary(long articles, long triples, long rejected) {
        return articles + (articles == 1 ? " article" : " articles") + " in, " + triples + " triples, " + rejected
                + " rejected";
    }
}
