package org.newsgraph.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.common.Lexicons;

class RuleConfidenceTest {

    @Test
    void givesEachMeasuredRuleItsPrecisionWithOneRightAndOneWrongFactAdded() {
        List<String[]> rows = Lexicons.table(RuleConfidence.RESOURCE, 3).stream().filter(r -> !r[0].equals("rule"))
                .toList();
        assertFalse(rows.isEmpty(), "no rule measured in " + RuleConfidence.RESOURCE);
        for (String[] r : rows) {
            assertEquals(RuleConfidence.of(Integer.parseInt(r[1]), Integer.parseInt(r[2])),
                    RuleConfidence.bundled().of(r[0]), 1e-9, r[0]);
        }
        assertEquals(0.75, RuleConfidence.of(2, 2), 1e-9);
        assertEquals(0.5, RuleConfidence.of(0, 0), 1e-9);
    }

    @Test
    void givesARuleNotMeasuredTheDefault() {
        assertEquals(RuleConfidence.DEFAULT, RuleConfidence.bundled().of("roles/no-such-file#no-such-rule"));
    }
}
