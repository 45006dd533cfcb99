package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.RoleGoldJudge;
import org.newsgraph.extract.rules.RuleConfidence;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedDocument;

/**
 * A tool for developers, not part of the build: measures each rule's precision on the development sets and
 * writes {@code src/main/resources/rules/confidence.tsv}, which {@link RuleConfidence} turns into the
 * confidence of the rule's facts.
 *
 * <pre>
 * mvn -o -q test -Dtest=RuleConfidenceCalibration -Dcalibrate=true
 * </pre>
 *
 * <p>Each fact the standard pipeline reads from a development article is judged by the set's matcher and
 * counted for the rule that made it ({@link Fact#rule()}). The sets are behind {@link DevGold}, so other gold
 * (the quality harness's development sets) can be put in their place: the judging is per fact, the counting
 * does not change. The role rules are measured on the quality harness's development sets ({@link #ROLE_SETS}), the
 * quotation and meeting rules on their own sets. Only development sets are read: the other sets (dev-b, dev-c) and
 * the sealed quality sets are not read.
 */
class RuleConfidenceCalibration {

    static final Path FILE = Path.of("src/main/resources/rules/confidence.tsv");

    /** A gold set that can judge one fact of one of its articles. */
    interface DevGold {
        String name();

        /** The kind of fact the set annotates: only facts of this kind are counted on its articles. */
        Class<? extends Fact> kind();

        /** The set's articles. */
        List<Article> articles();

        /** Whether the fact, read from the article (its entities resolved in {@code doc}), is in the gold. */
        boolean correct(Article article, ResolvedDocument doc, Fact fact);
    }

    /** The quality harness's development sets whose role gold measures the role rules (never a sealed set). */
    static final List<String> ROLE_SETS = List.of("dev-general", "dev-meetings", "old-roles");

