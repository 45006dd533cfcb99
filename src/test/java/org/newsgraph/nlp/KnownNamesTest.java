package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    private final KnownNames known = new KnownNames(Set.of("Amazon")::contains);

    private static Mention m(EntityType type, String text, int begin) {
        return new Mention(type, text, begin, begin + text.length(), 0, 0.9);
    }

    private static List<EntityType> types(List<Mention> mentions) {
        return mentions.stream().map(Mention::type).toList();
    }

    @Test
    void typesAKnownCompanyOrOutletAnOrganizationWhateverTheFinderSaid() {
        List<Mention> in = List.of(m(EntityType.PERSON, "Wikinews", 0), m(EntityType.PLACE, "Spotify", 20),
                m(EntityType.PERSON, "Jane Doe", 40));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PERSON),
                types(known.retype(in)));
    }

    @Test
    void typesProductsMiscAloneAfterTheirMakerOrWithAVersion() {
        List<Mention> in = List.of(m(EntityType.PERSON, "Mozilla Firefox", 0),
                m(EntityType.ORGANIZATION, "Internet Explorer 6", 20), m(EntityType.PERSON, "iPhone", 40),
                m(EntityType.ORGANIZATION, "Mozilla", 60));
        assertEquals(List.of(EntityType.MISC, EntityType.MISC, EntityType.MISC, EntityType.ORGANIZATION),
                types(known.retype(in)));
    }

    @Test
    void keepsAPersonTheArticleNamesInFullAndAPlaceTheGazetteerKnows() {
        List<Mention> in = List.of(m(EntityType.PERSON, "Michael Dell", 0), m(EntityType.PERSON, "Dell", 20),
                m(EntityType.PLACE, "Amazon", 40));
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON, EntityType.PLACE), types(known.retype(in)));
    }

    @Test
    void readsAKnownNameWithItsOpeningThe() {
        List<Mention> in = List.of(m(EntityType.PERSON, "The Associated Press", 0), m(EntityType.PERSON, "The Hill", 30));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION), types(known.retype(in)));
    }

    @Test
    void commonAbbreviationsAreNoEntities() {
        List<Mention> in = List.of(m(EntityType.ORGANIZATION, "PTSD", 0), m(EntityType.ORGANIZATION, "LIBOR", 20),
                m(EntityType.ORGANIZATION, "NATO", 40));
        assertEquals(List.of(EntityType.MISC, EntityType.MISC, EntityType.ORGANIZATION), types(known.retype(in)));
    }
}
