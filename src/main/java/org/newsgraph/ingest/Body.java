package org.newsgraph.ingest;

import java.util.List;

/** The checks every article body goes through, whatever its format: HTML clean-up and length. */
final class Body {

    private Body() {
    }

    /**
     * The body as it will be stored: HTML reduced to its text (with a warning), anything else unchanged.
     * Adds a warning when the body is longer than {@link Article#ANALYSED_CHARS}. Returns null when no
     * text is left.
     */
    static String prepare(String text, List<String> warnings) {
        String body = text;
        if (Html.looksLikeHtml(body)) {
            body = Html.toText(body);
            warnings.add("text is HTML: markup removed, " + body.length() + " characters of text kept");
        }
        if (body.isBlank()) {
            return null;
        }
        if (body.length() > Article.ANALYSED_CHARS) {
            warnings.add("text has " + body.length() + " characters: all of it is stored, facts are read from "
                    + "the first " + Article.ANALYSED_CHARS);
        }
        return body;
    }
}
