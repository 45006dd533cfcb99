package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.nlp.EntityType;

/**
 * An in-memory index of full person names by their surname, safe for concurrent reads and additions.
 * Names are compared by their entity key, so case and diacritics do not matter. The surname is the last word
 * but for a generational suffix ("James Baker III", "Martin Luther King Jr." are found under Baker and King).
 */
public final class SurnameIndex implements KnownNames {

    private record Entry(String name, int articles) {
    }

    /** surname (folded) → entity key → entry */
    private final Map<String, Map<String, Entry>> bySurname = new ConcurrentHashMap<>();

    /**
     * Adds a full name seen in {@code articles} articles; a name of one word, or an honorific and a surname
     * ("Mrs Howard"), is not a full name and is ignored.
     */
    public void add(EntityType type, String fullName, int articles) {
        if (type != EntityType.PERSON) {
            return;
        }
        String[] words = NameForms.withoutSuffix(fullName.strip().split("\\s+"));
        if (words.length < 2 || NameForms.isHonorific(words[0])) {
            return;
        }
        String key = EntityKeys.key(type, fullName);
        bySurname.computeIfAbsent(fold(words[words.length - 1]), k -> new ConcurrentHashMap<>())
                .merge(key, new Entry(fullName, articles), SurnameIndex::merge);
    }

    /**
     * Two spellings of one person ("George W. Bush", "George W Bush"): the counts add up and the name kept is
     * the first in code-point order, so that it does not depend on the order the articles came in.
     */
    private static Entry merge(Entry a, Entry b) {
        String name = a.name.compareTo(b.name) <= 0 ? a.name : b.name;
        return new Entry(name, a.articles + b.articles);
    }

    /** Forgets every name. */
    public void clear() {
        bySurname.clear();
    }

    @Override
    public List<Candidate> candidates(EntityType type, String shortName) {
        if (type != EntityType.PERSON) {
            return List.of();
        }
        String[] parts = shortName.strip().split("\\s+");
        Map<String, Entry> entries = bySurname.get(fold(parts[parts.length - 1]));
        if (entries == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            String[] words = NameForms.withoutSuffix(e.name.split("\\s+"));
            if (words.length > parts.length && endsWith(words, parts)) {
                out.add(new Candidate(e.name, e.articles));
            }
        }
        out.sort(Comparator.comparing(Candidate::name));
        return out;
    }

    private static boolean endsWith(String[] words, String[] parts) {
        for (int i = 0; i < parts.length; i++) {
            if (!fold(words[words.length - parts.length + i]).equals(fold(parts[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String word) {
        return EntityKeys.slug(word).toLowerCase(Locale.ROOT);
    }
}
