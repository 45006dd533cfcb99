package org.newsgraph.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token pattern language and its matcher, on sentences written word/TAG. */
class TokenPatternTest {

    /** A run of capitalised words: the longest one from a token rightwards, or to a token leftwards. */
    static final SpanReader<Toks> NAMES = new SpanReader<>() {
        @Override
        public List<Span> from(Toks s, int i) {
            int j = i;
            while (j < s.size() && s.capitalised(j)) {
                j++;
            }
            return j == i ? List.of() : List.of(new Span(i, j, s.text(i, j)));
        }

        @Override
        public List<Span> to(Toks s, int end) {
            int i = end;
            while (i > 0 && s.capitalised(i - 1)) {
                i--;
            }
            return i == end ? List.of() : List.of(new Span(i, end, s.text(i, end)));
        }

        @Override
        public boolean readsLeftwards() {
            return true;
        }
    };

    static final PatternEnv<Toks> ENV = PatternEnv.<Toks>empty()
            .test("cap", Toks::capitalised)
            .list("say", Set.of("said", "told", "added"))
            .reader("name", NAMES)
            .macro("aux", "[lower in (has had have)] \"been\" | [lower in (is was)]");

    static Match match(String pattern, String sentence, int anchor) {
        Toks s = Toks.of(sentence);
        return TokenPattern.compile(pattern, ENV).matcher(s).at(anchor);
    }

    @Test
    void matchesWordsTagsAndListsFromTheAnchor() {
        Match m = match("\"the\" [pos=ADJ] [pos=NOUN & !cap]", "the/DET big/ADJ deal/NOUN", 0);
        assertNotNull(m);
        assertEquals(0, m.start());
        assertEquals(3, m.end());
        assertNull(match("\"the\" [pos=ADJ] [pos=NOUN & !cap]", "the/DET big/ADJ Deal/NOUN", 0));
        assertNotNull(match("[lower in say] [lower in (that ,)]", "Said ,", 0));
        assertNotNull(match("[lemma=talk]", "Talks", 0));
        assertNotNull(match("[word=US | word=UK]", "UK", 0));
        assertNull(match("[word=US | word=UK]", "uk", 0));
    }

    @Test
    void asksSpanReadersOnlyInsideTheSentence() {
        // A reader that indexes the sentence's tokens, as the extractors' readers do, must never be asked at the
        // sentence's end (rightwards) or its start (leftwards), where a pattern can still stand.
        SpanReader<Toks> strict = new SpanReader<>() {
            @Override
            public List<Span> from(Toks s, int i) {
                return NAMES.from(s, checked(s, i));
            }

            @Override
            public List<Span> to(Toks s, int end) {
                return NAMES.to(s, checked(s, end - 1) + 1);
            }

            @Override
            public boolean readsLeftwards() {
                return true;
            }

            private int checked(Toks s, int token) {
                s.word(token); // throws outside the sentence
                return token;
            }
        };
        PatternEnv<Toks> env = PatternEnv.<Toks>empty().reader("name", strict).list("say", Set.of("said"));
        Toks s = Toks.of("Rubio said");
        assertNull(TokenPattern.compile("@[lower in say] <name>", env).matcher(s).at(1));
        assertNull(TokenPattern.compile("<name> <name> @[lower in (rubio)]", env).matcher(s).at(0));
        assertNotNull(TokenPattern.compile("<name> @[lower in say]", env).matcher(s).at(1));
    }

    @Test
    void readsTheElementsBeforeTheAnchorLeftwards() {
        Match m = match("(?<person> <name>) [lower in (also then)]* @[lower in say]",
                "Yesterday , Marco Rubio also said it", 5);
        assertNotNull(m);
        assertEquals(2, m.start());
        assertEquals(6, m.end());
        assertEquals(2, m.start("person"));
        assertEquals(4, m.end("person"));
        assertEquals("marco rubio", m.value("person"));
        assertNull(match("(?<person> <name>) @[lower in say]", "the man said", 2));
    }

    @Test
    void readsSpansRightwardsAfterTheAnchor() {
        Match m = match("@\"said\" (?<person> <name>) $", "said Marco Rubio", 0);
        assertNotNull(m);
        assertEquals("marco rubio", m.value("person"));
        assertNull(match("@\"said\" (?<person> <name>) $", "said Marco Rubio today", 0));
    }

    @Test
    void prefersGreedyThenShorterAndLazyTheOtherWay() {
        Match greedy = match("(?<a> []*) (?<b> \"x\")", "x x x", 0);
        assertEquals(2, greedy.end("a"));
        Match lazy = match("(?<a> []*?) (?<b> \"x\")", "x x x", 0);
        assertEquals(0, lazy.end("a"));
        Match bounded = match("(?<a> [pos=D]{1,2}) [pos=D]", "a/D b/D c/D d/D", 0);
        assertEquals(2, bounded.end("a"));
        assertNull(match("[pos=D]{3}", "a/D b/D", 0));
        assertNotNull(match("[pos=D]{2,} \"e\"", "a/D b/D c/D e", 0));
    }

    @Test
    void givesBackNothingFromAPossessiveRepetition() {
        assertNotNull(match("[pos=ADV]* [pos=ADV] \"as\"", "now/ADV also/ADV as", 0));
        assertNull(match("[pos=ADV]*+ [pos=ADV] \"as\"", "now/ADV also/ADV as", 0));
        assertNotNull(match("(?> \"a\" | \"a\" \"b\") \"c\"", "a c", 0));
        assertNull(match("(?> \"a\" | \"a\" \"b\") \"c\"", "a b c", 0));
    }

