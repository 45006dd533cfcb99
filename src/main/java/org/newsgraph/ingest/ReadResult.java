package org.newsgraph.ingest;

import java.util.List;
import java.util.Objects;

/** What reading one record of input gave: an article, or the reason it was rejected. */
public sealed interface ReadResult {

    /** Where the record came from, for messages: a file and a 1-based line (0 when not line-based). */
    Origin origin();

    record Accepted(Article article, Origin origin, List<String> warnings) implements ReadResult {
        public Accepted {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
            warnings = List.copyOf(warnings);
        }
    }

    record Rejected(Origin origin, String reason) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }

    /** A place in the input: the file (or {@code <stdin>}) and a 1-based line, 0 for a whole file. */
    record Origin(String file, long line) {
        public Origin {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file;
        }
    }
}
