package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Journalists named in credit lines are people: a name of two or more words that the finder types as an
 * organization, after an outlet's possessive ("NPR's Juana Summers contributed to this report") or not, is a
 * person's wherever the article writes it when one of its mentions stands before a credit's words ("contributed
 * to this report", "contributed reporting", "reported from", "reports on", "reports" ending a line; also when other
 * names stand between: "CNN's Jane Doe, John Roe and Mary Major contributed"), in a wire's credit line
 * ("Reporting by Jane Doe; Editing by John Roe") or after a reporter's title ("correspondent Joanna Kakissis"). A name ending in an organization's word ("Acme Group reported") is left as
 * found, and so is one after "the" ("The Associated Press contributed to this report") or after a place's
 * possessive ("Egypt's Ahram Online reports": the country's outlet). Stateless and
 * thread-safe.
 */
final class ReporterNames {

    /** Words after a name that credit a journalist: "contributed to this report", "reports", "reported from". */
    private static final Pattern CREDIT_AFTER = Pattern.compile(
            "(?:,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}){0,6}"
            + "\\s+(contributed (to|reporting)\\b|reported from\\b|reporting from\\b|reports\\s*($|\\n)"
            + "|reports (on|from)\\b)");

    /**
     * A wire's credit line before the name: "(Reporting by Jane Doe and John Roe; Editing by Mary Major)". The
     * text from the credit's words to the name holds only other names, commas and "and".
     */
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?i)(?:additional\\s+)?(?:" + String.join("|", NameRules.CREDIT_OPENERS) + ")\\s+by\\s+"
            + "(?:[\\p{L}.'\u2019-]+(?:\\s+|,\\s*))*$");

    /** Titles before a journalist's name. */
    private static final Set<String> REPORTER_TITLES = Set.of("correspondent", "reporter", "columnist", "writer",
            "editor", "anchor", "host");

    /** Whether a word is a last word that makes a name an organization's ("Corp", "Group"). */
    private final Predicate<String> isOrganizationWord;

    /** Whether the gazetteer knows a word as a place's name. */
    private final Predicate<String> isPlace;

    ReporterNames(Predicate<String> isOrganizationWord, Predicate<String> isPlace) {
        this.isOrganizationWord = isOrganizationWord;
        this.isPlace = isPlace;
    }

    List<Mention> retype(String text, List<Mention> mentions) {
        Set<String> reporters = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && isPersonShaped(m.text()) && !afterAPlacesPossessive(text, m)
                    && isCredited(text, m)) {
                reporters.add(m.text());
            }
        }
        if (reporters.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == EntityType.ORGANIZATION && reporters.contains(m.text())
                    ? new Mention(EntityType.PERSON, m.text(), m.begin(), m.end(), m.sentence(), m.confidence()) : m);
        }
        return out;
    }

    /** Two to four capitalised words of letters, the last no organization's word. */
    private boolean isPersonShaped(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4 || isOrganizationWord.test(words[words.length - 1])
                || words[0].equals("The")) { // "Fox News' Jane Doe and The Associated Press contributed"
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) || w.length() < 2 || !w.chars().allMatch(
                    c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019')
                    || w.chars().skip(1).allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /** A place's possessive before the name ("Egypt's Ahram Online reports"): a country's outlet, no journalist. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*)(?:'s|\u2019s)\\s+$");

    private boolean afterAPlacesPossessive(String text, Mention m) {
        Matcher before = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 40), m.begin()));
        return before.find() && isPlace.test(before.group(1));
    }

    private static boolean isCredited(String text, Mention m) {
        if (m.begin() >= 4 && text.regionMatches(true, m.begin() - 4, "the ", 0, 4)) {
            return false; // "The Associated Press contributed to this report"
        }
        if (CREDIT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 200))
                .useAnchoringBounds(false).lookingAt()) {
            return true;
        }
        int from = m.begin();
        while (from > 0 && m.begin() - from < 120 && "(;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (CREDIT_BEFORE.matcher(text.substring(from, m.begin())).find()) {
            return true;
        }
        int k = m.begin() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int start = k;
        while (start >= 0 && Character.isLetter(text.charAt(start))) {
            start--;
        }
        return k > start && REPORTER_TITLES.contains(text.substring(start + 1, k + 1).toLowerCase(Locale.ROOT));
    }
}
