package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream on LF (dropping a CR before it) without decoding, so that one undecodable or
 * over-long line can be rejected on its own while the lines around it are read as usual.
 */
final class LineSplitter {

    record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private long lineNumber;

    LineSplitter(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (buf.size() < maxBytes) {
                buf.write(b);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, len - 1);
        }
        return new Line(lineNumber, tooLong ? new byte[0] : bytes, tooLong);
    }
}
