package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The labels news English gives a legislator's party, from {@code /lexicon/parties.tsv}: the letter of a
 * party-and-state tag after a name ("Rep. John Roe (D-Mich.)", "Sen. Jane Doe, R-Ariz.,", "Sen. Jon Tester
 * (D)") and a member's noun ("a Michigan Democrat"). Each gives the party's name as the organization of a
 * member fact. Immutable; safe to share between threads.
 */
final class PartyLabels {

    static final String RESOURCE = "/lexicon/parties.tsv";

    /** "D-Calif", "R-Ky.", "D-N.Y.", "R-S.C": a tag letter, a hyphen and a capitalised state abbreviation. */
    private static final Pattern TAG_AND_STATE = Pattern.compile("([A-Z])-[A-Z][A-Za-z.]{0,12}");

    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> nouns = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    /** The parties' names the nouns and groups stand for ("Republican Party"). */
    private final Set<String> parties = new HashSet<>();

    private PartyLabels() {
        for (String[] row : Lexicons.table(RESOURCE, 3)) {
            String kind = row[1].strip();
            switch (kind) {
                case "tag" -> tags.put(row[0].strip(), row[2].strip());
                case "noun" -> nouns.put(row[0].strip().toLowerCase(Locale.ROOT), row[2].strip());
                case "group" -> groups.put(row[0].strip().toLowerCase(Locale.ROOT), row[2].strip());
                default -> throw new NewsGraphException.ConfigException(RESOURCE + ": unknown kind '" + kind
                        + "' in '" + String.join("\t", row) + "'");
            }
        }
        parties.addAll(nouns.values());
        parties.addAll(groups.values());
    }

    private static final PartyLabels BUNDLED = new PartyLabels();

    static PartyLabels bundled() {
        return BUNDLED;
    }

    /**
     * A party tag from token k: "D-Calif" (and the full stop the tokenizer cut off), "R-Ky.", "D" "-" "Ore.";
     * with {@code bare} also a lone letter ("(D)"). Returns the span [k, end) with the party as an
     * organization mention over the tag's letter, or null.
     */
    Span tagAt(RoleSentence v, int k, boolean bare) {
        if (k >= v.size()) {
            return null;
        }
        String w = v.word(k);
        int end;
        String letter;
        java.util.regex.Matcher m = TAG_AND_STATE.matcher(w);
        if (m.matches()) {
            letter = m.group(1);
            end = k + 1;
        } else if (tags.containsKey(w) && k + 2 < v.size() && v.is(k + 1, "-") && adjoining(v, k, k + 1)
                && adjoining(v, k + 1, k + 2) && v.capitalised(k + 2)) {
            letter = w;
            end = k + 3;
        } else if (w.length() == 2 && w.endsWith("-") && tags.containsKey(w.substring(0, 1)) && k + 1 < v.size()
                && adjoining(v, k, k + 1) && v.capitalised(k + 1)) {
            letter = w.substring(0, 1); // "R-" "S.C."
            end = k + 2;
        } else if (bare && tags.containsKey(w)) {
            letter = w;
            end = k + 1;
        } else {
            return null;
        }
        String party = tags.get(letter);
        if (party == null) {
            return null;
        }
        if (end < v.size() && v.is(end, ".") && adjoining(v, end - 1, end)) {
            end++;
        }
        int begin = v.t.get(k).begin();
        return new Span(k, end, new Mention(EntityType.ORGANIZATION, party, begin, begin + 1, v.sentence.index(), 0.7));
    }

    /** A member's noun at token k ("Democrat", "Republican", "GOP"): the party as a mention over it, or null. */
    Span nounAt(RoleSentence v, int k) {
        if (k >= v.size() || !v.capitalised(k)) {
            return null;
        }
        String party = nouns.get(v.fold(k));
        if (party == null) {
            return null;
        }
        return new Span(k, k + 1, new Mention(EntityType.ORGANIZATION, party, v.t.get(k).begin(), v.t.get(k).end(),
                v.sentence.index(), 0.7));
    }

    /**
     * The party's members as a group at token k: a plural noun ("Democrats", "Republicans"), or the party's
     * adjective or member's noun before a plural title ("Democratic senators", "Republican lawmakers", "GOP
     * Sens."). Returns the span [k, end) with the party as a mention over its word, or null.
     */
    Span groupAt(RoleSentence v, int k) {
        if (k >= v.size() || !v.capitalised(k)) {
            return null;
        }
        String w = v.fold(k);
        String party = groups.containsKey(w) && w.endsWith("s") ? groups.get(w) : null;
        int end = k + 1;
        if (party == null && k + 1 < v.size() && RoleLexicon.bundled().isPluralHead(v.word(k + 1))) {
            party = groups.containsKey(w) ? groups.get(w) : nouns.get(w);
            end = k + 2;
        }
        if (party == null) {
            return null;
        }
        return new Span(k, end, new Mention(EntityType.ORGANIZATION, party, v.t.get(k).begin(), v.t.get(k).end(),
                v.sentence.index(), 0.7));
    }

    /** The span of a party group that ends at token {@code end} (exclusive), or null. */
    Span groupEndingAt(RoleSentence v, int end) {
        for (int k = Math.max(0, end - 2); k < end; k++) {
            Span s = groupAt(v, k);
            if (s != null && s.to() == end) {
                return s;
            }
        }
        return null;
    }

    /**
     * The party a single capitalised word names, as an adjective or a member's noun ("Democratic",
     * "Republican", "GOP"), or null; plural groups ("Democrats") are not such a word.
     */
    String partyOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || w.endsWith("s") && groups.containsKey(w)) {
            return null;
        }
        return nouns.containsKey(w) ? nouns.get(w) : groups.get(w);
    }

    /** Whether a name is a party's: its word ("GOP", "Democratic"), its members ("Republicans"), "... Party". */
    boolean namesAParty(String name) {
        String w = name.strip().toLowerCase(Locale.ROOT);
        return nouns.containsKey(w) || groups.containsKey(w) || w.endsWith(" party")
                || parties.contains(name.strip());
    }

    /** Whether a party tag stands alone in the brackets from token k: "(D)", "(R)". */
    boolean isTag(String word) {
        return tags.containsKey(word);
    }

    private static boolean adjoining(RoleSentence v, int a, int b) {
        return v.t.get(a).end() == v.t.get(b).begin();
    }
}
