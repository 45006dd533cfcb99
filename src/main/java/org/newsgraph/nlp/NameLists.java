package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names listed together are of one kind: in a list of three names or more, written with commas and a last "and"
 * or "or" ("AT&amp;T, Bharti Airtel, China Mobile, Orange, Telefonica and Vodafone"), where the finder typed at
 * least two names as organizations and more as organizations than as anything else, a name it typed as a person,
 * or as a place the gazetteer does not know, is an organization too, wherever the article writes it; so is a
 * place the gazetteer knows when it is the list's one such name beside three organizations or more ("Orange"
 * among telecoms operators; a country stays a place by the resolver's rule). A company
 * the finder has not met is often taken for a person or a place; the list says what it is. Stateless and
 * thread-safe.
 */
final class NameLists {

    /** What may stand between two names of one list: a comma, "and" or "or", or both. */
    private static final Pattern BETWEEN = Pattern.compile(",\\s*|,?\\s+(and|or)\\s+");

    /** Whether the gazetteer knows a word as a place's name. */
    private final Predicate<String> isPlace;

    NameLists(Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    List<Mention> retype(String text, List<Mention> mentions) {
        Set<String> companies = new HashSet<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i + 1;
            boolean closed = false;
            while (j < mentions.size() && !closed && mentions.get(j).sentence() == mentions.get(i).sentence()
                    && mentions.get(j - 1).end() <= mentions.get(j).begin()) {
                String between = text.substring(mentions.get(j - 1).end(), mentions.get(j).begin());
                if (!BETWEEN.matcher(between).matches()) {
                    break;
                }
                closed = !between.strip().equals(","); // the list ends after "and" or "or"
                j++;
            }
            if (closed && j - i >= 3) {
                companies.addAll(misTyped(mentions.subList(i, j)));
            }
            i = Math.max(i + 1, closed ? j : j - 1);
        }
        if (companies.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(companies.contains(m.text()) && m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC
                    ? new Mention(EntityType.ORGANIZATION, m.text(), m.begin(), m.end(), m.sentence(), m.confidence())
                    : m);
        }
        return out;
    }

    /** The names of a list that are organizations by the list's other names. */
    private List<String> misTyped(List<Mention> list) {
        int organizations = 0;
        int others = 0;
        for (Mention m : list) {
            if (m.type() == EntityType.ORGANIZATION) {
                organizations++;
            } else if (m.type() != EntityType.MISC) {
                others++;
            }
        }
        if (organizations < 2 || organizations <= others) {
            return List.of();
        }
        // a known place's name stands among companies only where it is the one such name in a long list
        boolean lonePlace = organizations >= 3
                && list.stream().filter(m -> m.type() == EntityType.PLACE && isPlace.test(m.text())).count() == 1;
        List<String> out = new ArrayList<>();
        for (Mention m : list) {
            if (m.type() == EntityType.PERSON
                    || m.type() == EntityType.PLACE && (lonePlace || !isPlace.test(m.text()))) {
                out.add(m.text());
            }
        }
        return out;
    }
}
