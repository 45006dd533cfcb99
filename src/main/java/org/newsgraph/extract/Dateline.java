package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * A wire dateline: the text opens with the place the story was filed from, in capitals or not, then the date
 * or the news agency (or both) and a dash ("MOSCOW, April 13 -", "LONDON, March 1 (Reuters) -", "JEDDAH,
 * Saudi Arabia (AP) -"). The place is made a mention, its capitals turned to a name's case ("MOSCOW" to
 * "Moscow"): held meetings with no place in their sentence took place there. The names inside the dateline
 * (the place, the agency) take part in no meeting.
 *
 * @param place the dateline's place, or null when the article has no dateline
 * @param end   where the dateline ends in the article text, 0 when there is none
 */
record Dateline(Mention place, int end) {

    /** Place, region, date and news agency of a dateline; the date or the agency (or both) must be there. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Za-z.'\\- ]{1,40}?)(?:,\\s*[A-Z][A-Za-z.' ]{1,30})?"
                    + "(,\\s*[A-Z][A-Za-z]{2,9}\\.?\\s+\\d{1,2})?"
                    + "\\s*(\\(\\s*[A-Z][A-Za-z.&' ]{1,30}\\))?\\s*[-\u2013\u2014]");

    static final Dateline NONE = new Dateline(null, 0);

    static Dateline of(AnnotatedDocument doc) {
        Matcher m = DATELINE.matcher(doc.text());
        if (!m.find() || m.group(2) == null && m.group(3) == null || doc.sentences().isEmpty()) {
            return NONE;
        }
        String place = m.group(1).strip();
        int b = m.start(1);
        String name = place;
        if (place.equals(place.toUpperCase(Locale.ROOT))) {
            StringBuilder sb = new StringBuilder();
            for (String w : place.toLowerCase(Locale.ROOT).split(" ")) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            name = sb.toString();
        }
        return new Dateline(new Mention(EntityType.PLACE, name, b, b + place.length(), doc.sentences().get(0).index(),
                0.7), m.end());
    }
}