    /**
     * Measures the role rules on the quality harness's development sets ({@link #ROLE_SETS}, annotated to one
     * standard) and rewrites the role rows of the confidence file: every rule that made a role fact there, and no
     * longer any role row of a rule that made none. The quotation and meeting rows are kept as they are; {@code
     * -Dcalibrate.all=true} measures them again on their own sets as well.
     */
    @Test
    void measuresEachRulesPrecisionOnTheDevelopmentSetsAndWritesTheConfidenceFile() throws IOException {
        assumeTrue(Boolean.getBoolean("calibrate"), "a tool: run with -Dcalibrate=true");
        boolean all = Boolean.getBoolean("calibrate.all");
        Map<String, int[]> counts = new TreeMap<>();
        List<DevGold> sets = new ArrayList<>();
        ROLE_SETS.forEach(s -> sets.add(qualityRoles(s)));
        if (all) {
            sets.add(quotes());
            sets.add(meetings());
        }
        for (DevGold gold : sets) {
            for (Article a : gold.articles()) {
                ResolvedDocument doc = DevCorpus.pipeline().analyse(a);
                for (Fact f : doc.extracted().facts()) {
                    if (!gold.kind().isInstance(f)) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(f.rule(), k -> new int[2]);
                    c[0]++;
                    if (gold.correct(a, doc, f)) {
                        c[1]++;
                    }
                }
            }
        }
        assertFalse(counts.isEmpty(), "no facts read from the development sets");
        List<String> lines = new ArrayList<>(header());
        Map<String, String> rows = new TreeMap<>();
        if (!all) {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                String rule = line.split("\t", 2)[0];
                if (!line.startsWith("#") && !line.startsWith("rule\t") && !line.isBlank() && !isRoleRule(rule)) {
                    rows.put(rule, line); // a quotation or meeting row, kept
                }
            }
        }
        counts.forEach((rule, c) -> rows.put(rule, String.join("\t", rule, Integer.toString(c[0]),
                Integer.toString(c[1]), String.format(java.util.Locale.ROOT, "%.3f", c[1] / (double) c[0]),
                Double.toString(RuleConfidence.of(c[0], c[1])))));
        lines.addAll(rows.values());
        Files.write(FILE, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    /** A rule that makes role facts: the role rule files' and the byline reader's. */
    private static boolean isRoleRule(String rule) {
        return rule.startsWith("roles/") || rule.startsWith("bylines#");
    }

    private static List<String> header() {
        return List.of("# The measured precision of each rule on the development sets, written by",
                "# RuleConfidenceCalibration (test tree): mvn -o -q test -Dtest=RuleConfidenceCalibration -Dcalibrate=true",
                "# Role rules (roles/..., bylines#...) on the quality harness's development sets dev-general, dev-meetings",
                "# and old-roles (src/test/resources/eval, matched as RoleScorer matches roles.rq rows); quotation and",
                "# meeting rules on quotes/dev.tsv and meetings/devset.tsv (measured again only with -Dcalibrate.all=true).",
                "# confidence = (correct + 1) / (facts + 2); a rule not listed gets 0.5. Only the rules of the facts",
                "# of the kind a set annotates are counted on its articles: roles on the role sets, and so on.",
                "rule\tfacts\tcorrect\tprecision\tconfidence");
    }

    /**
     * A development set of the quality harness as role gold: a role fact is right when a role fact of its
     * article accepts its person, role string and organization ({@link RoleGoldJudge}).
     */
    static DevGold qualityRoles(String set) {
        RoleGoldJudge judge = RoleGoldJudge.of(set);
        return new DevGold() {
            private List<Article> articles;

            @Override
            public String name() {
                return "eval/" + set + ".jsonl";
            }

            @Override
            public Class<? extends Fact> kind() {
                return Fact.Role.class;
            }

            @Override
            public List<Article> articles() {
                if (articles == null) {
                    articles = List.copyOf(DevCorpus.articles(new LinkedHashSet<>(judge.ids())).values());
                }
                return articles;
            }

            @Override
            public boolean correct(Article article, ResolvedDocument doc, Fact fact) {
                Fact.Role r = (Fact.Role) fact;
                return judge.correct(article.id(), label(doc, r.person()), r.role(), label(doc, r.organization()));
            }
        };
    }

    /** The old role development set: person, role and organization as {@link RoleDevSetTest} matches them. */
    static DevGold roles() {
        return new TsvGold("roles/dev.tsv", Fact.Role.class) {
            @Override
            boolean same(String[] e, ResolvedDocument doc, Fact fact) {
                Fact.Role r = (Fact.Role) fact;
                return DevCorpus.matches(e[1], label(doc, r.person())) && DevCorpus.matches(e[2], r.role())
                        && DevCorpus.matches(e.length > 3 ? e[3] : "", label(doc, r.organization()));
            }
        };
    }

    /** The quotation development set: start within three characters and the speaker's name. */
    static DevGold quotes() {
        return new TsvGold("quotes/dev.tsv", Fact.Quote.class) {
            @Override
            boolean same(String[] e, ResolvedDocument doc, Fact fact) {
                Fact.Quote q = (Fact.Quote) fact;
                return Math.abs(Integer.parseInt(e[2]) - q.begin()) <= 3
                        && DevCorpus.matches(e[1], label(doc, q.speaker()));
            }
        };
    }

    /**
     * The meeting development set: a meeting is right when every participant is annotated for the article with
     * the meeting's place and date (as {@link MeetingDevSetTest} matches its rows).
     */
    static DevGold meetings() {
        return new DevGold() {
            private List<MeetingDevSetTest.GoldRow> gold;
            private List<Article> articles;

            @Override
            public String name() {
                return "meetings/devset.tsv";
            }

            @Override
            public Class<? extends Fact> kind() {
                return Fact.Meeting.class;
            }

            @Override
            public List<Article> articles() {
                if (articles == null) {
                    gold = new ArrayList<>();
                    Set<String> ids = new LinkedHashSet<>();
                    for (String[] f : DevCorpus.rows("meetings/devset.tsv")) {
                        ids.add(f[0]);
                        for (String p : f[1].split("\\|")) {
                            gold.add(new MeetingDevSetTest.GoldRow(f[0], MeetingDevSetTest.alternatives(p),
                                    MeetingDevSetTest.alternatives(f[2]), f.length > 3 ? f[3].strip() : ""));
                        }
                    }
                    try {
                        articles = MeetingDevSetTest.corpusArticles(ids);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return articles;
            }

            @Override
            public boolean correct(Article article, ResolvedDocument doc, Fact fact) {
                if (!(fact instanceof Fact.Meeting m) || m.participants().isEmpty()) {
                    return false;
                }
                String place = m.location() == null ? "" : MeetingDevSetTest.norm(label(doc, m.location()));
                String date = m.date() == null || m.date().value() == null ? "" : m.date().value().lexical();
                return m.participants().stream().allMatch(p -> gold.stream().anyMatch(g -> MeetingDevSetTest.matches(g,
                        new MeetingDevSetTest.Row(article.id(), MeetingDevSetTest.norm(label(doc, p)), place, date))));
            }
        };
    }

    static String label(ResolvedDocument doc, org.newsgraph.nlp.Mention m) {
        if (m == null) {
            return "";
        }
        Entity e = doc.entityOf(m);
        return e == null ? m.text() : e.label();
    }

    /** A set of the old tab-separated kind: article id first, "-" for an article with nothing to find. */
    abstract static class TsvGold implements DevGold {
        private final String resource;
        private final Class<? extends Fact> kind;
        private List<String[]> rows;
        private List<Article> articles;

        TsvGold(String resource, Class<? extends Fact> kind) {
            this.resource = resource;
            this.kind = kind;
        }

        @Override
        public String name() {
            return resource;
        }

        @Override
        public Class<? extends Fact> kind() {
            return kind;
        }

        @Override
        public List<Article> articles() {
            if (articles == null) {
                List<String[]> all = DevCorpus.rows(resource);
                Set<String> ids = new LinkedHashSet<>();
                all.forEach(r -> ids.add(r[0]));
                rows = all.stream().filter(r -> !r[1].equals("-")).toList();
                articles = List.copyOf(DevCorpus.articles(ids).values());
            }
            return articles;
        }

        @Override
        public boolean correct(Article article, ResolvedDocument doc, Fact fact) {
            return kind.isInstance(fact)
                    && rows.stream().anyMatch(e -> e[0].equals(article.id()) && same(e, doc, fact));
        }

        abstract boolean same(String[] expected, ResolvedDocument doc, Fact fact);
    }
}
