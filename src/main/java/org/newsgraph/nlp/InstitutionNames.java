package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names of institutions that the finder, trained on 1996 newswire, types as people or places, found by how news
 * English writes them. Stateless and thread-safe.
 * <ul>
 *   <li>A title's capitalised "The" inside a sentence makes the name after it an outlet's or another body's
 *       ("an opinion contributor for The Hill", "a reporter for The New Yorker magazine"): a name typed as a
 *       person, or as a place the gazetteer does not know ("The Hague" stays), is an organization.</li>
 *   <li>A university or college's first word alone names it where the article also names it in full ("Harvard
 *       University ... Harvard said"): a one-word name typed as a person or a place is an organization, unless
 *       the article also names a person with that word ("Jane Howard") or the gazetteer knows it as a place
 *       ("Indiana University ... Indiana").</li>
 * </ul>
 */
final class InstitutionNames {

    /** Last words of the names of universities and colleges (ANNOTATION.md: organizations, no second type). */
    static final Set<String> SCHOOL_WORDS = Set.of("University", "College");

    /** Whether the gazetteer knows a word as a country, city or region. */
    private final Predicate<String> isPlace;

    InstitutionNames(Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    /**
     * The mentions, those of institutions typed as people or places retyped as organizations.
     *
     * @param text      the article's text, which the mentions' offsets point into
     * @param sentences the article's sentences, indexed as the mentions' {@code sentence}
     * @param mentions  the article's mentions, in order
     */
    List<Mention> retype(String text, List<Sentence> sentences, List<Mention> mentions) {
        Set<String> schools = new HashSet<>();
        Set<String> inFullNames = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.text().split("\\s+");
            if (m.type() == EntityType.ORGANIZATION && words.length == 2 && SCHOOL_WORDS.contains(words[1])) {
                schools.add(words[0]);
            }
            if (m.type() == EntityType.PERSON && words.length > 1) {
                inFullNames.addAll(List.of(words));
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean personOrPlace = m.type() == EntityType.PERSON || m.type() == EntityType.PLACE;
            boolean institution = personOrPlace && !isPlace.test(m.text())
                    && (afterTitleThe(text, sentences, m)
                    || schools.contains(m.text()) && !inFullNames.contains(m.text()));
            out.add(institution ? new Mention(EntityType.ORGANIZATION, m.text(), m.begin(), m.end(), m.sentence(),
                    m.confidence()) : m);
        }
        return out;
    }

    /** Whether "The" stands right before the mention and is not the first word of its sentence or quotation. */
    static boolean afterTitleThe(String text, List<Sentence> sentences, Mention m) {
        int the = m.begin() - 4;
        if (the < 1 || !text.startsWith("The ", the)) {
            return false;
        }
        int sentenceBegin = m.sentence() >= 0 && m.sentence() < sentences.size()
                ? sentences.get(m.sentence()).begin() : 0;
        if (the <= sentenceBegin) {
            return false;
        }
        int k = the - 1;
        while (k > sentenceBegin && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        char before = text.charAt(k);
        return Character.isLetterOrDigit(before) || before == ',';
    }
}
