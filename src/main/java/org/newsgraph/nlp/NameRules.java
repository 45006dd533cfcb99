package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.newsgraph.common.Lexicons;

/**
 * Rules of news English applied to the name finder's spans, with their words in data files:
 * <ul>
 *   <li>a name does not run across a bracket ({@code Ohad Tal (Religious Zionism)} is two names), nor end in a
 *       lower-case function word or name particle ({@code Taikoo of}), nor open with a function word;</li>
 *   <li>a name does not end in lower-case words and a day or month ({@code BBC on Tuesday} → {@code BBC}), nor in a
 *       weekday after two or more words ({@code Jose Miguel Insulza Monday}; {@code Sheffield Wednesday} stays);</li>
 *   <li>a word capitalised before its hyphen and a participle after it ({@code Ontario-based}, {@code Iran-backed})
 *       modifies the name after it and is a name of its own ({@code Ontario-based Magna} → {@code Ontario-based},
 *       {@code Magna}), as CoNLL annotates it (MISC);</li>
 *   <li>a dateline's place is a place: the capitals that open a sentence and are followed by a date, a news
 *       agency in brackets, or a region and a date, dash or the sentence's end ({@code ESCHEN , Liechtenstein
 *       1996-08-31}, {@code JEDDAH , Saudi Arabia —}, {@code WASHINGTON ( Reuters ) -}), and so is a country
 *       in capitals before a dash ({@code FRANCE - Bond futures ...});</li>
 *   <li>a title word ({@value #TITLES}; in a hyphenated word, its last part: {@code Lieutenant-Colonel}) is not
 *       part of a person's name, and capitalised words after a title
 *       inside a longer found name are a person ({@code Advisor Mike Waltz} → {@code Mike Waltz}), as is a short
 *       name after an honorific ({@code Rep. Alexandria Ocasio-Cortez});</li>
 *   <li>a person's name of two words or more that ends in an organization's word ({@value #ORGANIZATION_WORDS}:
 *       {@code Corp}, {@code Board}, {@code Fellowship}) is an organization's, and holds no title ({@code General
 *       Motors Corp});</li>
 *   <li>a person's or organization's name of two words or more that ends in a place's word ({@value #PLACE_WORDS}:
 *       {@code Square}, {@code Island}) is a place's;</li>
 *   <li>a holiday ({@value #HOLIDAYS}: {@code Christmas}, {@code Ramadan}) alone is no place, person or
 *       organization but a name of a day (MISC);</li>
 *   <li>a person's name runs on over a lower-case name particle ({@value #PARTICLES}) followed by a
 *       capitalised word ({@code Mohammed bin Salman}), and any name over a particle joined to a capitalised word
 *       by a hyphen ({@code Abdel Fattah al-Sisi}, {@code Wadi el-Natroun});</li>
 *   <li>a person's name of two words or more that ends in a building's word ({@value #BUILDING_WORDS}:
 *       {@code Planetarium}, {@code Hospital}) is a place's;</li>
 *   <li>labels are no names: party labels ({@code R-Ohio}), stock codes in brackets ({@code (ZLC.N)}),
 *       {@code No.} of {@code No. 2}; a name ending in lower-case "administration" names the person before it
 *       ({@code Trump administration} → {@code Trump}); a credit line's word before its colon
 *       ({@value #CREDIT_WORDS}: {@code Image:}) ends the name before it; initials alone ({@code D.C.},
 *       {@code U.N.}) are no person's name but the place or organization the gazetteer knows, else none.</li>
 * </ul>
 * Stateless and thread-safe once built.
 */
final class NameRules {

    static final String TITLES = "/models/ner-title-words.txt";
    static final String PARTICLES = "/models/ner-name-particles.txt";
    static final String HOLIDAYS = "/models/ner-holidays.txt";
    static final String ORGANIZATION_WORDS = "/models/ner-organization-words.txt";
    static final String PLACE_WORDS = "/models/ner-place-words.txt";
    static final String BUILDING_WORDS = "/models/ner-building-words.txt";
    static final String CREDIT_WORDS = "/models/ner-credit-words.txt";
    static final String PARTY_WORDS = "/models/ner-party-words.txt";
    static final String TITLE_QUALIFIERS = "/models/ner-title-qualifiers.txt";

    private final Set<String> titles;
    private final Set<String> particles;
    private final Set<String> holidays;
    private final Set<String> organizationWords;
    private final Set<String> placeWords;
    private final Set<String> buildingWords;
    private final Set<String> creditWords;
    private final Set<String> partyWords;
    private final Set<String> titleQualifiers;
    /** A capitalised word to its gazetteer classes ("COUNTRY", "CITYp_REGION", ...), null when none. */
    private final UnaryOperator<String> gazetteer;

    NameRules() {
        this(word -> null);
    }

    /** Rules that also know the places of a gazetteer (the name-finder model's token table). */
    NameRules(UnaryOperator<String> gazetteer) {
        this.titles = words(TITLES);
        this.particles = words(PARTICLES);
        this.holidays = words(HOLIDAYS);
        this.organizationWords = words(ORGANIZATION_WORDS);
        this.placeWords = words(PLACE_WORDS);
        this.buildingWords = words(BUILDING_WORDS);
        this.creditWords = words(CREDIT_WORDS);
        this.partyWords = words(PARTY_WORDS);
        this.titleQualifiers = words(TITLE_QUALIFIERS);
        this.gazetteer = gazetteer;
    }

    /** The spans, corrected; sorted by start, never overlapping. */
    List<Span> apply(String[] words, Span[] spans) {
        return apply(words, words, spans);
    }

