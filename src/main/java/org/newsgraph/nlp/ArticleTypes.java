package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.common.Votes;

/**
 * One name, one type in one article: a name the finder types as a person in one sentence and as a place or an
 * organization in others takes the type most of its mentions have (a tie leaves each mention as found). And a
 * capitalised "Administration" after a person the article names is that person's administration, no
 * organization ("the Bush Administration" after "George W. Bush"): the person is named. Stateless and
 * thread-safe.
 */
final class ArticleTypes {

    private static final String ADMINISTRATION = " Administration";

    List<Mention> apply(List<Mention> mentions) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                people.add(m.text());
                String[] words = m.text().split("\\s+");
                people.add(words[words.length - 1]);
            }
        }
        List<Mention> named = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String t = m.text();
            if (m.type() == EntityType.ORGANIZATION && t.endsWith(ADMINISTRATION)
                    && people.contains(t.substring(0, t.length() - ADMINISTRATION.length()))) {
                int end = m.begin() + t.length() - ADMINISTRATION.length();
                named.add(new Mention(EntityType.PERSON, t.substring(0, end - m.begin()), m.begin(), end,
                        m.sentence(), m.confidence()));
            } else {
                named.add(m);
            }
        }
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention m : named) {
            if (m.type() != EntityType.MISC) {
                votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            }
        }
        List<Mention> out = new ArrayList<>(named.size());
        for (Mention m : named) {
            EntityType type = majority(votes.get(m.text()));
            out.add(type == null || type == m.type() ? m
                    : new Mention(type, m.text(), m.begin(), m.end(), m.sentence(), m.confidence()));
        }
        return out;
    }

    /** The type most votes went to, or null when there is none or a tie at the top. */
    private static EntityType majority(Map<EntityType, Integer> votes) {
        if (votes == null || votes.size() < 2) {
            return null;
        }
        return Votes.winner(votes, type -> true, 1);
    }
}
