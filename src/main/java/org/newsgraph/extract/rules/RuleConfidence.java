package org.newsgraph.extract.rules;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * How far each rule's facts are to be trusted: its precision measured on the development sets, read from
 * {@code /rules/confidence.tsv} (rule, facts, correct, precision, confidence). The confidence is the
 * precision with one correct and one wrong fact added (Laplace's rule of succession), so a rule measured on
 * three facts is not taken for certain; a rule not yet measured gets {@link #DEFAULT}. The file is written by
 * {@code RuleConfidenceCalibration} in the test tree. Immutable.
 */
public final class RuleConfidence {

    public static final String RESOURCE = "/rules/confidence.tsv";

    /** The confidence of a rule with no measurement: as likely right as wrong. */
    public static final double DEFAULT = 0.5;

    private static volatile RuleConfidence bundled;

    private final Map<String, Double> confidence;

    private RuleConfidence(Map<String, Double> confidence) {
        this.confidence = Map.copyOf(confidence);
    }

    /** The table that ships on the classpath, read once. */
    public static RuleConfidence bundled() {
        RuleConfidence c = bundled;
        if (c == null) {
            synchronized (RuleConfidence.class) {
                if (bundled == null) {
                    bundled = read();
                }
                c = bundled;
            }
        }
        return c;
    }

    private static RuleConfidence read() {
        Map<String, Double> out = new HashMap<>();
        for (String line : Lexicons.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f[0].equals("rule")) {
                continue;
            }
            try {
                int facts = Integer.parseInt(f[1].strip());
                int correct = Integer.parseInt(f[2].strip());
                if (correct < 0 || correct > facts) {
                    throw new NumberFormatException("correct outside 0.." + facts);
                }
                out.put(f[0].strip(), of(facts, correct));
            } catch (RuntimeException e) {
                throw new ConfigException(RESOURCE + ": expected rule, facts, correct, ...: '" + line + "': "
                        + e.getMessage(), e);
            }
        }
        return new RuleConfidence(out);
    }

    /** The confidence of a rule that made {@code facts} facts of which {@code correct} were right. */
    public static double of(int facts, int correct) {
        return Math.round((correct + 1.0) / (facts + 2.0) * 1000) / 1000.0;
    }

    /** The rule's confidence, or {@link #DEFAULT} when it has not been measured. */
    public double of(String ruleId) {
        return confidence.getOrDefault(ruleId, DEFAULT);
    }
}
