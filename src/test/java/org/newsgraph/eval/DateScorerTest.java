package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Predictions.DateRow;

/** Date rows scored against invented gold: overlapping spans, same lexical value. */
class DateScorerTest {

    private static final GoldSet.Article GOLD = GoldSet.parse("""
            {"id": "a", "annotated": ["dates"], "dates": [
              {"text": "on Monday", "begin": 10, "end": 19, "value": "2025-03-10"},
              {"text": "last year", "begin": 40, "end": 49, "value": "2024"}
            ]}""");

    private static Score score(DateRow... rows) {
        return DateScorer.score(GOLD, List.of(rows)).score();
    }

    private static DateRow row(int begin, int end, String value) {
        return new DateRow("a", "x", begin, end, value);
    }

    @Test
    void anOverlappingSpanWithTheSameValueIsCorrect() {
        assertEquals(new Score(1, 1, 2, 1), score(row(13, 19, "2025-03-10")));
    }

    @Test
    void countsCorrectRowsWithTheExactSpan() {
        KindResult r = DateScorer.score(GOLD, List.of(row(10, 19, "2025-03-10"), row(40, 44, "2024")));
        assertEquals(new Score(2, 2, 2, 2), r.score());
        assertEquals(1, r.counts().get("correct rows with the gold's exact span"));
    }

    @Test
    void anotherUnitIsWrong() {
        assertEquals(new Score(1, 0, 2, 0), score(row(40, 49, "2024-03")));
    }

    @Test
    void aSpanThatDoesNotOverlapIsWrong() {
        assertEquals(new Score(1, 0, 2, 0), score(row(19, 25, "2025-03-10")));
    }

    @Test
    void rowsWithoutAValueDoNotCount() {
        KindResult r = DateScorer.score(GOLD, List.of(row(10, 19, "")));
        assertEquals(new Score(0, 0, 2, 0), r.score());
        assertEquals(1, r.counts().get("missed gold dates found without a value"));
    }

    @Test
    void twoRowsOverOneExpressionCountOnce() {
        assertEquals(new Score(2, 1, 2, 1), score(row(10, 19, "2025-03-10"), row(13, 19, "2025-03-10")));
    }
}
