package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;

/** The values the job passes between its steps; Spark serialises them between executors. */
final class Records {

    private Records() {
    }

    /**
     * One input record as read: the file, where in it (a byte offset for JSON Lines, a row number for Parquet),
     * the start of its split and its index there (to count lines by, when it has to be reported), and its bytes.
     */
    record Line(String file, long position, long splitStart, long indexInSplit, byte[] bytes) implements Serializable {
    }

    /** Where a record came from, in input order: the file, then the position in it. */
    record Position(String file, long position) implements Serializable, Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            int c = file.compareTo(o.file);
            return c != 0 ? c : Long.compare(position, o.position);
        }
    }

    /** A record that was not an article: where it was and why. */
    record Rejected(String file, long position, long splitStart, long indexInSplit, String reason)
            implements Serializable {
    }

    /** What the first pass read from an article: its analysis, and the people it names in full. */
    record Analysed(String id, byte[] analysis, String[] names) implements Serializable {
    }

    /** What the second pass made of an article: its N-Quads, and its rows of each fact table. */
    record Produced(String id, String nquads, List<List<Object[]>> rows) implements Serializable {
    }
}
