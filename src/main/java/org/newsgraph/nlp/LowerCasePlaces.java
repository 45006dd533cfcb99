package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.common.Lexicons;

/**
 * Places whose names news English writes in lower case ({@value #RESOURCE}: "euro zone", "eurozone", "euro area"),
 * which a name finder reading capitals never finds: each time the text writes one, as a word of its own and where
 * no person's, organization's or place's name lies, it is a place's name (a name of no kind the finder read there,
 * such as "euro", gives way). Stateless and thread-safe.
 */
final class LowerCasePlaces {

    static final String RESOURCE = "/models/ner-lowercase-places.txt";

    /** Confidence of a place found by its name alone. */
    private static final double CONFIDENCE = 0.9;

    private final Pattern names;

    LowerCasePlaces() {
        List<String> alternatives = new ArrayList<>();
        for (String line : Lexicons.lines(RESOURCE)) {
            String name = line.strip();
            alternatives.add("[" + Character.toUpperCase(name.charAt(0)) + name.charAt(0) + "]"
                    + Pattern.quote(name.substring(1)).replace(" ", "\\E[ -]\\Q"));
        }
        alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /** The mentions with the lower-case places the text writes added, sorted by offset. */
    List<Mention> add(String text, List<Sentence> sentences, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        Matcher m = names.matcher(text);
        while (m.find()) {
            int begin = m.start();
            int end = m.end();
            boolean taken = found.stream().anyMatch(f -> f.begin() < end && begin < f.end()
                    && f.type() != EntityType.MISC);
            Sentence sentence = sentenceAt(sentences, begin);
            if (!taken && sentence != null) {
                // the finder may have read "euro" as a word of a name of no kind (MISC): the region is the name
                out.removeIf(f -> f.begin() < end && begin < f.end());
                out.add(new Mention(EntityType.PLACE, m.group(), begin, end, sentence.index(), CONFIDENCE));
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
