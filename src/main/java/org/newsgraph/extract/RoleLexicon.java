package org.newsgraph.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.common.Lexicons;

/**
 * The words news English builds role phrases from, read from {@code /lexicon/roles.tsv} (phrase, kind,
 * value) and {@code /lexicon/reporting-verbs.tsv} (one verb a line). {@code lexicon/roles.md} documents the
 * kinds: role heads, membership heads, modifiers, portfolios, qualifiers, abbreviations, role verbs and
 * organization suffixes. Loaded once; immutable and so safe to share between threads.
 */
final class RoleLexicon {

    static final String ROLES = "/lexicon/roles.tsv";
    static final String REPORTING_VERBS = "/lexicon/reporting-verbs.tsv";

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static volatile RoleLexicon bundled;

    private final Set<String> heads;
    /** The heads in order, to tell whether a phrase read so far can still grow into one. */
    private final NavigableSet<String> sortedHeads;
    private final Set<String> membership;
    private final Set<String> modifiers;
    private final Set<String> portfolios;
    private final Set<String> orgSuffixes;
    private final Set<String> descriptors;
    private final Map<String, Fact.Qualifier> qualifiers;
    private final Map<String, String> abbreviations;
    private final Map<String, String> roleVerbs;
    private final Map<String, java.util.List<String>> bodies;
    private final Set<String> reportingVerbs;
    private final int longestHead;

    private RoleLexicon(Map<String, Map<String, String>> byKind, Set<String> reportingVerbs) {
        this.heads = Set.copyOf(byKind.getOrDefault("head", Map.of()).keySet());
        this.sortedHeads = Collections.unmodifiableNavigableSet(new TreeSet<>(heads));
        this.membership = Set.copyOf(byKind.getOrDefault("membership", Map.of()).keySet());
        this.modifiers = Set.copyOf(byKind.getOrDefault("modifier", Map.of()).keySet());
        this.portfolios = Set.copyOf(byKind.getOrDefault("portfolio", Map.of()).keySet());
        this.orgSuffixes = Set.copyOf(byKind.getOrDefault("org-suffix", Map.of()).keySet());
        this.descriptors = Set.copyOf(byKind.getOrDefault("descriptor", Map.of()).keySet());
        Map<String, Fact.Qualifier> q = new HashMap<>();
        byKind.getOrDefault("qualifier", Map.of()).forEach((k, v) -> q.put(k, Fact.Qualifier.valueOf(v)));
        this.qualifiers = Map.copyOf(q);
        this.abbreviations = Map.copyOf(byKind.getOrDefault("abbreviation", Map.of()));
        this.roleVerbs = Map.copyOf(byKind.getOrDefault("verb", Map.of()));
        Map<String, java.util.List<String>> b = new HashMap<>();
        byKind.getOrDefault("body", Map.of()).forEach((k, v) -> b.put(k, java.util.List.of(v.split("\\|"))));
        this.bodies = Map.copyOf(b);
        this.reportingVerbs = Set.copyOf(reportingVerbs);
        int longest = 1;
        for (String h : heads) {
            longest = Math.max(longest, h.split(" ").length);
        }
        this.longestHead = longest;
    }

    /** The lexicon shipped on the classpath, read once. */
    static RoleLexicon bundled() {
        RoleLexicon l = bundled;
        if (l == null) {
            synchronized (RoleLexicon.class) {
                if (bundled == null) {
                    bundled = new RoleLexicon(readRoles(), readVerbs());
                }
                l = bundled;
            }
        }
        return l;
    }

    private static Map<String, Map<String, String>> readRoles() {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (String line : Lexicons.lines(ROLES)) {
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new ConfigException(ROLES + ": expected phrase<TAB>kind[<TAB>value]: " + line);
            }
            byKind.computeIfAbsent(f[1].strip(), k -> new HashMap<>())
                    .put(fold(f[0]), f.length > 2 ? f[2].strip() : "");
        }
        return byKind;
    }

    private static Set<String> readVerbs() {
        Set<String> verbs = new HashSet<>();
        for (String line : Lexicons.lines(REPORTING_VERBS)) {
            verbs.add(fold(line));
        }
        return verbs;
    }

    /** Lower case, curly apostrophes straightened, runs of white space as one space. */
    static String fold(String s) {
        String t = s.strip().replace('\u2019', '\'');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                t = SPACES.matcher(t).replaceAll(" ");
                break;
            }
        }
        return t.toLowerCase(Locale.ROOT);
    }

    boolean isHead(String phrase) {
        return heads.contains(fold(phrase));
    }

    /** Whether a word is the plural of a role head: "ministers", "secretaries", "Senators". */
    boolean isPluralHead(String word) {
        String plural = fold(word);
        String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : "";
        return !singular.isEmpty() && isHead(singular);
    }

    /** Whether some role head begins with this phrase, or is it: reading on may still find a head. */
    boolean mayStartHead(String phrase) {
        String f = fold(phrase);
        String next = sortedHeads.ceiling(f);
        return next != null && next.startsWith(f);
    }

    int longestHead() {
        return longestHead;
    }

    boolean isMembership(String head) {
        return membership.contains(fold(head));
    }

    boolean isModifier(String word) {
        return modifiers.contains(fold(word)) || portfolios.contains(fold(word));
    }

    /** A modifier that is no portfolio: "deputy", "senior", "Cabinet" but not "Labour" or "Energy". */
    boolean isPlainModifier(String word) {
        return modifiers.contains(fold(word));
    }

    /**
     * The bodies a bare title belongs to, in order of preference, folded ("senate" for "Senator"; "*court" for the
     * one court an article names), or an empty list.
     */
    java.util.List<String> bodies(String role) {
        return bodies.getOrDefault(fold(role), java.util.List.of());
    }

    boolean isPortfolio(String word) {
        return portfolios.contains(fold(word));
    }

    boolean isDescriptor(String word) {
        return descriptors.contains(fold(word));
    }

    boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(fold(word));
    }

    Fact.Qualifier qualifier(String word) {
        return qualifiers.get(fold(word));
    }

    String abbreviation(String word) {
        return abbreviations.get(fold(word));
    }

    String roleVerb(String word) {
        return roleVerbs.get(fold(word));
    }

    boolean isReportingVerb(String word) {
        return reportingVerbs.contains(fold(word));
    }
}
