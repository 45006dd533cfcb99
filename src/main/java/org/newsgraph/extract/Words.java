package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.common.Lexicons;

/**
 * The closed word classes the extractors' readers share, from {@code /lexicon/words.tsv} (see
 * {@code words.md}), read once through {@link Lexicons}.
 */
final class Words {

    static final String RESOURCE = "/lexicon/words.tsv";
    static final String DATE_WORDS = "/lexicon/dates-words.tsv";

    static final Set<String> DETERMINERS = list("determiner");
    static final Set<String> POSSESSIVE_PRONOUNS = list("possessive-pronoun");
    static final Set<String> NAME_PARTICLES = list("name-particle");
    static final Set<String> HONORIFICS = list("honorific");
    static final Set<String> SENTENCE_OPENERS = list("sentence-opener");
    static final Set<String> COMPANY_TITLES = list("company-title");
    static final Set<String> RANKS = list("rank");
    static final Set<String> REFERRING_ORGANIZATIONS = list("referring-organization");
    static final Set<String> REFERRING_PLACES = list("referring-place");
    static final Set<String> REFERRING_BY_NAME = list("referring-by-name");
    static final Set<String> ORGANIZATION_KINDS = list("organization-kind");
    static final Set<String> BUSINESS_TITLES = list("business-title");
    static final Set<String> SPOKESPERSON_TITLES = list("spokesperson-title");
    static final Set<String> NAMED_GROUPS = list("named-group");
    static final Set<String> NATIONAL_OFFICES = list("national-office");
    static final Set<String> NAME_OPENING_TITLES = list("name-opening-title");
    /** "Acme Inc also said", "Acme Inc today announced": the words between a company and its "said". */
    static final Set<String> OPENING_ADVERBS_BEFORE_SAID = Set.of("also", "today", "yesterday", "earlier", "later");
    /** Month and weekday names of the date lexicon, folded, abbreviations without their full stop. */
    static final Set<String> DATE_NAMES = dateNames();
    static final Set<String> NOT_A_NAME = union(list("not-a-name"), DATE_NAMES);
    /** Weekday names of the date lexicon, folded. */
    static final Set<String> WEEKDAYS = dateNames("weekday");

    private Words() {
    }

    static Set<String> list(String name) {
        return Lexicons.list(RESOURCE, name);
    }

    private static Set<String> dateNames() {
        return union(dateNames("month"), dateNames("weekday"));
    }

    private static Set<String> dateNames(String kind) {
        Set<String> out = new HashSet<>();
        for (String[] row : Lexicons.table(DATE_WORDS, 3)) {
            if (row[1].strip().equals(kind)) {
                String w = row[0].strip().toLowerCase(Locale.ROOT);
                out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return Set.copyOf(out);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
