package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.common.Lexicons;

/**
 * A party's short names, members' nouns and adjective as one organization's names ({@code /lexicon/parties.tsv},
 * kinds {@code noun} and {@code group}): "GOP", "Republicans" and "Republican Party" in one article are one
 * entity, the party's name (ANNOTATION.md: the group nouns are the party's aliases). The single-letter tags of
 * "(R-Ohio)" are no names. Immutable and thread-safe.
 */
final class PartyNames {

    static final String RESOURCE = "/lexicon/parties.tsv";

    private static final PartyNames BUNDLED = new PartyNames();

    private final Map<String, String> parties = new HashMap<>();

    private PartyNames() {
        for (String[] row : Lexicons.table(RESOURCE, 3)) {
            String kind = row[1].strip();
            if (kind.equals("noun") || kind.equals("group")) {
                parties.put(row[0].strip().toLowerCase(Locale.ROOT), row[2].strip());
            }
        }
    }

    static PartyNames bundled() {
        return BUNDLED;
    }

    /** The party a name written as an organization's stands for ("GOP" → "Republican Party"), if any. */
    Optional<String> party(String name) {
        return Optional.ofNullable(parties.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