    /**
     * The spans, corrected; sorted by start, never overlapping.
     *
     * @param written the sentence's words as written, for the rules that read capitals (datelines)
     * @param words   the words the spans were found in (lines in capitals recased)
     */
    List<Span> apply(String[] written, String[] words, Span[] spans) {
        List<Span> out = new ArrayList<>();
        int place = Math.max(datelinePlace(written), placeBeforeDash(written));
        for (int from = 0, i = 0; i <= place && place > 0; i++) {
            if (i == place || written[i].equals("/")) {
                out.add(new Span(from, i, "LOC"));
                from = i + 1;
            }
        }
        for (Span found : atSlashes(words, spans)) {
            if (found.getStart() < place) {
                continue;
            }
            Span named = companyBeforeTicker(words, withoutCreditWord(words, found));
            Span cut = named == null ? null
                    : cutAtBracket(words, cutBeforeTrailingDate(words, withoutTrailingSmallWords(words, named)));
            cut = cut == null ? null : withoutTrailingAbbreviatedTitle(words, cut);
            Span withParty = cut;
            cut = cut == null ? null : withoutTrailingPartyWord(words, cut);
            if (cut != null && cut.getEnd() < withParty.getEnd() && words[cut.getEnd()].equals(PARTY_SHORT_NAME)) {
                out.add(new Span(cut.getEnd(), cut.getEnd() + 1, "ORG", cut.getProb())); // "House GOP" → "GOP"
            }
            cut = cut == null ? null : withoutTitleQualifier(words, withoutTrailingLowerCaseWords(words, cut));
            if (cut == null || isLabel(words, cut) || isStateLabel(words, cut) || onlyTitles(words, cut)
                    || isAbbreviatedDate(words, cut)) {
                continue;
            }
            if (isNoEntityWord(words, cut) || isIndexOrModel(words, cut)) {
                out.add(new Span(cut.getStart(), cut.getEnd(), "MISC", cut.getProb()));
                continue;
            }
            if (isPerson(cut) && cut.length() == 1 && INITIALS.matcher(words[cut.getStart()]).matches()) {
                String type = gazetteerType(words[cut.getStart()]);
                if (type == null) {
                    continue;
                }
                cut = new Span(cut.getStart(), cut.getEnd(), type, cut.getProb());
            }
            int modifier = modifierEnd(words, cut);
            if (modifier > 0) {
                out.add(new Span(cut.getStart(), modifier, "MISC", cut.getProb()));
                cut = new Span(modifier, cut.getEnd(), cut.getType(), cut.getProb());
            }
            int of = ofItsCountry(words, cut);
            if (of > 0) {
                out.add(new Span(of + 1, cut.getEnd(), "LOC", cut.getProb()));
                cut = new Span(cut.getStart(), of, cut.getType(), cut.getProb());
            }
            if (cut.length() == 1 && holidays.contains(words[cut.getStart()])) {
                cut = new Span(cut.getStart(), cut.getEnd(), "MISC", cut.getProb());
            }
            out.add(organizationByLastWord(words, personAfterHonorific(words, personAfterTitle(words,
                    personAfterTitleOfPortfolio(words, personBeforeAdministration(words, cut))))));
        }
        out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        List<Span> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (!result.isEmpty() && result.get(result.size() - 1).getEnd() > s.getStart()) {
                continue; // swallowed by a person name extended over a particle
            }
            Span whole = isPerson(s) ? extendOverParticle(words, s) : s;
            result.add(EntityType.fromTag(whole.getType() == null ? "" : whole.getType()) == EntityType.MISC ? whole
                    : extendOverHyphenatedParticle(words, whole));
        }
        return creditLineNames(written, courtsWithOrdinals(words, joinedAcrossConnectives(words, result)));
    }

    /** An ordinal written with digits: "2nd", "9th", "11th". */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)");

    private static boolean isUnitedStates(String word) {
        return word.equals("U.S.") || word.equals("US");
    }

    /** The word that names a federal appeals court after its ordinal ("the 9th Circuit Court of Appeals"). */
    private static final String CIRCUIT = "Circuit";

    /**
     * A numbered circuit's court keeps its number: "the 9th Circuit Court of Appeals", "the 2nd U.S. Circuit Court of
     * Appeals", "the U.S. 2nd Circuit Court of Appeals" are one organization each, not "Circuit Court of Appeals"
     * (which names every circuit's court) beside a number; a country read as a name of its own before the number
     * joins it.
     */
    private static List<Span> courtsWithOrdinals(String[] words, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        for (int k = 0; k < out.size(); k++) {
            Span s = out.get(k);
            int circuit = s.getStart() + (isUnitedStates(words[s.getStart()]) ? 1 : 0);
            if (circuit >= s.getEnd() || !words[circuit].equals(CIRCUIT) || s.getStart() == 0
                    || !ORDINAL.matcher(words[s.getStart() - 1]).matches()) {
                continue;
            }
            int start = s.getStart() - 1;
            if (start > 0 && isUnitedStates(words[start - 1]) && (k == 0 || out.get(k - 1).getEnd() <= start - 1
                    || out.get(k - 1).getStart() == start - 1 && out.get(k - 1).getEnd() == start)) {
                if (k > 0 && out.get(k - 1).getStart() == start - 1) {
                    out.remove(--k);
                }
                start--;
            }
            if (k > 0 && out.get(k - 1).getEnd() > start) {
                continue;
            }
            out.set(k, new Span(start, s.getEnd(), "ORG", s.getProb()));
        }
        return out;
    }

    /** Words that open a wire's credit line before "by": "(Reporting by ...; Editing by ...)". */
    static final Set<String> CREDIT_OPENERS = Set.of("reporting", "editing", "writing", "edited", "written",
            "compiled", "produced");

    /** Words and signs that part the names of a credit line. */
    private static final Set<String> CREDIT_SEPARATORS = Set.of(",", ";", "and", ")", "/", ".", "&");

    /** A word of a journalist's name: a capitalised word or an initial ("Sarah N. Lynch", "W Simon", "Jr."). */
    private static final Pattern CREDIT_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?");

    /**
     * A wire's credit line in brackets ("(Reporting by Edwin Chan and Jonathan Standing; Editing by Sarah N. Lynch
     * and Andrew Hay)") lists journalists, each a person's name whole from one separator (a comma, semicolon,
     * "and", slash, bracket) to the next, whatever the finder read of it: the finder cuts names whose last word is
     * also a common word ("Standing", "Hay", "Wills") or that hold an initial. A name after "in" there is the
     * place the journalist filed from ("Jon Hurdle in Philadelphia").
     */
    private static List<Span> creditLineNames(String[] words, List<Span> spans) {
        int open = -1;
        for (int i = 0; i + 1 < words.length && open < 0; i++) {
            if (words[i].equals("(")) {
                int k = i + 1;
                if (k < words.length && words[k].equalsIgnoreCase("additional")) {
                    k++;
                }
                if (k + 1 < words.length && CREDIT_OPENERS.contains(words[k].toLowerCase(Locale.ROOT))
                        && words[k + 1].equalsIgnoreCase("by")) {
                    open = i;
                }
            }
        }
        if (open < 0) {
            return spans;
        }
        List<Span> found = new ArrayList<>();
        int from = open + 1;
        boolean place = false;
        for (int i = open + 1; i <= words.length; i++) {
            boolean end = i == words.length || words[i].equals(")");
            String w = end ? ")" : words[i];
            boolean opener = i + 1 < words.length && words[i + 1].equalsIgnoreCase("by")
                    && CREDIT_OPENERS.contains(w.toLowerCase(Locale.ROOT));
            if (end || CREDIT_SEPARATORS.contains(w) || w.equals("in") || w.equalsIgnoreCase("by") || opener
                    || w.equalsIgnoreCase("additional")) {
                int n = i - from;
                boolean named = n >= (place ? 1 : 2) && n <= 4;
                for (int k = from; k < i && named; k++) {
                    named = CREDIT_NAME_WORD.matcher(words[k]).matches();
                }
                if (named) {
                    found.add(new Span(from, i, place ? "LOC" : "PER"));
                }
                place = w.equals("in");
                from = i + 1;
            }
            if (end) {
                break;
            }
        }
        if (found.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(found);
        for (Span s : spans) {
            if (found.stream().noneMatch(f -> f.getStart() < s.getEnd() && s.getStart() < f.getEnd())) {
                out.add(s);
            }
        }
        out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return out;
    }

    /**
     * The spans, each cut at a slash it holds: two names written with a slash between them are two names
     * ("Stephanie Nebehay/David Stamp", "Wall Street Journal/NBC News"), each of the span's type.
     */
    private static List<Span> atSlashes(String[] words, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int from = s.getStart();
            for (int i = s.getStart(); i <= s.getEnd(); i++) {
                if (i == s.getEnd() || words[i].equals("/")) {
                    if (i > from) {
                        out.add(new Span(from, i, s.getType(), s.getProb()));
                    }
                    from = i + 1;
                }
            }
        }
        return out;
    }

    /** Lower-case words inside the name of a body: "Bank of America", "Council on Foreign Relations". */
    private static final Set<String> CONNECTIVES = Set.of("of", "on", "for");

    /**
     * Names of bodies that hold lower-case connectives, which the finder cuts into pieces, made whole:
     * <ul>
     *   <li>a body's word ({@value #ORGANIZATION_WORDS}: {@code Bank}, {@code Council}, {@code Committee}) with
     *       the capitalised words before it, then "of", "on" or "for" (and "a" or "the"), then capitalised words
     *       (one "and" or "&amp;" between two of them allowed): {@code Bank of America}, {@code Committee for a
     *       Responsible Federal Budget}, {@code Office of Management and Budget};</li>
     *   <li>one capitalised word, "and", then a name ending in a body's word: {@code Ways and Means Committee};</li>
     *   <li>names or capitalised words on both sides of an ampersand: {@code Informa Telecoms & Media}.</li>
     * </ul>
     * The whole is an organization's name. A name of another kind is never swallowed whole unless it lies after
     * the connective ({@code America} of {@code Bank of America}); a company's legal name does not take in the
     * place it is from ({@code Acme Corp of Japan}).
     */
    private List<Span> joinedAcrossConnectives(String[] words, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        for (int k = 0; k < words.length; k++) {
            if (!CONNECTIVES.contains(words[k]) || k == 0 || !isOrganizationWord(words[k - 1])
                    || isCompanyOfItsCountry(words, k)) {
                continue;
            }
            int start = k - 1;
            while (start - 1 >= 0 && isCapitalised(words[start - 1]) && !isTitle(words[start - 1])
                    && !isDateWord(words[start - 1]) && !(start - 1 == 0 && !inside(out, 0))) {
                start--;
            }
            int after = k + 1;
            if (after < words.length && (words[after].equals("a") || words[after].equals("the"))) {
                after++;
            }
            int end = after;
            boolean joined = false;
            while (end < words.length) {
                Span next = startingAt(out, end);
                if (end > after && next != null && isPerson(next)) {
                    break; // "the Council on Foreign Relations and Jane Doe"
                }
                if (isCapitalised(words[end]) && !isDateWord(words[end]) && !isTitle(words[end])) {
                    end++;
                } else if (!joined && end > after && end + 1 < words.length
                        && (words[end].equals("and") || words[end].equals("&")) && isCapitalised(words[end + 1])
                        && (startingAt(out, end + 1) == null || !isPerson(startingAt(out, end + 1)))) {
                    joined = true;
                    end++;
                } else {
                    break;
                }
            }
            if (end == after) {
                continue;
            }
            out = replaced(out, start, end);
        }
        for (int k = 1; k + 1 < words.length; k++) {
            // "Informa Telecoms" + "&" + "Media": an ampersand between capitalised words is inside a firm's name
            if (!words[k].equals("&") || !isCapitalised(words[k - 1]) || !isCapitalised(words[k + 1])
                    || inside(out, k)) {
                continue;
            }
            Span left = endingAt(out, k);
            Span right = startingAt(out, k + 1);
            int end = right != null ? right.getEnd() : k + 2;
            if (left == null && right == null || left != null && isPerson(left) && right != null && isPerson(right)) {
                continue; // a firm the finder saw no name in, or two people
            }
            out = replaced(out, left != null ? left.getStart() : k - 1, end);
        }
        for (int k = 1; k + 1 < words.length; k++) {
            if (!words[k].equals("and") || !isCapitalised(words[k - 1]) || isOrganizationWord(words[k - 1])
                    || !isCapitalised(words[k + 1])) {
                continue;
            }
            Span right = startingAt(out, k + 1);
            if (right == null || right.length() < 2 || !isOrganizationWord(words[right.getEnd() - 1])) {
                continue;
            }
            Span left = endingAt(out, k);
            boolean wordOnly = left == null || left.length() == 1 && isPerson(left);
            boolean chamberAndWord = left != null && left.length() == 2 && !isPerson(left)
                    && CHAMBERS.contains(words[left.getStart()]);
            if (!wordOnly && !chamberAndWord || words[k - 1].equals(words[k - 1].toUpperCase(Locale.ROOT))) {
                continue; // "envoy Mary Major and World Bank President ...", "The ASA and National ... Association"
            }
            int start = left != null ? left.getStart() : k - 1;
            out = replaced(out, start, right.getEnd());
        }
        return out;
    }

    /**
     * Whether "of" at {@code k} joins a company's legal name to the place it is from ("GS Acme Corp of Japan",
     * "Acme SA of France"): the place is no part of the name, unlike a body's ("Bank of America").
     */
    private boolean isCompanyOfItsCountry(String[] words, int k) {
        return words[k].equals("of") && k + 1 < words.length && CompanySigns.LEGAL_ENDINGS.contains(words[k - 1])
                && isPlace(words[k + 1]);
    }

    /** Where a name ends in a company's legal name, "of" and the place it is from, that "of"'s word; else 0. */
    private int ofItsCountry(String[] words, Span s) {
        int k = s.getEnd() - 2;
        return k > s.getStart() + 1 && isCompanyOfItsCountry(words, k) ? k : 0;
    }

    boolean isOrganizationWord(String word) {
        return organizationWords.contains(word);
    }

    /** The spans with those lying within [start, end) or overlapping it replaced by one organization's name. */
    private static List<Span> replaced(List<Span> spans, int start, int end) {
        List<Span> out = new ArrayList<>();
        double prob = 0;
        int from = start;
        int to = end;
        for (Span s : spans) {
            if (s.getEnd() <= start || s.getStart() >= end) {
                out.add(s);
            } else {
                from = Math.min(from, s.getStart());
                to = Math.max(to, s.getEnd());
                prob = Math.max(prob, s.getProb());
            }
        }
        out.add(new Span(from, to, "ORG", prob));
        out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return out;
    }

    private static boolean inside(List<Span> spans, int word) {
        return spans.stream().anyMatch(s -> s.getStart() <= word && word < s.getEnd());
    }

    private static Span startingAt(List<Span> spans, int word) {
        return spans.stream().filter(s -> s.getStart() == word).findFirst().orElse(null);
    }

    private static Span endingAt(List<Span> spans, int end) {
        return spans.stream().filter(s -> s.getEnd() == end).findFirst().orElse(null);
    }

    /**
     * A party word before a chamber opens no name ("the Republican Senate" → "Senate"), and a party word after a
     * chamber, a body or a place ends none ({@value #PARTY_WORDS}: "Senate Democratic
     * leaders" → "Senate"; "House Republicans" → "House"; "New York Democratic Rep." → "New York"): news English
     * writes it as an adjective or a group noun there. After other words it may end a party's name ("Liberal
     * Democrats", "Social Democrats"). The party's short name there is a name of its own ("House GOP leaders" →
     * "House", "GOP").
     */
    /** A party's short name that news English writes after a chamber or a state ("House GOP", "Texas GOP"). */
    private static final String PARTY_SHORT_NAME = "GOP";

    private Span withoutTrailingPartyWord(String[] words, Span s) {
        if (s.length() < 2) {
            return s;
        }
        if (partyWords.contains(words[s.getStart()]) && CHAMBERS.contains(words[s.getStart() + 1])) {
            return new Span(s.getStart() + 1, s.getEnd(), s.getType(), s.getProb()); // "Republican Senate"
        }
        String before = words[s.getEnd() - 2];
        String last = words[s.getEnd() - 1];
        if ((partyWords.contains(last) || last.equals(PARTY_SHORT_NAME)) && (before.equals("House")
                || organizationWords.contains(before) || isStateOrPartOfAPlace(before))) {
            return new Span(s.getStart(), s.getEnd() - 1, s.getType(), s.getProb());
        }
        return s;
    }

    /** The longest abbreviated title news English writes with a dot before a name ("Sen.", "Gov.", "Capt."). */
    private static final int ABBREVIATED_TITLE_LETTERS = 4;

    /**
     * A name does not end in an abbreviated title that opens the next name: "Virginia Sen. Tim Kaine", "Iowa Rep.
     * Steve King", "Connecticut Democratic Sen. Richard Blumenthal" → "Virginia", "Iowa", "Connecticut" (the party
     * word then comes off after the state). The title is cut only when it is written short with a dot and a
     * capitalised word follows, so a surname that is also a title stays ("Mary Major", "Stephen King."). A
     * person's name cut to one word the gazetteer knows takes its type ("Virginia" a place); one it does not know
     * is left as found.
     */
    private Span withoutTrailingAbbreviatedTitle(String[] words, Span s) {
        int last = s.getEnd() - 1;
        String title = words[last];
        boolean dotted = title.endsWith(".");
        int next = dotted ? s.getEnd() : s.getEnd() + 1;
        if (s.length() < 2 || !isTitle(title) || title.replace(".", "").length() > ABBREVIATED_TITLE_LETTERS
                || !dotted && (s.getEnd() >= words.length || !words[s.getEnd()].equals("."))
                || next >= words.length || !isCapitalised(words[next])) {
            return s;
        }
        for (int i = s.getStart(); i < last; i++) {
            if (isTitle(words[i]) || !isCapitalised(words[i])) {
                return s;
            }
        }
        int end = last;
        while (end - 1 > s.getStart() && partyWords.contains(words[end - 1])) {
            end--; // "Connecticut Democratic Sen."
        }
        String known = end - s.getStart() == 1 ? gazetteerType(words[s.getStart()]) : null;
        if (known != null) {
            return new Span(s.getStart(), end, known, s.getProb());
        }
        return isPerson(s) ? s : new Span(s.getStart(), last, s.getType(), s.getProb());
    }

    /** Whether a span holds only title and party words ("Sen.", "Democratic Rep."): a title names no one. */
    private boolean onlyTitles(String[] words, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (!isTitle(words[i]) && !partyWords.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Chambers a party word is written before ("the Republican Senate", "a Democratic House"). */
    private static final Set<String> CHAMBERS = Set.of("House", "Senate", "Congress", "Assembly", "Legislature");

    /** Ships are named with these prefixes ("USS Gravely", "HMS Defender"): a ship is no entity (MISC). */
    private static final Set<String> SHIP_PREFIXES = Set.of("USS", "HMS");

    /** The endings of a plural demonym ("New Yorkers", "San Diegans", "Angelenos") and what they replace. */
    private static final String[][] DEMONYM_ENDINGS = {{"ers", ""}, {"ans", "o"}, {"ans", "a"}, {"ans", ""},
            {"ians", "a"}, {"ians", ""}, {"ns", ""}, {"ites", ""}, {"enos", "es"}};

    /**
     * Whether a name is no person's, organization's or place's: a ship's ("USS Gravely"); a word ending in "-ism"
     * ("Judaism"); an acronym in the plural ("PACs"); a law's, an era's or a storm's ({@link #EVENT_ENDINGS},
     * {@link #STORM_WORDS}); a
     * modifier made of a name ({@code San Diego-based}, {@code Obama-era}); a plural demonym ("New Yorkers",
     * "San Diegans": the last word, its ending taken off, is a place's or part of one by the gazetteer).
     */
    /**
     * Last words of the names of laws, treaties, agreements, regulations, doctrines, decorations, market indexes and
     * eras, which are no entities (ANNOTATION.md §2): "Budget Control Act", "First Amendment", "Intermediate-Range
     * Nuclear Forces Treaty", "Geneva Conventions", "Paris Agreement", "Monroe Doctrine", "Kyoto Protocol", "Bronze
     * Medal", "Nobel Peace Prize", "General Data Protection Regulation", "Dow Jones Industrial Average", "Great
     * Recession", "Great Depression". Not "Law" nor "Deal": schools and people end so.
     */
    private static final Set<String> EVENT_ENDINGS = Set.of("Act", "Amendment", "Treaty", "Convention",
            "Conventions", "Agreement", "Accord", "Accords", "Doctrine", "Protocol", "Medal", "Prize", "Regulation",
            "Average", "Recession", "Depression");

    /** First words of a storm's name ("Hurricane Earl", "Typhoon Haiyan"): a storm is no person. */
    private static final Set<String> STORM_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone");

    /** An acronym with a plural ending ("PACs", "CEOs", "NGOs"). */
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

    private boolean isNoEntityWord(String[] words, Span s) {
        String last = words[s.getEnd() - 1];
        if (s.length() > 1 && SHIP_PREFIXES.contains(words[s.getStart()])) {
            return true;
        }
        if (s.length() == 1 && last.length() > 4 && last.endsWith("ism") && isCapitalised(last)) {
            return true;
        }
        if (s.length() == 1 && PLURAL_ACRONYM.matcher(last).matches()) {
            return true; // "PACs", "CEOs": a plural is a common noun's
        }
        if (s.length() > 1 && (EVENT_ENDINGS.contains(last) || STORM_WORDS.contains(words[s.getStart()]))) {
            return true; // "Budget Control Act", "Great Recession", "Hurricane Earl"
        }
        if (MODIFIER.matcher(last).matches()) {
            return true;
        }
        if (EntityType.fromTag(s.getType() == null ? "" : s.getType()) != EntityType.PLACE || !isCapitalised(last)) {
            return false;
        }
        for (String[] e : DEMONYM_ENDINGS) {
            if (last.endsWith(e[0]) && last.length() > e[0].length() + 2) {
                String stem = last.substring(0, last.length() - e[0].length()) + e[1];
                String classes = gazetteer.apply(stem);
                if (classes != null && (classes.contains("CITY") || classes.contains("COUNTRY")
                        || classes.contains("REGION"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name that ends in lower-case "administration" names the person who leads it ("the Trump administration",
     * "Obama administration officials"): the administration is no organization's name, the person is named.
     */
    private static Span personBeforeAdministration(String[] words, Span s) {
        if (s.length() > 1 && words[s.getEnd() - 1].equals("administration")) {
            return new Span(s.getStart(), s.getEnd() - 1, "PER", s.getProb());
        }
        return s;
    }

    /**
     * A name does not run on into the word of a credit line before its colon ("student Ahmed Mohamed Image:
     * Twitter" → "Ahmed Mohamed"); a span of that word alone is none.
     */
    private Span withoutCreditWord(String[] words, Span s) {
        int last = s.getEnd() - 1;
        if (s.getEnd() < words.length && words[s.getEnd()].equals(":") && creditWords.contains(words[last])) {
            return s.length() == 1 ? null : new Span(s.getStart(), last, s.getType(), s.getProb());
        }
        return s;
    }

    /** Initials alone ("D.C.", "U.N.", "J.L."): a person is named by a surname, never by initials alone. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}");

    /** LOC for a word the gazetteer knows as a place, ORG for an organization's, else null. */
    private String gazetteerType(String word) {
        if (isPlace(word)) {
            return "LOC";
        }
        String classes = gazetteer.apply(word);
        return classes != null && List.of(classes.split("_")).contains("ORG") ? "ORG" : null;
    }

    /** A party label: party initial, hyphen, state ("R-Ohio", "D-Nev.", "I-Vt."). */
    private static final Pattern PARTY_LABEL = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

    /**
     * A stock code in Reuters' form: symbol (a lower-case letter may mark the share class), dot, exchange ("GS.N",
     * "BAES.L", "SHIP.O", "C.N", "VA.UL", "AAMRQ.PK", "DTEGn.DE").
     */
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}");

    /** Whether a word is a stock code in Reuters' form ("LIZ.N", "SOGN.PA"). */
    static boolean isTicker(String word) {
        return TICKER.matcher(word).matches() && word.chars().filter(Character::isLetter).count() >= 2;
    }

    /**
     * The end of the stock code that starts at word {@code i}, which the tokenizer may have cut in two ("DAL" ".N",
     * "S." "N"), or -1 when none starts there.
     */
    static int tickerEnd(String[] words, int i) {
        if (i >= words.length) {
            return -1;
        }
        if (isTicker(words[i])) {
            return i + 1;
        }
        return i + 1 < words.length && isTicker(words[i] + words[i + 1]) ? i + 2 : -1;
    }

    /** Whether a stock code stands at word {@code i}, bare or in brackets ("Acme Corp ACME.N", "Acme (ACME.O)"). */
    static boolean tickerAt(String[] words, int i) {
        return i < words.length && (tickerEnd(words, i) > 0 || words[i].equals("(") && tickerEnd(words, i + 1) > 0);
    }

    /**
     * A name before a stock code is a company's, and the code is no part of it: "Liz Claiborne Inc LIZ.N" →
     * "Liz Claiborne Inc", "Delta Air Lines (DAL.N)" → an organization. A code alone is none of the name's
     * ({@link #isLabel}).
     */
    private Span companyBeforeTicker(String[] words, Span s) {
        if (s == null) {
            return null;
        }
        int end = s.getEnd();
        for (int k = end - 1; k > s.getStart() && k >= end - 2; k--) {
            if (tickerEnd(words, k) == end) {
                end = k;
            }
        }
        boolean misc = EntityType.fromTag(s.getType() == null ? "" : s.getType()) == EntityType.MISC;
        if (end == s.getEnd() && (misc || !tickerAt(words, end))) {
            return s;
        }
        return new Span(s.getStart(), end, "ORG", s.getProb());
    }

    /**
     * Whether a one-word span is a label, not a name: a party label ("Speaker John Boehner (R-Ohio)", "Rep. Steve
     * Womack, R-Ark."), a stock code ("Zale Corp (ZLC.N)", "Liz Claiborne Inc LIZ.N"), or "No." of "No. 2".
     */
    private static boolean isLabel(String[] words, Span s) {
        if (tickerEnd(words, s.getStart()) >= s.getEnd()) {
            return true;
        }
        if (s.length() != 1) {
            return false;
        }
        String w = words[s.getStart()];
        if (PARTY_LABEL.matcher(w).matches() || w.equals("No.") || w.equals("No") && s.getEnd() < words.length
                && !words[s.getEnd()].isEmpty() && Character.isDigit(words[s.getEnd()].charAt(0))) {
            return true;
        }
        return false;
    }

    /** The most letters of a state's abbreviation in a label ("Ky.", "Okla.", "Tenn."). */
    private static final int STATE_ABBREVIATION_LETTERS = 5;

    /**
     * Whether a one-word span is the state of a label in brackets after a person's name, which names no entity
     * (ANNOTATION.md §2, like a party label): "Rand Paul (Ky.)", "Joe Manchin (W. Va.)", "Mike Lee (Utah)". The word
     * is abbreviated with its dot or a state or region the gazetteer knows, alone in the brackets after a capitalised
     * word; an acronym in brackets ("Islamic State (ISIS)") is an alias and stays, and so does a country ("Michael
     * Johnson (U.S.)", as results tables write it).
     */
    private boolean isStateLabel(String[] words, Span s) {
        int open = s.getStart() - 1;
        if (open > 0 && words[open].length() == 2 && words[open].endsWith(".")) {
            open--; // "(W. Va.)"
        }
        if (s.length() != 1 || open < 1 || !words[open].equals("(") || !isCapitalised(words[open - 1])) {
            return false;
        }
        String w = words[s.getStart()];
        int close = s.getEnd() < words.length && words[s.getEnd()].equals(".") ? s.getEnd() + 1 : s.getEnd();
        if (close >= words.length || !words[close].equals(")")) {
            return false;
        }
        boolean abbreviated = (w.endsWith(".") || close > s.getEnd())
                && w.replace(".", "").length() <= STATE_ABBREVIATION_LETTERS && isCapitalised(w);
        return !isCountry(w) && (abbreviated || inGazetteerAs(w, c -> c.startsWith("REGION")));
    }

    /** A number of three digits after a name: an index's or a model's ("S&P 500", "FTSE 100", "Boeing 737"). */
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    /**
     * Whether an organization's name of one to three words stands before a number of three digits, with or without
     * a possessive between ("Standard &amp; Poor's 500"), that makes an index or a model. People and places before a
     * number are left: results tables write scores so ("Lara 113", "England 326").
     */
    private static boolean isIndexOrModel(String[] words, Span s) {
        int number = s.getEnd() < words.length && isPossessive(words[s.getEnd()]) ? s.getEnd() + 1 : s.getEnd();
        return s.length() <= 3 && number < words.length && THREE_DIGITS.matcher(words[number]).matches()
                && EntityType.fromTag(s.getType() == null ? "" : s.getType()) == EntityType.ORGANIZATION;
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s");
    }

    /** Month and weekday names, from the date tagger's lexicon ({@link DateWords}). */
    private static final DateWords DATES = DateWords.load();

    /** Whether a word names a weekday or a month, abbreviated or not ("Monday", "Feb", "Sept."). */
    boolean isDateWord(String word) {
        return DATES.isWeekday(word) || DATES.isMonth(word);
    }

    private static boolean isDayOrMonth(String word) {
        return DATES.isWeekday(word) || DATES.isFullMonth(word);
    }

    private static Span cutBeforeTrailingDate(String[] words, Span s) {
        int last = s.getEnd() - 1;
        if (last - s.getStart() < 2 || !isDayOrMonth(words[last])) {
            return s;
        }
        int cut = last;
        while (cut - 1 > s.getStart() && !words[cut - 1].isEmpty() && Character.isLowerCase(words[cut - 1].charAt(0))) {
            cut--;
        }
        boolean weekday = DATES.isWeekday(words[last]);
        return cut == last && !weekday ? s : new Span(s.getStart(), cut, s.getType(), s.getProb());
    }

    /** Lower-case words a name never ends in, besides the name particles. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "a", "an",
            "by", "with", "from", "or");

    /**
     * A name does not end in a lower-case function word or particle ("Taikoo of the ..." → "Taikoo"), nor open
     * with a function word ("and Development" → "Development"; a particle may open one: "bin Laden").
     */
    private Span withoutTrailingSmallWords(String[] words, Span s) {
        int start = s.getStart();
        int end = s.getEnd();
        while (end - 1 > start && (SMALL_WORDS.contains(words[end - 1]) || particles.contains(words[end - 1]))) {
            end--;
        }
        while (start + 1 < end && SMALL_WORDS.contains(words[start])) {
            start++;
        }
        return start == s.getStart() && end == s.getEnd() ? s : new Span(start, end, s.getType(), s.getProb());
    }

    /**
     * A name does not end in lower-case words ("US military", "US newspapers", "Goldman preferred" → "US",
     * "Goldman"); a single word left that the gazetteer knows takes its type there ("US" is a place). "Trump
     * administration" is left to the rule for administrations.
     */
    private Span withoutTrailingLowerCaseWords(String[] words, Span s) {
        int end = s.getEnd();
        while (end - 1 > s.getStart() && isLowerCaseWord(words[end - 1]) && !words[end - 1].equals("administration")) {
            end--;
        }
        if (end == s.getEnd()) {
            return s;
        }
        String known = end - s.getStart() == 1 ? gazetteerType(words[s.getStart()]) : null;
        return new Span(s.getStart(), end, known != null ? known : s.getType(), s.getProb());
    }

    private static boolean isLowerCaseWord(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isLowerCase);
    }

    /**
     * A body's name before a title word does not end in the title's first words ({@value #TITLE_QUALIFIERS}:
     * "House Minority Leader Nancy Pelosi" → "House", "US Defense Secretary" → "US"); a single word left that the
     * gazetteer knows takes its type there.
     */
    private Span withoutTitleQualifier(String[] words, Span s) {
        if (s.getEnd() >= words.length || !isTitle(words[s.getEnd()]) || isPerson(s)) {
            return s;
        }
        int end = s.getEnd();
        while (end - 1 > s.getStart() && titleQualifiers.contains(words[end - 1])) {
            end--;
        }
        if (end == s.getEnd() || SMALL_WORDS.contains(words[end - 1])) {
            return s; // "Ministry of Defense Spokesman" keeps its name
        }
        String known = end - s.getStart() == 1 ? gazetteerType(words[s.getStart()]) : null;
        return new Span(s.getStart(), end, known != null ? known : s.getType(), s.getProb());
    }

    /** A month or weekday abbreviated with a dot, alone ("Feb.", "Sept."), is no name. */
    private boolean isAbbreviatedDate(String[] words, Span s) {
        String w = words[s.getStart()];
        return s.length() == 1 && w.endsWith(".") && isDateWord(w);
    }

    /**
     * "Ontario-based", "U.S.-led", "Iran-backed", "Nobel Prize-winning": capital before the last hyphen, a
     * participle after it ("Co-operation", "Cheuk-yan" are no modifiers).
     */
    private static final Pattern MODIFIER = Pattern.compile(
            "\\p{Lu}[^-]*-(\\p{Ll}+(ed|ing)|born|run|held|style|bound|made|built|era|wide)");

    /** Where a leading modifier ("Los Angeles-based") of a longer name ends, or 0 when the name has none. */
    private static int modifierEnd(String[] words, Span s) {
        for (int i = s.getEnd() - 2; i >= s.getStart(); i--) {
            if (MODIFIER.matcher(words[i]).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
    /** Dashes after a dateline, including the underscore some wires type for one. */
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "_");

    /**
     * How many words of a dateline's place open the sentence, or 0 when it does not open with a dateline: up to
     * four words in capitals ({@code LA CORUNA}; not a day or month), or two such places parted by a slash
     * ({@code NEW YORK/LOS ANGELES}, one place each), followed by
     * <ul>
     *   <li>a date, or a month and day ({@code ESCHEN 1996-08-31}, {@code MOSCOW , April 13 -});</li>
     *   <li>an agency in brackets and a dash ({@code WASHINGTON ( Reuters ) -});</li>
     *   <li>a comma and up to five capitalised words or abbreviations of its region, then a date (after a comma
     *       too), a bracket, a dash or the sentence's end ({@code JEDDAH , Saudi Arabia —},
     *       {@code COMMACK , N.Y. , Feb 26 -}, {@code FARMINGTON HILLS , Mich .}).</li>
     * </ul>
     * A headline opening in capitals ({@code SOCCER - ...}, {@code NATO , Russia agree}) is none of these.
     */
    static int datelinePlace(String[] w) {
        int n = 0;
        int part = 0;
        while (n < w.length && part < 4 && isAllCapitals(w[n]) && !isDayOrMonth(w[n])) {
            n++;
            part++;
            if (n + 1 < w.length && w[n].equals("/") && isAllCapitals(w[n + 1])) {
                n++; // "NEW YORK/LOS ANGELES": a story filed from two places
                part = 0;
            }
        }
        if (n == 0 || n == w.length || isDayOrMonth(w[n])) {
            return n > 0 && n < w.length && opensDate(w, n) ? n : 0;
        }
        if (opensDate(w, n) || agencyAndDash(w, n)) {
            return n;
        }
        if (!w[n].equals(",") || n + 1 == w.length) {
            return 0;
        }
        if (opensDate(w, n + 1)) {
            return n;
        }
        int i = n + 1; // the region
        while (i < w.length && i - n <= 5 && !opensDate(w, i) && (isCapitalised(w[i]) || w[i].equals(".") && i > n + 1)) {
            i++;
        }
        if (i == n + 1) {
            return 0;
        }
        if (i == w.length || opensDate(w, i) || w[i].equals("(") || DASHES.contains(w[i])) {
            return n;
        }
        return w[i].equals(",") && i + 1 < w.length && opensDate(w, i + 1) ? n : 0;
    }

    /** "( Reuters ) -" at word {@code i}. */
    private static boolean agencyAndDash(String[] w, int i) {
        return i + 3 < w.length && w[i].equals("(") && isCapitalised(w[i + 1]) && w[i + 2].equals(")")
                && DASHES.contains(w[i + 3]);
    }

    /**
     * How many words of a country in capitals open the sentence before a dash ({@code FRANCE - Bond futures
     * ...}, {@code UNITED STATES - ...}), by the gazetteer's countries; 0 when none does ({@code SOCCER - ...};
     * towns are left out, as too many share a word with a sport or a thing: {@code RUGBY UNION - ...}).
     */
    int placeBeforeDash(String[] w) {
        int n = 0;
        while (n < w.length && n < 3 && isAllCapitals(w[n]) && isPlaceWord(w[n])) {
            n++;
        }
        return n > 0 && n < w.length && DASHES.contains(w[n]) ? n : 0;
    }

    /**
     * Whether the gazetteer knows a word as a whole country (not only as part of one: "Guinea-Bissau", "Canada",
     * not "United"). Towns are left out: too many share a name with a person or a thing.
     */
    boolean isCountry(String word) {
        String classes = gazetteer.apply(word);
        if (classes == null) {
            return false;
        }
        for (String c : classes.split("_")) {
            if (c.equals("COUNTRY")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the gazetteer knows a word as a country or a region (a state: "Texas") or as part of a longer
     * place's name ("York" of "New York"); a town's name alone does not count ("Liberal", Kansas).
     */
    private boolean isStateOrPartOfAPlace(String word) {
        return inGazetteerAs(word, c -> c.startsWith("COUNTRY") || c.startsWith("REGION") || c.equals("CITYp"));
    }

    /** Whether the gazetteer knows a word as a whole country, city or region ("Amazon" is a region's name). */
    boolean isPlace(String word) {
        return inGazetteerAs(word, c -> c.equals("COUNTRY") || c.equals("CITY") || c.equals("REGION"));
    }

    /** Whether one of the gazetteer's classes of a word ("COUNTRY", "CITYp", ...) passes {@code test}. */
    private boolean inGazetteerAs(String word, Predicate<String> test) {
        String classes = gazetteer.apply(word);
        return classes != null && Arrays.stream(classes.split("_")).anyMatch(test);
    }

    private boolean isPlaceWord(String capitals) {
        String classes = gazetteer.apply(capitals.charAt(0) + capitals.substring(1).toLowerCase(Locale.ROOT));
        return classes != null && classes.contains("COUNTRY");
    }

    /** Whether a date opens at word {@code i}: {@code 1996-08-31}, {@code 8/31}, or a month and a day ({@code Feb 26}). */
    private static boolean opensDate(String[] w, int i) {
        if (DATE.matcher(w[i]).matches()) {
            return true;
        }
        return DATES.isMonth(w[i]) && i + 1 < w.length
                && !w[i + 1].isEmpty() && Character.isDigit(w[i + 1].charAt(0));
    }

    /** A word of two or more letters, all capitals ("ESCHEN", "ST.", "O'HARE"). */
    private static boolean isAllCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '\'' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    private static Span cutAtBracket(String[] words, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (isBracket(words[i])) {
                return i == s.getStart() ? null : new Span(s.getStart(), i, s.getType(), s.getProb());
            }
        }
        return s;
    }

    /**
     * A person's name that ends in an organization's word is an organization's ("Electric Co", "Dairy Board"), and
     * so is a place's name that names a university or college ("Hiram College"); a person's or organization's name
     * that ends in a place's word is a place's ("Dolmabahce Palace").
     */
    private Span organizationByLastWord(String[] words, Span s) {
        if (isPerson(s) && endsInOrganizationWord(words, s) || isSchool(words, s)) {
            return new Span(s.getStart(), s.getEnd(), "ORG", s.getProb());
        }
        boolean orgOrPerson = s.getType() != null && (isPerson(s)
                || EntityType.fromTag(s.getType()) == EntityType.ORGANIZATION);
        if (orgOrPerson && s.length() > 1 && (placeWords.contains(words[s.getEnd() - 1]) || isAirfield(words, s))
                || isPerson(s) && s.length() > 1 && buildingWords.contains(words[s.getEnd() - 1])) {
            return new Span(s.getStart(), s.getEnd(), "LOC", s.getProb());
        }
        return s;
    }

    /** Words before "Base" that make a name a military base's ("Andrews Air Force Base", "Naval Base Kitsap" not). */
    private static final Set<String> BASE_KINDS = Set.of("Air", "Force", "Naval", "Army", "Marine", "Military");

    /**
     * An airport's or an air base's name ("Logan International Airport", "Andrews Air Force Base", "Al Asad Air
     * Base"): a place (ANNOTATION.md), though the finder, trained where CoNLL typed many as organizations, reads
     * them so.
     */
    private static boolean isAirfield(String[] words, Span s) {
        String last = words[s.getEnd() - 1];
        return last.equals("Airport") || last.equals("Airfield")
                || last.equals("Base") && BASE_KINDS.contains(words[s.getEnd() - 2]);
    }

    /** A place's name that names a university or college ("Hiram College", "University of Virginia"). */
    private static boolean isSchool(String[] words, Span s) {
        return "LOC".equalsIgnoreCase(s.getType()) && s.length() > 1
                && (InstitutionNames.SCHOOL_WORDS.contains(words[s.getEnd() - 1])
                || InstitutionNames.SCHOOL_WORDS.contains(words[s.getStart()]) && words[s.getStart() + 1].equals("of"));
    }

    private boolean endsInOrganizationWord(String[] words, Span s) {
        String last = words[s.getEnd() - 1];
        return s.length() > 1 && organizationWords.contains(last.endsWith(".") ? last.substring(0, last.length() - 1)
                : last);
    }

    /**
     * A title with a portfolio after "of" or "for" ("Chief of Staff Mick Mulvaney", "Assistant Attorney General
     * for National Security Mary McCord"), which the finder reads as one organization's name from the portfolio
     * on: the last two words, capitalised and no body's or place's, are the person's name.
     */
    private Span personAfterTitleOfPortfolio(String[] words, Span s) {
        int start = s.getStart();
        if (s.length() < 3 || EntityType.fromTag(s.getType() == null ? "" : s.getType()) != EntityType.ORGANIZATION
                || start < 2 || !(words[start - 1].equals("of") || words[start - 1].equals("for"))
                || !isTitle(words[start - 2]) || endsInOrganizationWord(words, s)) {
            return s;
        }
        for (int i = s.getEnd() - 2; i < s.getEnd(); i++) {
            if (!isCapitalised(words[i]) || isTitle(words[i]) || isPlace(words[i]) || isAllCapitals(words[i])
                    || organizationWords.contains(words[i])) {
                return s;
            }
        }
        return new Span(s.getEnd() - 2, s.getEnd(), "PER", s.getProb());
    }

    /** Honorifics and abbreviated offices that only a person's name follows ("Rep. Jane Doe-Roe", "Mrs. Doe"). */
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Rep.",
            "Sen.", "Gov.", "Reps.", "Sens.");

    /**
     * A name of one to three capitalised words right after an honorific or an abbreviated office ({@link
     * #HONORIFICS}) is a person's, whatever the finder typed it ("Rep. Alexandria Ocasio-Cortez"), unless it ends in
     * an organization's word.
     */
    private Span personAfterHonorific(String[] words, Span s) {
        EntityType type = EntityType.fromTag(s.getType() == null ? "" : s.getType());
        if (type != EntityType.ORGANIZATION && type != EntityType.PLACE || s.getStart() == 0 || s.length() > 3
                || !HONORIFICS.contains(words[s.getStart() - 1]) || endsInOrganizationWord(words, s)) {
            return s;
        }
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            if (!isCapitalised(words[i]) || isAllCapitals(words[i])) {
                return s;
            }
        }
        return new Span(s.getStart(), s.getEnd(), "PER", s.getProb());
    }

    private Span personAfterTitle(String[] words, Span s) {
        if (s.getType() != null && s.getType().equalsIgnoreCase("loc") || endsInOrganizationWord(words, s)) {
            return s; // "General Motors Corp" holds no title
        }
        for (int k = s.getEnd() - 2; k >= s.getStart(); k--) {
            if (!isTitle(words[k])) {
                continue;
            }
            int rest = s.getEnd() - (k + 1);
            if (rest == 1 && s.getEnd() + 1 < words.length && particles.contains(words[s.getEnd()])
                    && isCapitalised(words[s.getEnd() + 1])) {
                rest = 2; // "Crown Prince Mohammed" cut before "bin Zayed"
            }
            boolean capitalised = true;
            for (int i = k + 1; i < s.getEnd(); i++) {
                boolean particle = i > k + 1 && i < s.getEnd() - 1 && particles.contains(words[i]);
                capitalised &= particle || isCapitalised(words[i]) && !isTitle(words[i]);
            }
            if (capitalised && (isPerson(s) || rest >= 2)) {
                return new Span(k + 1, s.getEnd(), personType(s), s.getProb());
            }
            return s;
        }
        return s;
    }

    /**
     * A name goes on over the words after it that join a particle to a capitalised word with a hyphen, as Arabic
     * names are written ("Abdel Fattah" + "al-Sisi", "Essam" + "el-Erian", "Wadi" + "el-Natroun"): the finder
     * reads the particle's word apart, or as a name of its own.
     */
    private Span extendOverHyphenatedParticle(String[] words, Span s) {
        int end = s.getEnd();
        while (end < words.length && isHyphenatedParticle(words[end])) {
            end++;
        }
        return end == s.getEnd() ? s : new Span(s.getStart(), end, s.getType(), s.getProb());
    }

    /** A particle, a hyphen and a capitalised word: "al-Sisi", "el-Erian", "bin-Laden". */
    private boolean isHyphenatedParticle(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && particles.contains(word.substring(0, hyphen))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    private Span extendOverParticle(String[] words, Span s) {
        int end = s.getEnd();
        while (end + 1 < words.length && particles.contains(words[end]) && isCapitalised(words[end + 1])) {
            end += 2;
            while (end < words.length && isCapitalised(words[end]) && !isTitle(words[end])) {
                end++;
            }
        }
        return end == s.getEnd() ? s : new Span(s.getStart(), end, s.getType(), s.getProb());
    }

    boolean isTitle(String word) {
        if (!isCapitalised(word)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return titles.contains(w) || w.indexOf('-') > 0 && titles.contains(w.substring(w.lastIndexOf('-') + 1));
    }

    private static boolean isPerson(Span s) {
        return s.getType() != null && EntityType.fromTag(s.getType()) == EntityType.PERSON;
    }

    /** The model's own spelling of the person type ("PER" or "per"), kept so mapping stays in one place. */
    private static String personType(Span s) {
        return s.getType() != null && Character.isLowerCase(s.getType().charAt(0)) ? "per" : "PER";
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isBracket(String word) {
        return word.equals("(") || word.equals(")") || word.equals("[") || word.equals("]");
    }

    private static Set<String> words(String resource) {
        return Lexicons.lines(resource).stream().map(String::strip).filter(w -> !w.contains(" "))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
