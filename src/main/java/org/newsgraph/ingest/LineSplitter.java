package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream on LF (dropping a CR before it) without decoding, so that one undecodable or
 * over-long line can be rejected on its own while the lines around it are read as usual. Reads in blocks:
 * a 20 MB line costs a few block copies, not 20 million calls. A line longer than the limit is skipped to
 * its end without being kept in memory.
 */
final class LineSplitter {

    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] block = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;

    LineSplitter(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = null;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(block, 0, block.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < limit && block[nl] != '\n') {
                nl++;
            }
            int len = nl - pos;
            if (!tooLong) {
                int kept = buf == null ? 0 : buf.size();
                if (kept + len > maxBytes) {
                    tooLong = true;
                    buf = null;
                } else {
                    if (buf == null) {
                        buf = new ByteArrayOutputStream(Math.max(256, len));
                    }
                    buf.write(block, pos, len);
                }
            }
            if (nl < limit) {
                pos = nl + 1;
                break;
            }
            pos = limit;
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            return new Line(lineNumber, new byte[0], true);
        }
        byte[] bytes = buf == null ? new byte[0] : buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, len - 1);
        }
        return new Line(lineNumber, bytes, false);
    }
}
