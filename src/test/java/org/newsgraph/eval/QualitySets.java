package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The quality sets as the quality tests use them: the gold file of a set, which sets a run selects
 * ({@code -Deval.set=NAME}), and each set's evaluation, made once per test class and kept (one ingestion per set,
 * whatever the number of kinds tested). A set whose gold file is absent, or not selected, is skipped with a
 * message saying why; it never passes silently.
 */
final class QualitySets {

    /** Where the converted gold files live. */
    static final Path GOLD = Path.of("src/test/resources/eval");

    /** Where the reports go. */
    static final Path REPORTS = Path.of("target/eval");

    private final Path tempDir;
    private final boolean perArticle;
    private final Map<String, Evaluation> done = new HashMap<>();

    /**
     * @param tempDir    a folder for the sets' TDB2 stores
     * @param perArticle whether the reports list every article's errors (never for sealed sets)
     */
    QualitySets(Path tempDir, boolean perArticle) {
        this.tempDir = tempDir;
        this.perArticle = perArticle;
    }

    static Path goldFile(String set) {
        return GOLD.resolve(set + ".jsonl");
    }

    /**
     * The set's evaluation, made on first use: its report written to {@code target/eval/<set>.txt} and its
     * totals printed. Skips the calling test when the set is not selected or has no gold file.
     */
    synchronized Evaluation evaluation(String set) {
        String selected = System.getProperty("eval.set", "").strip();
        skipUnless(selected.isEmpty() || selected.equals(set),
                set + " skipped: -Deval.set=" + selected + " selects another set");
        Path file = goldFile(set);
        skipUnless(Files.isRegularFile(file), set + " skipped: no gold file " + file
                + " (convert the set's raw files with src/tools/gold_from_raw.py, see docs/quality.md)");
        return done.computeIfAbsent(set, s -> {
            Evaluation e = Evaluation.run(GoldSet.load(file), tempDir.resolve(s));
            Path report = REPORTS.resolve(s + ".txt");
            e.writeReport(report, perArticle);
            System.out.print(e.totals());
            System.out.println(s + ": report in " + report + (e.goldProblems().isEmpty() ? ""
                    : "; " + e.goldProblems().size() + " gold problems"));
            return e;
        });
    }

    /**
     * Scores one kind of a set that has no floor yet (its figures were never measured): fails only when the set
     * cannot be scored, and prints that a floor is to be set from the totals.
     */
    void measure(String set, Kind kind) {
        Evaluation e = evaluation(set);
        skipUnless(e.annotates(kind), set + " skipped: its gold annotates no " + kind.label());
        assertTrue(e.articles(kind) > 0, set + ": no article scored for " + kind.label());
        System.out.println(set + " " + kind.label() + ": no floor yet; set one from the totals above");
    }

    /** Skips the calling test with the message, printed too, so that a quiet build shows it. */
    private static void skipUnless(boolean condition, String message) {
        if (!condition) {
            System.out.println(message);
        }
        Assumptions.assumeTrue(condition, message);
    }

    /**
     * Scores one kind of a set and fails when its precision or recall falls under the floor. Skips when no
     * article of the set annotates the kind.
     */
    void check(String set, Kind kind, double minPrecision, double minRecall) {
        Evaluation e = evaluation(set);
        skipUnless(e.annotates(kind), set + " skipped: its gold annotates no " + kind.label());
        Score s = e.total(kind).score();
        assertTrue(s.precision() >= minPrecision, () -> String.format(Locale.ROOT,
                "%s %s: precision %.3f below the floor %.2f (%s)", set, kind.label(), s.precision(), minPrecision,
                s.summary()));
        assertTrue(s.recall() >= minRecall, () -> String.format(Locale.ROOT,
                "%s %s: recall %.3f below the floor %.2f (%s)", set, kind.label(), s.recall(), minRecall,
                s.summary()));
    }
}
