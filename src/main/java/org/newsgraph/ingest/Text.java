package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: binary and mis-encoded input is rejected, never silently mangled. */
final class Text {

    static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }

    private Text() {
    }

    static String decode(byte[] bytes) throws NotTextException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotTextException("binary content (NUL bytes), not text");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid UTF-8");
        }
    }
}
