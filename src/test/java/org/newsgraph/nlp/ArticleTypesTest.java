package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTypesTest {

    private final ArticleTypes types = new ArticleTypes();

    private static Mention m(EntityType type, String text, int begin) {
        return new Mention(type, text, begin, begin + text.length(), 0, 0.9);
    }

    @Test
    void aNameTakesTheTypeMostOfItsMentionsHave() {
        List<Mention> out = types.apply(List.of(m(EntityType.ORGANIZATION, "Seanergy", 0),
                m(EntityType.PLACE, "Seanergy", 30), m(EntityType.ORGANIZATION, "Seanergy", 60)));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION),
                out.stream().map(Mention::type).toList());
    }

    @Test
    void aTieLeavesEachMentionAsFound() {
        List<Mention> in = List.of(m(EntityType.PERSON, "Washington", 0), m(EntityType.PLACE, "Washington", 30));
        assertEquals(in, types.apply(in));
    }

    @Test
    void anAdministrationAfterAPersonTheArticleNamesIsThatPerson() {
        List<Mention> out = types.apply(List.of(m(EntityType.PERSON, "George W. Bush", 0),
                m(EntityType.ORGANIZATION, "Bush Administration", 40),
                m(EntityType.ORGANIZATION, "Small Business Administration", 80)));
        assertEquals(List.of(m(EntityType.PERSON, "George W. Bush", 0), m(EntityType.PERSON, "Bush", 40),
                m(EntityType.ORGANIZATION, "Small Business Administration", 80)), out);
    }
}
