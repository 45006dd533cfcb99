package org.newsgraph.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.common.NewsGraphException.ConfigException;

/** Rule files: their syntax, how their rules apply to a sentence, and the errors they report. */
class RuleBookTest {

    static final String FILE = """
            # test family
            scan    all
            define  say said told
                    added
            define  $adverbs [lower in (also then)]*+

            rule said-after
              about   A speaker and a verb of saying.
              match   (?<speaker> <name>) $adverbs
                      @(?<verb> [lower in say])
              fact    quote speaker=speaker verb=verb tense=past if verb has past
              else    quote speaker=speaker verb=verb
              example Rubio also said so.
              =>      rubio | said
              example It was said.
              =>      nothing

            rule said-before
              match   @(?<verb> [lower in say]) (?<speaker> <name>)
              fact    quote speaker=speaker verb=verb
            """;

    /** Facts as text: the captured words of each argument, "|"-joined. */
    static final Rule.Builder<Toks, String> SHOW = (rule, line, s, m) -> {
        StringBuilder sb = new StringBuilder(rule.name());
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(line.args()).entrySet()) {
            sb.append(' ').append(a.getKey()).append('=').append(m.names(a.getValue()) && m.has(a.getValue())
                    ? s.text(m.start(a.getValue()), m.end(a.getValue())) : a.getValue());
        }
        return sb.toString();
    };

    static final PatternEnv<Toks> ENV = PatternEnv.<Toks>empty().test("cap", Toks::capitalised)
            .reader("name", TokenPatternTest.NAMES).list("past", java.util.Set.of("said", "told"));

    static RuleBook<Toks> book(String text) {
        return RuleBook.compile(RuleFile.parse("test/family", "test.rules", text), ENV, Map.of(), "quote",
                RuleConfidence.bundled());
    }

    @Test
    void readsRulesWithTheirListsMacrosFactsAndExamples() {
        RuleFile f = RuleFile.parse("test/family", "test.rules", FILE);
        assertEquals("all", f.scan());
        assertEquals(java.util.Set.of("said", "told", "added"), f.lists().get("say"));
        assertEquals(2, f.rules().size());
        RuleFile.RawRule r = f.rules().get(0);
        assertEquals("(?<speaker> <name>) $adverbs @(?<verb> [lower in say])", r.match());
        assertEquals(2, r.facts().size());
        assertTrue(r.facts().get(1).orElse());
        assertEquals("past", r.facts().get(0).ifList());
        assertEquals(List.of("rubio | said"), r.examples().get(0).expected());
        assertTrue(r.examples().get(1).negative());
    }

    @Test
    void appliesEveryRuleAtEveryTokenAndTheElseLineWhenTheConditionFails() {
        RuleBook<Toks> b = book(FILE);
        assertEquals("test/family#said-after", b.rules().get(0).id());
        assertEquals(List.of("said-after speaker=jane roe tense=past verb=said", "said-before speaker=mary verb=said"),
                b.scan(Toks.of("Jane Roe also said Mary"), SHOW));
        assertEquals(List.of("said-after speaker=jane verb=added"), b.scan(Toks.of("Jane added it"), SHOW));
    }

    @Test
    void appliesOnlyTheFirstRuleThatMatchesAndSkipsPastIt() {
        String first = FILE.replace("scan    all", "scan    first");
        assertEquals(List.of("said-after speaker=jane roe tense=past verb=said"),
                book(first).scan(Toks.of("Jane Roe also said Mary"), SHOW));
        String skip = FILE.replace("scan    all", "scan    first-skip")
                .replace("rule said-before\n  match   @(?<verb> [lower in say]) (?<speaker> <name>)",
                        "rule said-before\n  match   @(?<verb> [lower in say]) (?<speaker> <name>) [lower in say]");
        assertEquals(List.of("said-before speaker=mary verb=said"),
                book(skip).scan(Toks.of("said Mary said Jane"), SHOW));
    }

    @Test
    void triesTheRulesAtAnAnchorTheExtractorNames() {
        String anchored = FILE.replace("scan    all", "scan    anchored");
        RuleBook<Toks> b = book(anchored);
        assertEquals(List.of("said-before speaker=mary verb=said"), b.first(Toks.of("it said Mary"), 1, SHOW));
        assertEquals(List.of(), b.first(Toks.of("it said Mary"), 0, SHOW));
        assertThrows(IllegalStateException.class, () -> b.scan(Toks.of("it said Mary"), SHOW));
    }

    @Test
    void namesTheFileAndLineOfAnError() {
        ConfigException bad = assertThrows(ConfigException.class,
                () -> book(FILE.replace("@(?<verb> [lower in say])", "@(?<verb> [lower in nosuch])")));
        assertTrue(bad.getMessage().startsWith("rules/test/family.rules:7: rule said-after: no list 'nosuch'"),
                bad.getMessage());
        ConfigException kind = assertThrows(ConfigException.class, () -> RuleBook.compile(
                RuleFile.parse("test/family", "test.rules", FILE), ENV, Map.of(), "role", RuleConfidence.bundled()));
        assertTrue(kind.getMessage().contains("makes 'quote' facts; this family makes role"), kind.getMessage());
        ConfigException key = assertThrows(ConfigException.class,
                () -> RuleFile.parse("f", "f.rules", "rule a\n  matches \"x\"\n  fact x\n"));
        assertTrue(key.getMessage().startsWith("f.rules:2: a line without a key"), key.getMessage());
        assertThrows(ConfigException.class, () -> RuleFile.parse("f", "f.rules", "rule a\n  fact x\n"));
        assertThrows(ConfigException.class, () -> RuleFile.parse("f", "f.rules", "scan sideways\n"));
    }
}
