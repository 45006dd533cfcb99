package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of news English about the forms a name takes within one article, used by {@link NameResolver}:
 * an office written before a person's name and caught in the name's span ("Treasury Secretary James
 * Baker", "US Trade Representative Clayton Yeutter"), an acronym that stands for an organization the
 * article spells out ("European Monetary System" ... "EMS"), and the shorter forms of an organization's name
 * ("Intel Corp" ... "Intel").
 */
final class NameForms {

    /**
     * Heads of the offices news English writes before a person's name. Words that are also common first
     * names ("Major", "Earl", "Prince", "King") are left out, so a name is never cut down to its surname by
     * mistake.
     */
    private static final Set<String> OFFICES = Set.of(
            "president", "vice-president", "president-elect", "premier", "chancellor", "minister",
            "minister-designate", "secretary", "secretary-general", "undersecretary", "under-secretary",
            "representative", "senator", "congressman", "congresswoman", "governor", "mayor", "ambassador",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "commissioner",
            "director", "leader", "speaker", "treasurer", "attorney-general", "adviser", "advisor", "aide",
            "economist", "analyst", "executive", "negotiator", "prosecutor", "judge", "lawmaker", "official");

    /** Generational suffixes news English writes after a surname. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Day names: news English writes the day right after the name of who acted ("Yeutter Monday warned"). */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Small words an acronym usually skips: "Council for Mutual Economic Assistance" is CMEA. */
    private static final Set<String> SKIPPED = Set.of("of", "the", "for", "and", "on", "in", "to", "&");

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** Honorifics that say a man is meant, and those that say a woman is. */
    private static final Set<String> MALE = Set.of("mr", "sir", "lord");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "lady", "dame");

    /** An honorific and the capitalised word after it: "Mr Howard", "Mrs. Reagan". */
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\\.?\\s+(\\p{Lu}[\\p{L}\\p{M}'\u2019-]*)");
    private static final Pattern HONORIFIC_AT_END = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\\.?\\s+$");

    private NameForms() {
    }

    /**
     * The person's name without an office written before it, or a day name caught after it ("Clayton
     * Yeutter Monday"): everything up to the last office word goes, when the words before it are capitalised
     * (a title, not a sentence) and a capitalised name is left after it. "Senator Bill Bradley" gives "Bill
     * Bradley", "President Reagan" gives "Reagan"; "Secretary of State George Shultz" is left alone, since
     * where the office ends is not clear.
     */
    static String withoutOffice(String name) {
        name = withoutSubhead(name);
        String[] w = name.strip().split("\\s+");
        if (w.length > 2 && DAYS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return withoutOffice(String.join(" ", List.of(w).subList(0, w.length - 1)));
        }
        int last = -1;
        for (int i = 0; i < w.length - 1; i++) {
            boolean office = OFFICES.contains(w[i].toLowerCase(Locale.ROOT));
            if (!office && !startsUpper(w[i])) {
                return name;
            }
            if (office) {
                last = i;
            }
        }
        if (last < 0 || !startsUpper(w[last + 1])) {
            return name;
        }
        return String.join(" ", List.of(w).subList(last + 1, w.length));
    }

    /** Words in capitals: a sub-head's ("UNPAID BILLS", "LOW-HANGING FRUIT"), two letters or more each. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}'\u2019-]+");

    /** A sub-head has a word in capitals of at least this many letters; initials ("JB Pritzker") have none. */
    private static final int SUBHEAD_WORD = 4;

    /** A capitalised word written in mixed case ("Bernanke", "On"). */
    private static final Pattern MIXED = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'\u2019.-]*");

    /** Words that open a sentence after a sub-head and name no one ("CHRISTINE LAGARDE On Saturday, ..."). */
    private static final Set<String> OPENERS = Set.of("On", "In", "At", "The", "This", "That", "Even", "But", "As",
            "After", "For", "With", "And", "While", "When", "If", "It", "Then");

    /**
     * A person's name without a sub-head in capitals that a reader glued to the sentence after it: "UNPAID BILLS
     * Davis" is "Davis", "SAYS OIL CUTS BOTH WAYS Bernanke" is "Bernanke"; a sub-head that is itself the name keeps
     * it and loses the word that opens the sentence ("CHRISTINE LAGARDE On" is "CHRISTINE LAGARDE"). A name all in
     * capitals, or in mixed case, is left as it is.
     */
    static String withoutSubhead(String name) {
        String[] w = name.strip().split("\\s+");
        int split = 0;
        while (split < w.length && CAPITALS.matcher(w[split]).matches()) {
            split++;
        }
        if (split == 0 || split == w.length
                || List.of(w).subList(0, split).stream().allMatch(c -> c.length() < SUBHEAD_WORD)) {
            return name; // "JB Pritzker": initials, no sub-head
        }
        for (int i = split; i < w.length; i++) {
            if (!MIXED.matcher(w[i]).matches()) {
                return name;
            }
        }
        if (w.length - split == 1 && OPENERS.contains(w[split])) {
            return String.join(" ", List.of(w).subList(0, split));
        }
        return String.join(" ", List.of(w).subList(split, w.length));
    }

    /**
     * The surnames an article writes after both a man's and a woman's honorific ("Mr Howard" and "Mrs
     * Howard"): two people of that name are in the article, and the honorific is what tells them apart.
     * Folded to lower case.
     */
    static Set<String> surnamesOfBothSexes(String text) {
        java.util.Map<String, Set<Boolean>> seen = new java.util.HashMap<>();
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            boolean male = MALE.contains(m.group(1).toLowerCase(Locale.ROOT));
            seen.computeIfAbsent(fold(m.group(2)), k -> new java.util.HashSet<>()).add(male);
        }
        Set<String> both = new java.util.TreeSet<>();
        seen.forEach((name, sexes) -> {
            if (sexes.size() == 2) {
                both.add(name);
            }
        });
        return both;
    }

    /**
     * The honorific a mention is written with, in its own span ("Mrs Howard") or just before it ("Mrs" then
     * the mention "Howard"), without its dot; null when there is none.
     */
    static String honorific(String text, int begin, String surface) {
        Matcher own = HONORIFIC_NAME.matcher(surface);
        if (own.lookingAt()) {
            return own.group(1);
        }
        Matcher before = HONORIFIC_AT_END.matcher(text.substring(Math.max(0, begin - 6), begin));
        return before.find() ? before.group(1) : null;
    }

    /** Whether a word is an honorific ("Mr", "Mrs.", "Sir", ...): a name that starts with one is not a full name. */
    static boolean isHonorific(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        return MALE.contains(w) || FEMALE.contains(w);
    }

    static String fold(String word) {
        return word.replaceAll("('s|\u2019s|'|\u2019)$", "").toLowerCase(Locale.ROOT);
    }

    /** The words of a person's name without a generational suffix ("Jr.", "III") at the end. */
    static String[] withoutSuffix(String[] words) {
        int n = words.length;
        while (n > 1 && SUFFIXES.contains(bare(words[n - 1]))) {
            n--;
        }
        return n == words.length ? words : Arrays.copyOf(words, n);
    }

    /**
     * Whether {@code part} is a shorter way the article writes the person named {@code full}: its last words
     * ("Baker" for "James Baker"), the name without a generational suffix ("James Baker" for "James Baker
     * III"), or the name with initials for given names ("J. Baker" for "James Baker").
     */
    static boolean isShortFormOf(String[] full, String[] part) {
        String[] f = withoutSuffix(full);
        String[] p = withoutSuffix(part);
        if (p.length == 0 || p.length > f.length) {
            return false;
        }
        boolean initials = false;
        for (int i = 0; i < p.length; i++) {
            String fw = f[f.length - p.length + i];
            String pw = p[i];
            if (fw.equalsIgnoreCase(pw)) {
                continue;
            }
            if (i < p.length - 1 && isInitial(pw) && !isInitial(fw) && fw.regionMatches(true, 0, pw, 0, 1)) {
                initials = true;
                continue;
            }
            return false;
        }
        return p.length < f.length || initials || part.length < full.length;
    }

    private static boolean isInitial(String word) {
        return word.matches("\\p{Lu}\\.?");
    }

    /**
     * Words that end a company's or firm's name without telling it apart ("Goldman Sachs Group Inc",
     * "McKinsey & Co", "Hart Research Associates"): news English names the body with or without them.
     */
    private static final Set<String> LEGAL_TAILS = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "cos", "companies", "ltd", "limited", "plc", "ag", "sa", "nv", "se", "llc", "llp", "lp",
            "group", "holdings", "holding", "associates", "&");

    /** A country written before a body's name ("U.S. Securities and Exchange Commission", "US Navy"). */
    private static final Set<String> COUNTRY_HEADS = Set.of("u.s.", "us", "u.s", "united states");

    /**
     * The shorter forms of an organization's name that name the same body: without the words that end a
     * company's name ({@link #LEGAL_TAILS}, one at a time from the end) and without a country written before
     * it, a ministry's name with its head word last ("Department of the Treasury" gives "Treasury
     * Department"), longest first; the name itself is not among them. "Goldman Sachs Group Inc" gives "Goldman
     * Sachs Group" and "Goldman Sachs"; "U.S. Supreme Court" gives "Supreme Court". At least one word is left.
     */
    static List<String> organizationShortForms(String name) {
        List<String> out = new ArrayList<>();
        String[] w = name.strip().split("\\s+");
        int start = 0;
        if (w.length > 1 && COUNTRY_HEADS.contains(w[0].toLowerCase(Locale.ROOT))) {
            start = 1;
        } else if (w.length > 2 && COUNTRY_HEADS.contains((w[0] + " " + w[1]).toLowerCase(Locale.ROOT))) {
            start = 2;
        }
        for (int from : start > 0 ? new int[] {0, start} : new int[] {0}) {
            int end = w.length;
            if (from > 0) {
                out.add(String.join(" ", Arrays.asList(w).subList(from, end)));
            }
            while (end - from > 1 && LEGAL_TAILS.contains(bare(w[end - 1]))) {
                end--;
                out.add(String.join(" ", Arrays.asList(w).subList(from, end)).replaceAll(",$", ""));
            }
        }
        for (int from : start > 0 ? new int[] {0, start} : new int[] {0}) {
            if (w.length - from >= 3 && MINISTRY_WORDS.contains(w[from]) && w[from + 1].equals("of")) {
                int head = w[from + 2].equalsIgnoreCase("the") ? from + 3 : from + 2;
                if (head < w.length) {
                    out.add(String.join(" ", Arrays.asList(w).subList(head, w.length)) + " " + w[from]);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    /** "Fed" ending a name: news English's short name of the Federal Reserve ("the Fed", "New York Fed"). */
    private static final Pattern FED = Pattern.compile("\\bFed$");

    /**
     * The names that "Fed" written for "Federal Reserve" stands for ("New York Fed" → "New York Federal Reserve",
     * "New York Federal Reserve Board", "New York Federal Reserve System"); empty for a name without it.
     */
    static List<String> fedExpansions(String name) {
        Matcher fed = FED.matcher(name);
        if (!fed.find()) {
            return List.of();
        }
        String full = fed.replaceFirst("Federal Reserve");
        return List.of(full, full + " Board", full + " System");
    }

    /**
     * Last words of outlets' names that news English writes alone for the outlet once it has named it ("The New
     * York Times ... the Times", "The Washington Post ... the Post").
     */
    private static final Set<String> OUTLET_WORDS = Set.of("Times", "Post", "Journal", "Globe", "Tribune",
            "Herald", "Telegraph", "Chronicle", "Observer", "Gazette", "Inquirer", "Examiner", "Star");

    /** Whether a word is the last word of outlets' names that stands alone for the outlet ("Times", "Post"). */
    static boolean isOutletWord(String word) {
        return OUTLET_WORDS.contains(word);
    }

    /** First words of a ministry's name that news English also writes last ("Department of Education"). */
    private static final Set<String> MINISTRY_WORDS = Set.of("Department", "Ministry");

    /** The name without a country written before it ("U.S. Securities and Exchange Commission"), or as it is. */
    static String withoutCountryHead(String name) {
        String[] w = name.strip().split("\\s+");
        if (w.length > 1 && COUNTRY_HEADS.contains(w[0].toLowerCase(Locale.ROOT))) {
            return String.join(" ", Arrays.asList(w).subList(1, w.length));
        }
        return name;
    }

    /**
     * Whether a name is a company's by the word that ends it ("Verizon Communications Inc", "Berkshire Hathaway
     * Inc"): news English then calls the company by its first word alone ("Verizon", "Berkshire").
     */
    static boolean endsLikeACompany(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length > 1 && !w[w.length - 1].equals("&")
                && LEGAL_TAILS.contains(bare(w[w.length - 1]));
    }

    /**
     * Words after a body's distinctive name that only say what kind of body it is, which news English drops once
     * the body is named ("Delta Air Lines" → "Delta", "Sikorsky Aircraft", "Moody's Investors Service", "ABC News",
     * "Newsmax TV", "Standard Chartered Bank", "Treasury Department"), and the words that end a company's legal
     * name. Not "Capital" ("Barclays Capital" is a firm of its own beside Barclays) nor words that name a part of a
     * body ("Committee", "Division").
     */
    private static final Set<String> KIND_WORDS = Set.of("air", "lines", "airlines", "airways", "aircraft",
            "management", "advisors", "advisers", "partners", "investors", "service", "investment", "research",
            "news", "tv", "bank", "minerals", "mining", "motors", "department");

    private static final Pattern STOPS = Pattern.compile("[.,]");

    /** A word without its dots and commas, in lower case: "Inc." gives "inc", "Jr.," gives "jr". */
    private static String bare(String word) {
        return STOPS.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether a word only says what kind of body a name is ({@link #KIND_WORDS}, {@link #LEGAL_TAILS}). */
    static boolean isKindWord(String word) {
        String w = bare(word);
        return KIND_WORDS.contains(w) || LEGAL_TAILS.contains(w);
    }

    /**
     * Whether the text writes a title before the word somewhere ("President Trump", "Mr. Dell", "Sen. Paul"), as news
     * English introduces a person it names by surname alone.
     */
    static boolean titledInText(String text, String word) {
        Matcher m = Pattern.compile("([\\p{L}.-]+)\\s+" + Pattern.quote(word) + "\\b").matcher(text);
        while (m.find()) {
            String before = m.group(1);
            String bare = before.replace(".", "").toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(before.charAt(0)) && (OFFICES.contains(bare) || isHonorific(before)
                    || HONORIFIC_TITLES.contains(bare))) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviated titles written before a surname ("Sen. Paul", "Gov. Brown"). */
    private static final Set<String> HONORIFIC_TITLES = Set.of("sen", "rep", "gov", "gen", "dr", "prof", "judge",
            "justice", "king", "queen", "prince", "pope", "rev", "col", "capt", "lt", "sgt", "adm");

    /** Words that open or join names and name nothing alone ("An", "AND"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of");

    /**
     * Whether a name of one word names nothing: a legal ending ("Co", "Inc"), a suffix ("Sr") or a function word
     * ("An", "AND") that a reader cut off the name it belongs to.
     */
    static boolean isNoName(String name) {
        String w = bare(name.strip());
        return !w.contains(" ") && (LEGAL_TAILS.contains(w) || SUFFIXES.contains(w) || FUNCTION_WORDS.contains(w));
    }

    /** Whether a word names the kind of a university or college ("Harvard University", "Hiram College"). */
    static boolean isSchoolWord(String word) {
        return word.equals("University") || word.equals("College");
    }

    /** A department's acronym written with the small "o" of its "of" ("DoD", "DoJ", "DoE"). */
    private static final Pattern DEPARTMENT_ACRONYM = Pattern.compile("\\p{Lu}o\\p{Lu}{1,3}");

    /** Whether {@code name} is a department's acronym with its small "o" ("DoD" for "Department of Defense"). */
    static boolean isDepartmentAcronym(String name) {
        return DEPARTMENT_ACRONYM.matcher(name).matches();
    }

    /** Whether {@code name} is written like an acronym: two to six capital letters. */
    static boolean isAcronym(String name) {
        return ACRONYM.matcher(name).matches();
    }

    /**
     * Whether {@code acronym} is made of the initials of {@code full}'s words, with or without the small
     * words; parts of a hyphenated word count as words ("Inter-American Development Bank" is IADB or IDB). A name
     * that holds an acronym has only an acronym of four letters or more, which holds that acronym whole or its
     * initial ("US Navy" is not UN; "GSM Association" is GSMA).
     */
    static boolean isAcronymOf(String acronym, String full) {
        List<String> words = new ArrayList<>();
        for (String w : full.strip().split("[\\s]+")) {
            String[] parts = w.split("-");
            if (parts.length > 1 && startsUpper(parts[parts.length - 1])) {
                words.addAll(List.of(parts));
            } else {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return false;
        }
        if (words.stream().anyMatch(NameForms::isAcronym)) {
            // "UN" is not "US Navy": an acronym inside a name gives more than its initial; a long acronym may
            // hold it whole or by its initial ("GSMA" for "GSM Association", "MUFG" for "Mitsubishi UFJ
            // Financial Group")
            if (acronym.length() < 4) {
                return false;
            }
            StringBuilder whole = new StringBuilder();
            for (String w : words) {
                if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                    whole.append(isAcronym(w) ? w : w.substring(0, 1));
                }
            }
            String a = acronym.toUpperCase(Locale.ROOT);
            return a.contentEquals(whole.toString().toUpperCase(Locale.ROOT)) || a.equals(mainInitials(words));
        }
        StringBuilder all = new StringBuilder();
        StringBuilder firstPartsOnly = new StringBuilder();
        for (String w : full.strip().split("\\s+")) {
            if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                firstPartsOnly.append(w.charAt(0));
            }
        }
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            all.append(w.charAt(0));
        }
        String a = acronym.toUpperCase(Locale.ROOT);
        return a.equals(mainInitials(words))
                || a.contentEquals(all.toString().toUpperCase(Locale.ROOT))
                || a.contentEquals(firstPartsOnly.toString().toUpperCase(Locale.ROOT));
    }

    /** The upper-case initials of the words that are not small words ("SEC": Securities and Exchange Commission). */
    private static String mainInitials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
