package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The signs in an article's own words that a name the finder calls a person (or a place the gazetteer does not
 * know) names a company: what stands before it ("telecoms firm Qwest", "a stake in Qwest"), after it ("Heineken shares", "Qwest's chief executive"),
 * beside it ("Mittal Steel, one of the largest steel producers"), the pronoun that follows ("Qwest said its bid",
 * against "Brown said his"; "Acme, which" against "Doe, who"), a stock code ("Acme Corp (ACME.N)"), the analyst or
 * economist after it ("Acme analyst Jane Doe"), its legal name elsewhere ("Acme Inc"), and the finder itself
 * typing it so elsewhere in the article. A model trained on 1996 newswire takes many companies it has not met for
 * people. Stateless and thread-safe.
 */
final class CompanySigns {

    /** Words before a name that call it a company or other organization ("telecoms firm Qwest"). */
    private static final Set<String> ORGANIZATION_BEFORE = Set.of("firm", "company", "group",
            "giant", "maker", "carrier", "airline", "bank", "lender", "insurer", "retailer", "brewer", "rival", "operator",
            "conglomerate", "manufacturer", "producer", "supplier", "chain", "subsidiary", "unit", "club", "band",
            "broadcaster", "newspaper", "agency", "startup", "outfit", "exchange", "corporation");

    /** Words two before a name, with "in" or "of" between, that make it a company ("a stake in Qwest"). */
    private static final Set<String> HOLDING_IN = Set.of("stake", "stakes", "shares",
            "shareholders", "shareholder", "investors", "investor", "holders");

    /** Words after a name (or its "'s") that make it a company ("Heineken shares", "Qwest's chief executive"). */
    private static final Set<String> ORGANIZATION_AFTER = Set.of("shares", "stock", "shareholders",
            "profits", "profit", "revenues", "revenue", "sales", "earnings", "chief", "boss", "bosses", "executive",
            "executives",
            "board", "subsidiary", "unit", "division", "arm", "brand", "plant", "factory", "spokesman", "spokeswoman",
            "spokesperson", "inc", "inc.", "corp", "corp.", "plc", "ltd", "ltd.", "ag", "sa", "nv", "llc");

