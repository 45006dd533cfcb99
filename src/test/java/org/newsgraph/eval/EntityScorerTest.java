package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Predictions.EntityRow;

/** Entity rows scored against invented gold built on ANNOTATION.md's examples. */
class EntityScorerTest {

    private static final GoldSet.Article GOLD = GoldSet.parse("""
            {"id": "a", "annotated": ["entities"], "entities": [
              {"type": "Place", "names": ["United States", "U.S.", "USA"]},
              {"type": "Organization", "names": ["Knesset", "Israeli Knesset"], "second_type": "Place"},
              {"type": "Person", "names": ["Mohammed bin Salman", "bin Salman", "Prince Mohammed"]},
              {"type": "Organization", "names": ["Democrats"], "optional": true}
            ]}""");

    private static KindResult score(EntityRow... rows) {
        return EntityScorer.score(GOLD, List.of(rows));
    }

    private static EntityRow row(String name, String type) {
        return new EntityRow("a", name, type);
    }

    @Test
    void matchesAnAliasAfterNormalisation() {
        assertEquals(new Score(2, 2, 3, 2), score(row("America", "Place"), row("Prince Mohammed", "Person")).score());
    }

    @Test
    void acceptsTheSecondType() {
        assertEquals(1, score(row("Knesset", "Place")).score().correct());
    }

    @Test
    void countsAnotherTypeAsAConfusion() {
        KindResult r = score(row("United States", "Organization"));
        assertEquals(0, r.score().correct());
        assertEquals(1, r.counts().get("type confusions"));
    }

    @Test
    void optionalEntityCountsWhenProducedAndIsNotMissedWhenAbsent() {
        assertEquals(new Score(1, 1, 3, 0), score(row("Democrats", "Organization")).score());
        assertEquals(3, score().score().gold());
    }

    @Test
    void matchesEachEntityOnce() {
        KindResult r = score(row("Knesset", "Organization"), row("Israeli Knesset", "Organization"));
        assertEquals(new Score(2, 1, 3, 1), r.score());
    }

    @Test
    void scoresEachTypeApart() {
        KindResult r = score(row("United States", "Place"), row("Jane Doe", "Person"));
        assertEquals(new Score(1, 1, 1, 1), r.parts().get("Place"));
        assertEquals(new Score(1, 0, 1, 0), r.parts().get("Person"));
        assertEquals(new Score(0, 0, 1, 0), r.parts().get("Organization"));
    }
}
