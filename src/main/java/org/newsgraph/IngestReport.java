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
}
