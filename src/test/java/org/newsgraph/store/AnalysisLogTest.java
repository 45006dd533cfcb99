package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyses kept beside the dataset: an entry counts only once its batch committed, and the last one wins. */
class AnalysisLogTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(AnalysisLog log, String id) {
        AnalysisLog.Entry e = log.find(List.of(id)).get(id);
        return e == null ? null : log.read(e);
    }

    @Test
    void findsTheLastCommittedEntryOfAnArticle() {
        AnalysisLog log = new AnalysisLog(tmp);
        log.append(Map.of("a", bytes("a1"), "b", bytes("b1")), List.of());
        log.commit();
        log.append(Map.of("a", bytes("a2")), List.of());
        log.commit();
        assertArrayEquals(bytes("a2"), read(log, "a"));
        assertArrayEquals(bytes("b1"), read(log, "b"));
        log.close();
        AnalysisLog reopened = new AnalysisLog(tmp);
        assertArrayEquals(bytes("a2"), read(reopened, "a"), "a later process reads what an earlier one kept");
    }

    @Test
    void ignoresABatchThatWasNotCommitted() {
        AnalysisLog log = new AnalysisLog(tmp);
        log.append(Map.of("a", bytes("a1")), List.of());
        log.commit();
        log.append(Map.of("a", bytes("a2")), List.of());
        log.abort();
        assertArrayEquals(bytes("a1"), read(log, "a"), "an aborted batch does not count");
        log.append(Map.of("a", bytes("a3")), List.of());
        log.close(); // the process ends before the dataset committed
        assertArrayEquals(bytes("a1"), read(new AnalysisLog(tmp), "a"), "nor does one left without its commit");
    }

    @Test
    void survivesAWriteCutShortAndADamagedEntry() throws IOException {
        AnalysisLog log = new AnalysisLog(tmp);
        log.append(Map.of("a", bytes("aaaa")), List.of());
        log.commit();
        log.append(Map.of("b", bytes("bbbb")), List.of());
        log.commit();
        log.close();
        Path segment;
        try (Stream<Path> files = Files.list(tmp)) {
            segment = files.findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
            f.setLength(f.length() - 3); // the last entry's commit and the end of its checksum are lost
            f.seek(1 + 4 + 1 + 4); // the first byte of a's data
            f.write('x');
        }
        AnalysisLog reopened = new AnalysisLog(tmp);
        assertNull(read(reopened, "a"), "damaged bytes are not given out");
        assertNull(read(reopened, "b"), "an entry without its commit is not given out");
    }

    @Test
    void anArticleWrittenWithoutAnalysisHidesItsOlderOne() {
        AnalysisLog log = new AnalysisLog(tmp);
        log.append(Map.of("a", bytes("a1")), List.of());
        log.commit();
        log.append(Map.of(), List.of("a"));
        log.commit();
        assertTrue(log.find(List.of("a")).isEmpty());
    }

    @Test
    void compactionKeepsTheLastEntryOfTheArticlesAsked() throws IOException {
        AnalysisLog log = new AnalysisLog(tmp);
        for (int i = 0; i < 3; i++) {
            log.append(Map.of("a", bytes("a" + i), "b", bytes("b" + i)), List.of());
            log.commit();
        }
        log.close();
        AnalysisLog crashed = new AnalysisLog(tmp);
        crashed.append(Map.of("c", bytes("c0")), List.of());
        crashed.close();
        AnalysisLog other = new AnalysisLog(tmp);
        other.append(Map.of("c", bytes("c1")), List.of());
        other.commit();
        other.compact(Set.of("a", "c")::contains);
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "one segment is left");
        }
        AnalysisLog after = new AnalysisLog(tmp);
        assertArrayEquals(bytes("a2"), read(after, "a"));
        assertArrayEquals(bytes("c1"), read(after, "c"));
        assertNull(read(after, "b"));
        after.append(Map.of("a", bytes("a3")), List.of());
        after.commit();
        assertArrayEquals(bytes("a3"), read(new AnalysisLog(tmp), "a"), "what is written after comes after");
    }
}
