package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReporterNamesTest {

    private final ReporterNames reporters = new ReporterNames(Set.of("Group")::contains, Set.of("Ruritania")::contains);

    private static Mention at(String text, EntityType type, String name, int from) {
        int begin = text.indexOf(name, from);
        return new Mention(type, name, begin, begin + name.length(), 0, 0.9);
    }

    private static List<EntityType> types(List<Mention> mentions) {
        return mentions.stream().map(Mention::type).toList();
    }

    @Test
    void aJournalistInACreditLineIsAPersonWhereverTheArticleNamesThem() {
        String text = "As Juana Summers wrote, prices rose.\nNPR's Juana Summers contributed to this report.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Juana Summers", 0),
                at(text, EntityType.ORGANIZATION, "NPR", 0),
                at(text, EntityType.ORGANIZATION, "Juana Summers", 10));
        assertEquals(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PERSON),
                types(reporters.retype(text, in)));
    }

    @Test
    void aReportersTitleBeforeTheNameMakesItAPerson() {
        String text = "On Morning Edition, correspondent Joanna Kakissis reported from Nicosia.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Joanna Kakissis", 0));
        assertEquals(List.of(EntityType.PERSON), types(reporters.retype(text, in)));
    }

    @Test
    void outletsAndCompaniesInCreditLinesStayOrganizations() {
        String text = "The Associated Press contributed to this report. Acme Group reported from its desk. "
                + "Goldman Sachs reports a profit.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Associated Press", 0),
                at(text, EntityType.ORGANIZATION, "Acme Group", 0), at(text, EntityType.ORGANIZATION, "Goldman Sachs", 0));
        assertEquals(in, reporters.retype(text, in));
    }

    @Test
    void journalistsOfAWiresCreditLineAndOfAListOfContributorsArePeople() {
        String text = "Acme Corp fell.\n(Reporting by Jane Doe and Mary Major; Editing by John Roe)\n"
                + "Strelsau TV's Anna Berg, Karl Lind and Eva Holm contributed to this report. "
                + "Ruritania Radio's Tom Weiss reports on the talks.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Acme Corp", 0),
                at(text, EntityType.ORGANIZATION, "Jane Doe", 0), at(text, EntityType.ORGANIZATION, "Mary Major", 0),
                at(text, EntityType.ORGANIZATION, "John Roe", 0), at(text, EntityType.ORGANIZATION, "Anna Berg", 0),
                at(text, EntityType.ORGANIZATION, "Tom Weiss", 0));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PERSON, EntityType.PERSON,
                EntityType.PERSON, EntityType.PERSON), types(reporters.retype(text, in)));
    }

    @Test
    void anOutletAfterAPlacesPossessiveStaysAnOrganization() {
        String text = "The accusations are old, Ruritania's Strelsau Online reports.\nZenda's Anna Berg reports on the talks.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Strelsau Online", 0),
                at(text, EntityType.ORGANIZATION, "Anna Berg", 0));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PERSON), types(reporters.retype(text, in)));
    }
}
