package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameListsTest {

    private final NameLists lists = new NameLists(Set.of("Strelsau", "Orange", "Freedonia")::contains);

    /** Mentions of the given names in one sentence, each found after the end of the one before. */
    private static List<Mention> mentions(String text, Object... typedNames) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typedNames.length; i += 2) {
            String name = (String) typedNames[i + 1];
            int at = text.indexOf(name, from);
            out.add(new Mention((EntityType) typedNames[i], name, at, at + name.length(), 0, 0.9));
            from = at + name.length();
        }
        return out;
    }

    private static List<EntityType> types(List<Mention> mentions) {
        return mentions.stream().map(Mention::type).toList();
    }

    @Test
    void aNameListedAmongCompaniesIsACompanyWhereverTheArticleNamesIt() {
        String text = "Acme Corp, Mary Major, Strelsau Telecom and Zenda Mobile joined. Mary Major said so.";
        List<Mention> in = mentions(text, EntityType.ORGANIZATION, "Acme Corp", EntityType.PERSON, "Mary Major",
                EntityType.ORGANIZATION, "Strelsau Telecom", EntityType.ORGANIZATION, "Zenda Mobile",
                EntityType.PERSON, "Mary Major");
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.ORGANIZATION,
                EntityType.ORGANIZATION, EntityType.ORGANIZATION), types(lists.retype(text, in)));
    }

    @Test
    void aKnownPlaceAmongCompaniesIsACompanyOnlyAsTheListsOneKnownPlace() {
        String text = "Acme, Orange, Zenda Mobile and Rupert Telecom signed. Acme, Strelsau, Freedonia and Zenda "
                + "Mobile signed.";
        List<Mention> in = mentions(text, EntityType.ORGANIZATION, "Acme", EntityType.PLACE, "Orange",
                EntityType.ORGANIZATION, "Zenda Mobile", EntityType.ORGANIZATION, "Rupert Telecom",
                EntityType.ORGANIZATION, "Acme", EntityType.PLACE, "Strelsau", EntityType.PLACE, "Freedonia",
                EntityType.ORGANIZATION, "Zenda Mobile");
        List<EntityType> out = types(lists.retype(text, in));
        assertEquals(EntityType.ORGANIZATION, out.get(1));
        assertEquals(List.of(EntityType.PLACE, EntityType.PLACE), out.subList(5, 7));
    }

    @Test
    void aListOfPeopleOrPlacesOrOfTwoNamesIsLeftAsFound() {
        String text = "Jane Doe, John Roe and Acme Corp met. Mary Major and Acme Corp met. Acme, Zenda Mobile, "
                + "Jane Doe. Strelsau, Zenda and Acme Corp met.";
        List<Mention> in = mentions(text, EntityType.PERSON, "Jane Doe", EntityType.PERSON, "John Roe",
                EntityType.ORGANIZATION, "Acme Corp", EntityType.PERSON, "Mary Major", EntityType.ORGANIZATION,
                "Acme Corp", EntityType.ORGANIZATION, "Acme", EntityType.ORGANIZATION, "Zenda Mobile",
                EntityType.PERSON, "Jane Doe", EntityType.PLACE, "Strelsau", EntityType.PLACE, "Zenda",
                EntityType.ORGANIZATION, "Acme Corp");
        assertEquals(in, lists.retype(text, in));
    }
}
