package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanySignsTest {

    /** The gazetteer knows Nokia (a Finnish town) and Pontiac (a Michigan city); the known names list both firms. */
    private final CompanySigns signs = new CompanySigns(Set.of("Mr", "President")::contains,
            Set.of("Nokia", "Pontiac", "Paris")::contains, Set.of("Nokia", "Pontiac")::contains);

    /** The types of the finder's place mentions of the given one-word names in the sentences, after the signs. */
    private List<EntityType> retype(String[][] sentences, String... places) {
        List<Mention> mentions = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            for (int i = 0; i < sentences[s].length; i++) {
                if (List.of(places).contains(sentences[s][i])) {
                    mentions.add(new Mention(EntityType.PLACE, sentences[s][i], s * 100 + i, s * 100 + i + 1, s, 0.9));
                    where.add(new int[] {s, i, i + 1});
                }
            }
        }
        return signs.retype(mentions, where, sentences).stream().map(Mention::type).toList();
    }

    @Test
    void aKnownFirmTheGazetteerKnowsAsAPlaceIsTheFirmWhenTheArticleSaysSo() {
        String[][] text = {{"Nokia", "said", "its", "profit", "rose", "."}, {"Pontiac", "is", "in", "Michigan", "."}};
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PLACE), retype(text, "Nokia", "Pontiac"));
    }

    @Test
    void aPlaceTheListDoesNotKnowAsAFirmStaysAPlaceWhateverFollows() {
        String[][] text = {{"Paris", "said", "its", "budget", "rose", "."}};
        assertEquals(List.of(EntityType.PLACE), retype(text, "Paris"));
    }
}
