package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ANNOTATION.md: "an output built from the first elements alone must be entirely right". Each development gold
 * file, fed to the scorers as the system's rows (first alias, role[0], first org, first location), must score
 * precision and recall 1 on every kind; a failure names the article and item, so that an inconsistent
 * annotation (two slots sharing an alias, two facts only one row can match) is found before it skews a
 * figure. Sealed sets are left to {@link SealedQualityTest}.
 */
class GoldConsistencyTest {

    @TestFactory
    Stream<DynamicTest> goldAsPredictionsScoresOne() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(QualitySets.GOLD)) {
            all.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .filter(f -> !f.getFileName().toString().startsWith("sealed-")).sorted().forEach(files::add);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("seed.jsonl")), "seed gold present");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            GoldSet gold = GoldSet.load(f);
            Evaluation e = Evaluation.score(gold, Predictions.of(gold));
            for (Kind k : Kind.values()) {
                if (e.annotates(k)) {
                    KindResult t = e.total(k);
                    List<String> errors = new ArrayList<>();
                    e.articles().forEach(a -> {
                        KindResult r = a.kinds().get(k);
                        if (r != null) {
                            r.errors().forEach(x -> errors.add(a.id() + ": " + x));
                        }
                    });
                    assertEquals(List.of(), errors, gold.name() + " " + k.label());
                    assertEquals(1.0, t.score().precision(), gold.name() + " " + k.label() + " precision");
                    assertEquals(1.0, t.score().recall(), gold.name() + " " + k.label() + " recall");
                }
            }
        }));
    }
}
