package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Two names the finder read as one across "and" ("AT&amp;T and Sprint", "the DNC and Hillary Clinton") are two
 * names when the article or the list of well-known organizations knows one of the two parts as a name of its own:
 * each part takes the type the article gives it elsewhere (or an organization's, when well known), else the
 * span's. So are two names whose first is a body's whole name ("State Department and Treasury Department", "Acme
 * National Committee and Jane Doe"). A name whose last word is a body's word ("Ways and Means Committee") stays
 * whole otherwise. Stateless and
 * thread-safe.
 */
final class JoinedNames {

    private static final String AND = " and ";

    /** Whether a name is a well-known organization's. */
    private final Predicate<String> isKnownOrganization;
    /** Whether a word ends the name of a body ("Committee", "Bank"). */
    private final Predicate<String> isOrganizationWord;

    JoinedNames(Predicate<String> isKnownOrganization, Predicate<String> isOrganizationWord) {
        this.isKnownOrganization = isKnownOrganization;
        this.isOrganizationWord = isOrganizationWord;
    }

    List<Mention> split(List<Mention> mentions) {
        Map<String, EntityType> alone = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.MISC && !m.text().contains(AND)) {
                alone.putIfAbsent(m.text(), m.type());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int at = m.text().indexOf(AND);
            String[] words = m.text().split("\\s+");
            boolean bodyFirst = at > 0 && isBodysName(m.text().substring(0, at));
            if (at <= 0 || m.type() == EntityType.MISC || m.type() == EntityType.PERSON
                    || m.text().indexOf(AND, at + 1) >= 0
                    || isOrganizationWord.test(words[words.length - 1]) && !bodyFirst) {
                out.add(m);
                continue;
            }
            String left = m.text().substring(0, at);
            String right = m.text().substring(at + AND.length());
            EntityType leftType = bodyFirst ? EntityType.ORGANIZATION : typeOf(left, alone);
            EntityType rightType = typeOf(right, alone);
            if (leftType == null && rightType == null) {
                out.add(m);
                continue;
            }
            int rightBegin = m.begin() + at + AND.length();
            out.add(new Mention(leftType != null ? leftType : m.type(), left, m.begin(), m.begin() + left.length(),
                    m.sentence(), m.confidence()));
            out.add(new Mention(rightType != null ? rightType : m.type(), right, rightBegin,
                    rightBegin + right.length(), m.sentence(), m.confidence()));
        }
        return out;
    }

    /**
     * Whether a part before "and" is a body's whole name: two or more words, the last a body's word ("State
     * Department", "Acme National Committee"); "Ways" of "Ways and Means Committee" is not.
     */
    private boolean isBodysName(String part) {
        String[] words = part.split("\\s+");
        return words.length >= 2 && isOrganizationWord.test(words[words.length - 1]);
    }

    /** The type the article or the well-known names give a part, or null when neither knows it. */
    private EntityType typeOf(String part, Map<String, EntityType> alone) {
        EntityType seen = alone.get(part);
        if (seen != null) {
            return seen;
        }
        return isKnownOrganization.test(part) ? EntityType.ORGANIZATION : null;
    }
}
