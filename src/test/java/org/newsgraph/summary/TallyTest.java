package org.newsgraph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static Support support(String article, String outlet, String day, double confidence) {
        return new Support(article + "#role-1", article, day == null ? null : LocalDate.parse(day), outlet,
                confidence, false);
    }

    @Test
    void severalOutletsCountMoreThanOneOutletRepeatingItself() {
        double one = Tally.of(List.of(support("a", "X", "2024-01-01", 0.85))).confidence();
        double repeated = Tally.of(List.of(support("a", "X", "2024-01-01", 0.85),
                support("b", "X", "2024-01-02", 0.85))).confidence();
        double independent = Tally.of(List.of(support("a", "X", "2024-01-01", 0.85),
                support("b", "Y", "2024-01-02", 0.85))).confidence();
        assertEquals(0.85, one, 1e-9);
        assertTrue(one < repeated && repeated < independent, one + " < " + repeated + " < " + independent);
        assertEquals(1 - 0.15 * 0.15, independent, 1e-9);
    }

    @Test
    void countsEachArticleOnceWithItsBestFactAndNeverReachesCertainty() {
        List<Support> supports = new ArrayList<>();
        supports.add(support("a", "X", "2024-01-03", 0.6));
        supports.add(new Support("a#role-2", "a", LocalDate.parse("2024-01-03"), "X", 0.8, false));
        Tally t = Tally.of(supports);
        assertEquals(1, t.articles());
        assertEquals(0.8, t.confidence(), 1e-9);
        for (int i = 0; i < 30; i++) {
            supports.add(support("o" + i, "outlet-" + i, "2024-02-01", 0.9));
        }
        assertEquals(Tally.MAX_CONFIDENCE, Tally.of(supports).confidence(), 1e-9);
    }

    @Test
    void countsDistinctOutletsAndTheFirstAndLastPublicationDays() {
        Tally t = Tally.of(List.of(support("a", "X", "2024-03-02", 0.8), support("b", "Y", "2024-01-05", 0.8),
                support("c", "X", null, 0.8), support("d", null, "2024-02-01", 0.8)));
        assertEquals(4, t.articles());
        assertEquals(2, t.outlets(), "an article without a source is no outlet");
        assertEquals(LocalDate.parse("2024-01-05"), t.first());
        assertEquals(LocalDate.parse("2024-03-02"), t.last());
    }

    @Test
    void isTheSameWhateverOrderTheSupportsComeIn() {
        List<Support> supports = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            supports.add(support("a" + i, "outlet-" + (i % 5), "2024-01-" + String.format("%02d", 1 + i % 28),
                    0.5 + random.nextInt(50) / 100.0));
        }
        Tally first = Tally.of(supports);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(supports, random);
            assertEquals(first, Tally.of(supports));
        }
    }
}
