package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private static LineSplitter split(String s, int max) {
        return new LineSplitter(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String text(LineSplitter.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnLineFeedDropsCarriageReturnAndKeepsALastLineWithoutNewline() throws IOException {
        LineSplitter lines = split("one\r\n\ntwo\nthree", 100);
        assertEquals("one", text(lines.next()));
        assertEquals("", text(lines.next()));
        assertEquals("two", text(lines.next()));
        LineSplitter.Line last = lines.next();
        assertEquals("three", text(last));
        assertEquals(4, last.number());
        assertNull(lines.next());
    }

    @Test
    void readsLinesLongerThanItsBlockWhole() throws IOException {
        String big = "x".repeat(200_000) + "y";
        LineSplitter lines = split(big + "\nafter\n", 1_000_000);
        byte[] first = lines.next().bytes();
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), first);
        assertEquals("after", text(lines.next()));
        assertNull(lines.next());
    }

    @Test
    void marksAnOverLongLineAndGoesOnWithTheNext() throws IOException {
        LineSplitter lines = split("short\n" + "z".repeat(150_000) + "\nnext\n", 100_000);
        assertFalse(lines.next().tooLong());
        LineSplitter.Line longLine = lines.next();
        assertTrue(longLine.tooLong());
        assertEquals(2, longLine.number());
        assertEquals("next", text(lines.next()));
        assertNull(lines.next());
    }
}
