package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Well-known names whose type the finder gets wrong ({@value #RESOURCE}): organizations of kinds that arose or
 * grew after the finder's 1996 training text (technology and consumer companies, platforms, outlets, agencies),
 * and products, apps and services, which are no entities. A name the finder found whose text is a known
 * organization's is typed as an organization; one that is a known product's, alone, after a known organization
 * ({@code Mozilla Firefox}) or followed by a version ({@code Internet Explorer 6}, {@code Firefox 1.0}), is typed
 * MISC. A known organization typed as a person keeps that type when the article names a person with that word in
 * a full name ({@code Michael Dell ... Dell said}), and one typed as a place keeps it when the gazetteer knows
 * the word as a place. Common abbreviations that name no thing of its own ({@code PTSD}, {@code CPR}, {@code GDP};
 * type NONE) are read as products are: no entity. Stateless and thread-safe.
 */
final class KnownNames {

    static final String RESOURCE = "/models/ner-known-names.tsv";

    private final Set<String> organizations = new HashSet<>();
    private final Set<String> products = new HashSet<>();
    /** Whether the gazetteer knows a word as a country, city or region. */
    private final Predicate<String> isPlace;

    KnownNames(Predicate<String> isPlace) {
        this.isPlace = isPlace;
        for (String line : Lexicons.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new ConfigException(RESOURCE + ": expected NAME <TAB> ORG|PRODUCT|NONE, got: " + line);
            }
            switch (f[1].strip()) {
                case "ORG" -> organizations.add(f[0].strip());
                case "PRODUCT", "NONE" -> products.add(f[0].strip());
                default -> throw new ConfigException(RESOURCE + ": type must be ORG, PRODUCT or NONE, got: "
                        + line);
            }
        }
    }

    /** Whether a name is a known organization's, with or without an opening "The" ("The Associated Press"). */
    boolean isOrganization(String name) {
        return organizations.contains(name) || organizations.contains(withoutThe(name));
    }

    private static String withoutThe(String name) {
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    /** Whether a name is a known product's, alone, after a known organization, or followed by a version. */
    boolean isProduct(String name) {
        String bare = withoutVersion(name);
        if (products.contains(bare)) {
            return true;
        }
        for (int i = bare.indexOf(' '); i > 0; i = bare.indexOf(' ', i + 1)) {
            if (organizations.contains(bare.substring(0, i)) && products.contains(bare.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A name without a trailing version ("Internet Explorer 6", "Firefox 1.0", "Windows XP" stays). */
    private static String withoutVersion(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && name.substring(space + 1).matches("\\d+(\\.\\d+)*")) {
            return name.substring(0, space);
        }
        return name;
    }

    /** The mentions, retyped where the list knows better. */
    List<Mention> retype(List<Mention> mentions) {
        Set<String> inFullNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
                inFullNames.addAll(List.of(m.text().split("\\s+")));
            }
        }
        Map<String, EntityType> decided = new HashMap<>();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType type = decided.computeIfAbsent(m.text(), name -> typeOf(name, m.type(), inFullNames));
            out.add(type == null || type == m.type() ? m
                    : new Mention(type, m.text(), m.begin(), m.end(), m.sentence(), m.confidence()));
        }
        return out;
    }

    private EntityType typeOf(String name, EntityType found, Set<String> inFullNames) {
        if (found == EntityType.MISC) {
            return isOrganization(name) ? EntityType.ORGANIZATION : null; // "pages on Facebook"
        }
        if (isProduct(name)) {
            return EntityType.MISC;
        }
        if (!isOrganization(name)) {
            return null;
        }
        if (found == EntityType.PERSON && inFullNames.contains(name) || found == EntityType.PLACE && isPlace.test(name)) {
            return null;
        }
        return EntityType.ORGANIZATION;
    }

    /** Confidence of a known organization found by its name alone. */
    private static final double FOUND_BY_NAME = 0.8;

    /**
     * The mentions with the known organizations of one word that the finder missed added, sorted by offset: a
     * token that is such a name ("Follow him on Twitter", "pages on Facebook"), that no found name covers, with no
     * capitalised word beside it ("Sprint" of "Sprint Nextel" is none) and whose lower-case form running text
     * does not mostly write in lower case ("Apple", "Time", "Zoom" are left to the finder), is an organization's.
     *
     * @param caseClass lower-cased word to its case class in the model's table ("L"/"l": mostly lower case)
     */
    List<Mention> addMissed(List<Sentence> sentences, List<Mention> found, UnaryOperator<String> caseClass) {
        List<Mention> out = new ArrayList<>(found);
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            int first = firstWord(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!organizations.contains(t.text())) {
                    continue;
                }
                String c = caseClass.apply(t.text().toLowerCase(Locale.ROOT));
                if ("L".equals(c) || "l".equals(c)
                        || i > 0 && tokens.get(i - 1).isCapitalised() && i > first
                        || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
                        || found.stream().anyMatch(m -> m.begin() < t.end() && t.begin() < m.end())) {
                    continue;
                }
                out.add(new Mention(EntityType.ORGANIZATION, t.text(), t.begin(), t.end(), sentence.index(),
                        FOUND_BY_NAME));
            }
        }
        if (out.size() == found.size()) {
            return found;
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** The index of the sentence's first token that is not punctuation. */
    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).pos().equals("PUNCT")) {
                return i;
            }
        }
        return tokens.size();
    }
}