    @Test
    void triesAlternativesInOrder() {
        Match m = match("(?<one> \"a\") | (?<two> \"a\" \"b\")", "a b", 0);
        assertTrue(m.has("one"));
        assertFalse(m.has("two"));
        Match later = match("((?<one> \"a\") | (?<two> \"a\" \"b\")) \"c\"", "a b c", 0);
        assertFalse(later.has("one"));
        assertTrue(later.has("two"));
    }

    @Test
    void looksAheadWithoutConsumingAndLooksForAbsence() {
        Match m = match("\"mr\" (?= [cap]) (?<n> <name>)", "mr Smith", 0);
        assertEquals(1, m.start("n"));
        assertNull(match("\"mr\" (?! [cap]) []", "mr Smith", 0));
        assertNotNull(match("\"mr\" (?! [cap]) []", "mr smith", 0));
        Match behind = match("[] (?! \"not\") @\"said\"", "he said", 1);
        assertNotNull(behind);
        assertEquals(0, behind.start());
        assertNull(match("[] (?! \"not\") @\"said\"", "not said", 1));
    }

    @Test
    void matchesTheSentenceEdges() {
        assertNotNull(match("^ \"but\"", "but he said", 0));
        assertNull(match("[] ^ \"but\"", "so but he said", 1));
        assertNotNull(match("^ [lower in (and but)]? @\"he\"", "but he said", 1));
        assertNull(match("^ @\"he\"", "but he said", 1));
        assertNotNull(match("\"said\" $", "he said", 1));
    }

    @Test
    void expandsMacros() {
        Match m = match("(?<person> <name>) @(?<verb> $aux) \"president\"", "Jane Roe has been president", 2);
        assertNotNull(m);
        assertEquals(2, m.start("verb"));
        assertEquals(4, m.end("verb"));
        assertNotNull(match("<name> @$aux \"president\"", "Jane Roe was president", 2));
    }

    @Test
    void indexesTheAnchorByItsWordsLemmasOrTags() {
        assertEquals(Set.of("said", "told", "added"), compile("<name> @[lower in say]").keys().words());
        assertEquals(Set.of("meet"), compile("[pos=VERB & lemma=meet]").keys().lemmas());
        assertEquals(Set.of("a", "b"), compile("(\"a\" | \"b\") []").keys().words());
        assertNull(compile("[cap] \"a\"").keys());
        assertNull(compile("\"a\"? \"b\"").keys());
        assertNull(compile("<name>").keys());
    }

    @Test
    void indexesAnAnchorAlternationWithAKeylessOptionAsAnyToken() {
        assertNull(compile("@([cap] | \"x\") \"a\"").keys());
        assertNull(compile("@(\"x\" | <name>) \"a\"").keys());
        assertEquals(Set.of("x", "y"), compile("@(\"x\" | \"y\") \"a\"").keys().words());
        Match m = match("@([cap] | \"x\") \"a\"", "then Jones a", 1);
        assertNotNull(m);
        assertEquals(1, m.start());
        assertNotNull(match("@([cap] | \"x\") \"a\"", "then x a", 1));
    }

    @Test
    void rejectsWhatCannotBeMatched() {
        assertThrows(IllegalArgumentException.class, () -> compile("[nosuchtest]"));
        assertThrows(IllegalArgumentException.class, () -> compile("<nosuchreader>"));
        assertThrows(IllegalArgumentException.class, () -> compile("[lower in nosuchlist]"));
        assertThrows(IllegalArgumentException.class, () -> compile("(\"a\"?)*"));
        assertThrows(IllegalArgumentException.class, () -> compile("@\"a\" @\"b\""));
        assertThrows(IllegalArgumentException.class, () -> compile("(@\"a\") \"b\""));
        assertThrows(IllegalArgumentException.class, () -> compile("(?<x> \"a\") (?<x> \"b\")"));
        assertThrows(IllegalArgumentException.class, () -> compile("\"a\" ("));
        assertThrows(IllegalArgumentException.class, () -> compile("$nosuchmacro"));
        PatternEnv<Toks> forward = PatternEnv.<Toks>empty().reader("r", SpanReader.forward((s, i) -> null));
        assertThrows(IllegalArgumentException.class, () -> TokenPattern.compile("<r> @\"a\"", forward));
    }

    @Test
    void takesWorkLinearInTheSentenceLengthOverAllAnchors() {
        // a pattern that backtracks exponentially without memory of what failed
        TokenPattern<Toks> p = compile("(\"a\" | \"a\" | [pos=X])* \"b\"");
        long last = 0;
        for (int size : List.of(100, 200, 400)) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                words.add("a");
            }
            Matcher<Toks> m = p.matcher(Toks.of(String.join(" ", words)));
            for (int anchor = 0; anchor < size; anchor++) {
                assertNull(m.at(anchor));
            }
            long steps = m.steps();
            assertTrue(steps < 20L * size * (p.op.length + 1), size + " tokens: " + steps + " steps");
            if (last > 0) {
                assertTrue(steps < 3 * last, "steps grow faster than the length: " + last + " -> " + steps);
            }
            last = steps;
        }
    }

    private static TokenPattern<Toks> compile(String pattern) {
        return TokenPattern.compile(pattern, ENV);
    }
}