    /**
     * Jobs news English writes between a firm and its employee's name ("Espirito Santo analyst Gerald Khoo",
     * "Acme's economist Jane Doe"); no person is written before them so.
     */
    private static final Set<String> FIRM_STAFF = Set.of("analyst", "analysts", "economist", "economists",
            "strategist", "strategists");

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "his", "him", "she", "her",
            "himself", "herself");

    /** Whether a word is a title that stands before a person's name ("Mr", "President"). */
    private final Predicate<String> isTitle;

    /** Whether the gazetteer knows a name as a place's. */
    private final Predicate<String> isPlace;

    /** Whether a name is a well-known organization's ({@link KnownNames}). */
    private final Predicate<String> isKnownOrganization;

    CompanySigns(Predicate<String> isTitle, Predicate<String> isPlace, Predicate<String> isKnownOrganization) {
        this.isTitle = isTitle;
        this.isPlace = isPlace;
        this.isKnownOrganization = isKnownOrganization;
    }

    /**
     * A name the finder calls a person that the article's own words call a company ("firm Qwest", "Heineken
     * shares", "Qwest said its bid ...", or the finder itself elsewhere in the article) more often than a person
     * ("said his") is typed as an organization: a single word when the article never names it in full or with a
     * title (news introduces people so), a longer name when the signs are at least two and no title stands before
     * it ("Deutsche Boerse said its ...", "shares in Cadbury Schweppes"). The finder, trained on 1996 newswire,
     * takes many companies it has not met for people.
     *
     * @param mentions an article's mentions, in order
     * @param where    per mention, {sentence, first word, end word} in {@code words}
     * @param words    the article's sentences, as the finder's words
     * @return the mentions, those taken for people that name companies typed as organizations
     */
    List<Mention> retype(List<Mention> mentions, List<int[]> where, String[][] words) {
        Set<String> inFullNames = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        Set<String> knownPlaces = new HashSet<>(); // places the gazetteer knows that name well-known firms too
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE && isPlace.test(m.text()) && isKnownOrganization.test(m.text())) {
                candidates.add(m.text());
                knownPlaces.add(m.text());
            } else if (m.type() == EntityType.PLACE && !isPlace.test(m.text())) {
                candidates.add(m.text());
            } else if (m.type() == EntityType.PERSON) {
                candidates.add(m.text());
                if (m.text().contains(" ")) {
                    inFullNames.addAll(List.of(m.text().split("\\s+")));
                }
            }
        }
        if (candidates.isEmpty()) {
            return mentions;
        }
        Set<String> titled = new HashSet<>();
        for (String[] sentence : words) {
            for (int i = 1; i < sentence.length; i++) {
                if (isTitle.test(sentence[i - 1])) {
                    titled.add(sentence[i]);
                }
            }
        }
        Map<String, Integer> evidence = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (!candidates.contains(m.text())) {
                continue;
            }
            int[] at = where.get(k);
            if (m.type() == EntityType.ORGANIZATION) {
                // the finder itself called it a company here; a stock code after it says so twice
                evidence.merge(m.text(), NameRules.tickerAt(words[at[0]], at[2]) ? 2 : 1, Integer::sum);
            } else if (m.type() != EntityType.MISC && at[2] - at[1] > 1) {
                evidence.merge(m.text(), organizationEvidence(words[at[0]], at[1], at[2]), Integer::sum);
            }
        }
        for (Mention m : mentions) { // "Liz Claiborne Inc" names the company that "Liz Claiborne" is
            String bare = m.type() == EntityType.ORGANIZATION ? withoutLegalEnding(m.text()) : null;
            if (bare != null && candidates.contains(bare)) {
                evidence.merge(bare, 2, Integer::sum);
            }
        }
        for (String[] sentence : words) { // a one-word name: every time the article writes it, named or not
            for (int i = 0; i < sentence.length; i++) {
                if (candidates.contains(sentence[i])) {
                    evidence.merge(sentence[i], organizationEvidence(sentence, i, i + 1), Integer::sum);
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int signs = evidence.getOrDefault(m.text(), 0);
            boolean company;
            if (m.type() == EntityType.PLACE && knownPlaces.contains(m.text())) {
                company = signs >= 1; // "Nokia said its": the firm, not the Finnish town
            } else if (m.type() == EntityType.PLACE) {
                company = signs >= 2 && candidates.contains(m.text()); // a place the gazetteer does not know
            } else if (m.type() != EntityType.PERSON) {
                company = false;
            } else if (!m.text().contains(" ")) {
                company = signs > 0 && !inFullNames.contains(m.text()) && !titled.contains(m.text());
            } else {
                company = signs >= 2 && !titled.contains(m.text().split("\\s+")[0]);
            }
            out.add(company ? new Mention(EntityType.ORGANIZATION, m.text(), m.begin(), m.end(), m.sentence(),
                    m.confidence()) : m);
        }
        return out;
    }

    /** Words that end a company's name in its legal form ("Acme Inc", "Acme Corp."). */
    static final Set<String> LEGAL_ENDINGS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Plc",
            "PLC", "plc", "Ltd", "Ltd.", "LLC", "AG", "SA", "NV", "Group");

    /** The name without the word that ends a company's legal name ("Acme Inc" → "Acme"), or null. */
    private static String withoutLegalEnding(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && LEGAL_ENDINGS.contains(name.substring(space + 1)) ? name.substring(0, space) : null;
    }

    /**
     * +1 for each sign around the name at words {@code [start, end)} that it names an organization, -1 for a sign
     * that it names a person.
     */
    private static int organizationEvidence(String[] sentence, int start, int end) {
        int score = 0;
        for (int k = Math.max(0, start - 2); k < start; k++) {
            String before = sentence[k].toLowerCase(Locale.ROOT);
            if (ORGANIZATION_BEFORE.contains(before) || before.endsWith("maker")) {
                score++;
            }
        }
        if (start >= 2 && (sentence[start - 1].equals("in") || sentence[start - 1].equals("of"))
                && HOLDING_IN.contains(sentence[start - 2].toLowerCase(Locale.ROOT))) {
            score++;
        }
        if (end + 1 < sentence.length && sentence[end].equals(",")) { // "Mittal Steel, one of the largest producers"
            for (int k = end + 1; k < Math.min(sentence.length, end + 10) && !sentence[k].equals(","); k++) {
                String w = sentence[k].toLowerCase(Locale.ROOT);
                String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (ORGANIZATION_BEFORE.contains(w) || ORGANIZATION_BEFORE.contains(singular)) {
                    score++;
                    break;
                }
            }
        }
        int next = end < sentence.length && sentence[end].equals("'s") ? end + 1 : end;
        if (next < sentence.length && ORGANIZATION_AFTER.contains(sentence[next].toLowerCase(Locale.ROOT))) {
            score++;
        }
        if (NameRules.tickerAt(sentence, end)) {
            score += 2; // "Delta Air Lines (DAL.N)": only a listed company has a stock code
        }
        if (next + 1 < sentence.length && FIRM_STAFF.contains(sentence[next].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(sentence[next + 1].charAt(0))) {
            score += 2; // "Espirito Santo analyst Gerald Khoo": the analyst's employer
        }
        if (end + 1 < sentence.length && sentence[end].equals(",")) {
            if (sentence[end + 1].equals("which")) {
                score++; // "Tommy Hilfiger, which was sold": a person is "who"
            } else if (sentence[end + 1].equals("who")) {
                score--;
            }
        }
        for (int k = end; k < Math.min(sentence.length, end + 4); k++) {
            String after = sentence[k].toLowerCase(Locale.ROOT);
            if (after.equals("its")) {
                score++;
                break;
            }
            if (PERSON_PRONOUNS.contains(after)) {
                score--;
                break;
            }
        }
        return score;
    }
}
