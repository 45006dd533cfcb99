package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.rules.RuleFile;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Mention;

/**
 * Every example of every rule file, run as a test: the sentence is annotated by the real pipeline, the one
 * extractor that owns the rule file's family runs alone over it, and the facts that rule made must be exactly
 * the example's expected lines (none for a negative example). A failing example names its file, line and rule.
 *
 * <p>The expected lines, one fact each, fields separated by {@code |} (an empty field is written {@code | |}, empty
 * fields at the end may be left out); names as the extractor gives them, before the resolver joins "Wong" to
 * "Penny Wong" or "U.S." to "United States":
 * <ul>
 * <li>roles: person | role | organization as written | qualifier (left out when current)</li>
 * <li>quotes: speaker | verb | addressee | quoted text</li>
 * <li>meetings: participants joined by {@code +} | place | date value | held or planned | kind</li>
 * </ul>
 */
class RuleExamplesTest {

    /** Which extractor reads each family's rules: the folder under {@code rules/}. */
    private static final Map<String, String> EXTRACTOR = Map.of("roles", "roles", "quotes", "quotes",
            "meetings", "meetings");

    @TestFactory
    Stream<DynamicTest> everyRuleMakesExactlyTheFactsOfItsExamples() {
        Map<String, FactExtractor> extractors = FactIdentity.extractors();
        List<DynamicTest> tests = new ArrayList<>();
        for (String resource : ruleFiles()) {
            RuleFile file = RuleFile.resource(resource);
            FactExtractor extractor = extractors.get(EXTRACTOR.get(file.family().split("/")[0]));
            for (RuleFile.RawRule rule : file.rules()) {
                String id = file.family() + "#" + rule.name();
                for (RuleFile.Example example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(id + " (" + resource + ":" + example.line() + ")",
                            () -> check(extractor, id, example)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no rule examples found");
        return tests.stream();
    }

    private static void check(FactExtractor extractor, String id, RuleFile.Example example) {
        AnnotatedDocument doc = DevCorpus.pipeline().analyse(new Article("example", null, example.published(),
                null, null, List.of(), example.text())).extracted().annotated();
        TreeSet<String> made = extractor.extract(new Layers(doc)).stream().filter(f -> f.rule().equals(id))
                .map(RuleExamplesTest::show).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> expected = example.expected().stream().map(RuleExamplesTest::normalise)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, made, id + " on: " + example.text());
    }

    /** The rule files on the test classpath, as resource names ({@code /rules/roles/copula.rules}). */
    static List<String> ruleFiles() {
        try {
            Path root = Path.of(RuleExamplesTest.class.getResource("/rules").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".rules")).sorted()
                        .map(p -> "/rules/" + root.relativize(p).toString().replace('\\', '/')).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An expected line with its fields trimmed and trailing empty fields dropped. */
    static String normalise(String line) {
        List<String> fields = new ArrayList<>();
        for (String f : line.split("\\|", -1)) {
            fields.add(f.strip().replaceAll("\\s+", " "));
        }
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : " |").append(i == 0 || fields.get(i).isEmpty() ? "" : " ").append(fields.get(i));
        }
        return out.toString();
    }

    /** A fact in the examples' notation. */
    static String show(Fact f) {
        if (f instanceof Fact.Role r) {
            return normalise(String.join("|", text(r.person()), r.role(), text(r.organization()),
                    r.qualifier() == Fact.Qualifier.CURRENT ? "" : r.qualifier().name().toLowerCase()));
        }
        if (f instanceof Fact.Quote q) {
            return normalise(String.join("|", text(q.speaker()), String.valueOf(q.verb()), text(q.addressee()),
                    q.text()));
        }
        if (f instanceof Fact.Meeting m) {
            String date = m.date() == null || m.date().value() == null ? "" : m.date().value().lexical();
            return normalise(String.join("|", m.participants().stream().map(RuleExamplesTest::text)
                    .collect(Collectors.joining(" + ")), text(m.location()), date, m.planned() ? "planned" : "held",
                    m.kind()));
        }
        return f.toString();
    }

    private static String text(Mention m) {
        return m == null ? "" : m.text();
    }
}
