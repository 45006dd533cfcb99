package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class SurnameIndexTest {

    @Test
    void keepsTheSameSpellingOfAPersonWhateverOrderTheArticlesCameIn() {
        SurnameIndex dotted = new SurnameIndex();
        dotted.add(EntityType.PERSON, "George W. Bush", 2);
        dotted.add(EntityType.PERSON, "George W Bush", 1);
        SurnameIndex plain = new SurnameIndex();
        plain.add(EntityType.PERSON, "George W Bush", 1);
        plain.add(EntityType.PERSON, "George W. Bush", 2);

        List<KnownNames.Candidate> expected = List.of(new KnownNames.Candidate("George W Bush", 3));
        assertEquals(expected, dotted.candidates(EntityType.PERSON, "Bush"));
        assertEquals(expected, plain.candidates(EntityType.PERSON, "Bush"));
    }

    @Test
    void ignoresOneWordNamesAndOtherTypes() {
        SurnameIndex index = new SurnameIndex();
        index.add(EntityType.PERSON, "Bush", 1);
        index.add(EntityType.ORGANIZATION, "Bush Holdings", 1);
        assertEquals(List.of(), index.candidates(EntityType.PERSON, "Bush"));
    }
}
