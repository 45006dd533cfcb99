package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstitutionNamesTest {

    private final InstitutionNames institutions = new InstitutionNames(Set.of("Hague", "Indiana")::contains);

    private static Mention at(String text, EntityType type, String name) {
        int begin = text.indexOf(name);
        return new Mention(type, name, begin, begin + name.length(), 0, 0.9);
    }

    private static List<EntityType> types(List<Mention> mentions) {
        return mentions.stream().map(Mention::type).toList();
    }

    private static List<Sentence> oneSentence(String text) {
        return List.of(new Sentence(0, 0, text.length(), List.of()));
    }

    @Test
    void aNameAfterATitlesCapitalTheInsideASentenceIsAnOrganization() {
        String text = "An opinion contributor for The Hill, Turley told a reporter for The New Yorker in The Hague.";
        List<Mention> in = List.of(at(text, EntityType.PERSON, "Hill"), at(text, EntityType.PERSON, "Turley"),
                at(text, EntityType.PLACE, "New Yorker"), at(text, EntityType.PLACE, "Hague"));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE),
                types(institutions.retype(text, oneSentence(text), in)));
    }

    @Test
    void theOpeningASentenceMakesNoOrganization() {
        String text = "The Smiths moved to Denver.";
        List<Mention> in = List.of(at(text, EntityType.PERSON, "Smiths"));
        assertEquals(in, institutions.retype(text, oneSentence(text), in));
    }

    @Test
    void aUniversitysFirstWordAloneIsTheUniversityUnlessAPersonOrPlaceHasIt() {
        String text = "Harvard University won. Harvard said so. Indiana University and Jane Howard of Howard College "
                + "agreed; Indiana and Howard did not.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Harvard University"),
                new Mention(EntityType.PERSON, "Harvard", 24, 31, 0, 0.9),
                at(text, EntityType.ORGANIZATION, "Indiana University"), at(text, EntityType.PERSON, "Jane Howard"),
                at(text, EntityType.ORGANIZATION, "Howard College"),
                new Mention(EntityType.PLACE, "Indiana", text.lastIndexOf("Indiana"), text.lastIndexOf("Indiana") + 7,
                        0, 0.9),
                new Mention(EntityType.PERSON, "Howard", text.lastIndexOf("Howard"), text.lastIndexOf("Howard") + 6,
                        0, 0.9));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION,
                        EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON),
                types(institutions.retype(text, oneSentence(text), in)));
    }
}
