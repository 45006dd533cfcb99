package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * The byline at the head of an article: a line of its own, among the first few, that reads "By Joshua
 * Marks, Amelie Botbol, JNS" or "By Jane Doe and John Roe". Names are separated by commas, "and" or "&";
 * the last item is the outlet when it is one word, written in capitals, or ends in an organization word
 * ("News", "Agency", see {@link RoleLexicon}); a place after "in" ("By Jane Doe in London") is dropped.
 * A person's name is two to four capitalised words. A first line of names alone, with no "By" and a blank line
 * after it ("Eliza Collins and Erin Kelly"), is a byline too. Each author is also a reporter of the outlet (a
 * role fact, with no organization when the byline names no outlet). Stateless; safe to share between threads.
 */
public final class BylineExtractor implements FactExtractor {

    /** How many lines from the top a byline may stand on. */
    static final int HEAD_LINES = 6;

    private static final Pattern BYLINE = Pattern.compile("^[ \\t]*[Bb][Yy][ \\t]+(\\S.*?)[ \\t]*$",
            Pattern.MULTILINE);
    /** The article's first line, when a blank line follows it. */
    private static final Pattern FIRST_LINE = Pattern.compile("\\A\\s*([^\\n]*\\S)[ \\t]*\\n[ \\t]*\\n");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*");
    private static final Pattern PARTICLE = Pattern.compile("(?i)de|van|von|der|bin|al|da|la|le|du|di");

    private final RoleLexicon lexicon = RoleLexicon.bundled();

    BylineExtractor() {
    }

    @Override
    public String name() {
        return "bylines";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> gives() {
        return java.util.Set.of(Fact.Authorship.class, Fact.Role.class);
    }

    @Override
    public List<Fact> extract(Layers layers) {
        AnnotatedDocument document = layers.document();
        String text = document.text();
        int headEnd = 0;
        for (int lines = 0; lines < HEAD_LINES && headEnd >= 0 && headEnd < text.length(); lines++) {
            int nl = text.indexOf('\n', headEnd);
            headEnd = nl < 0 ? text.length() : nl + 1;
        }
        Matcher m = BYLINE.matcher(text);
        m.region(0, Math.min(text.length(), Math.max(headEnd, 0)));
        while (m.find()) {
            Fact.Authorship fact = byline(document, m.start(1), m.end(1));
            if (fact != null) {
                return withReporters(fact);
            }
        }
        Matcher first = FIRST_LINE.matcher(text);
        if (first.find()) {
            // "Eliza Collins and Erin Kelly" on the article's first line, with no "By": names alone make a byline
            Fact.Authorship fact = byline(document, first.start(1), first.end(1));
            if (fact != null && fact.outlet() == null) {
                return withReporters(fact);
            }
        }
        return List.of();
    }

    /**
     * The byline and a reporter role for each of its authors: "By Jane Doe, Acme News" makes Jane Doe a
     * reporter of Acme News, "By Jane Doe" a reporter with no organization.
     */
    private static List<Fact> withReporters(Fact.Authorship byline) {
        List<Fact> out = new ArrayList<>();
        out.add(byline);
        Evidence e = byline.evidence();
        for (Mention author : byline.authors()) {
            out.add(new Fact.Role(author, "reporter", byline.outlet(), Fact.Qualifier.CURRENT,
                    new Evidence(e.sentence(), e.begin(), e.end(), e.confidence(), "bylines#byline-reporter")));
        }
        return out;
    }

    private Fact.Authorship byline(AnnotatedDocument document, int begin, int end) {
        String text = document.text();
        String line = text.substring(begin, end);
        Matcher tail = PLACE_TAIL.matcher(line);
        if (tail.find()) {
            line = line.substring(0, tail.start());
        }
        Sentence sentence = document.sentenceAt(begin);
        if (sentence == null) {
            return null;
        }
        List<int[]> items = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(line);
        int from = 0;
        while (sep.find()) {
            items.add(new int[] {from, sep.start()});
            from = sep.end();
        }
        items.add(new int[] {from, line.length()});
        items.removeIf(i -> i[1] <= i[0]);
        if (items.isEmpty()) {
            return null;
        }
        List<Mention> authors = new ArrayList<>();
        Mention outlet = null;
        for (int k = 0; k < items.size(); k++) {
            int b = begin + items.get(k)[0];
            int e = begin + items.get(k)[1];
            String item = text.substring(b, e);
            String[] words = item.split("\\s+");
            boolean last = k == items.size() - 1;
            if (last && k > 0 && isOutlet(words)) {
                outlet = new Mention(EntityType.ORGANIZATION, item, b, e, sentence.index(), 0.8);
            } else if (isName(words)) {
                authors.add(new Mention(EntityType.PERSON, item, b, e, sentence.index(), 0.85));
            } else {
                return null;
            }
        }
        if (authors.isEmpty()) {
            return null;
        }
        return new Fact.Authorship(authors, outlet, new Evidence(sentence.index(), begin, end, 0.85, "bylines#byline"));
    }

    private boolean isOutlet(String[] words) {
        if (words.length == 1) {
            return true;
        }
        String joined = String.join(" ", words);
        return joined.equals(joined.toUpperCase(java.util.Locale.ROOT)) && words.length < 2
                || lexicon.isOrgSuffix(words[words.length - 1]);
    }

    private static boolean isName(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
