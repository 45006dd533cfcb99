package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/** The forms a name takes within one article: offices before it, mistyped surnames, first names, acronyms. */
class NameFormsTest {

    private static final PlaceNames PLACES = PlaceNames.load();

    @Test
    void dropsAnOfficeWrittenBeforeAPersonsName() {
        assertEquals("James Baker", NameForms.withoutOffice("Treasury Secretary James Baker"));
        assertEquals("Clayton Yeutter", NameForms.withoutOffice("US Trade Representative Clayton Yeutter"));
        assertEquals("Charles Kennedy", NameForms.withoutOffice("Lib Dem leader Charles Kennedy"));
        assertEquals("Reagan", NameForms.withoutOffice("President Reagan"));
        assertEquals("Clayton Yeutter", NameForms.withoutOffice("Trade Representative Clayton Yeutter Monday"));
    }

    @Test
    void keepsNamesWhoseFirstWordOnlyLooksLikeATitle() {
        assertEquals("John Major", NameForms.withoutOffice("John Major"));
        assertEquals("Earl Warren", NameForms.withoutOffice("Earl Warren"));
        assertEquals("Secretary of State George Shultz", NameForms.withoutOffice("Secretary of State George Shultz"));
        assertEquals("Speaker", NameForms.withoutOffice("Speaker"));
    }

    @Test
    void givesTheShorterFormsOfAnOrganizationsName() {
        assertEquals(List.of("Goldman Sachs Group", "Goldman Sachs"),
                NameForms.organizationShortForms("Goldman Sachs Group Inc"));
        assertEquals(List.of("McKinsey &", "McKinsey"), NameForms.organizationShortForms("McKinsey & Co"));
        assertEquals(List.of("Securities and Exchange Commission"),
                NameForms.organizationShortForms("U.S. Securities and Exchange Commission"));
        assertEquals(List.of("Department of the Treasury", "Treasury Department"),
                NameForms.organizationShortForms("U.S. Department of the Treasury"));
        assertEquals(List.of("U.S. Acme", "Acme Corp", "Acme"), NameForms.organizationShortForms("U.S. Acme Corp"));
        assertEquals(List.of(), NameForms.organizationShortForms("Bank of America"));
        assertEquals(List.of(), NameForms.organizationShortForms("Group"));
    }

    @Test
    void recognisesAnAcronymOfAnOrganizationsName() {
        assertTrue(NameForms.isAcronymOf("EMS", "European Monetary System"));
        assertTrue(NameForms.isAcronymOf("NSC", "National Security Council"));
        assertTrue(NameForms.isAcronymOf("IDB", "Inter-American Development Bank"));
        assertTrue(NameForms.isAcronymOf("GATT", "General Agreement on Tariffs and Trade"));
        assertFalse(NameForms.isAcronymOf("EC", "European Monetary System"));
        assertFalse(NameForms.isAcronymOf("UN", "US Navy"), "an acronym inside a name gives more than its initial");
        assertFalse(NameForms.isAcronymOf("EMS", "Ems"));
        assertTrue(NameForms.isAcronymOf("GSMA", "GSM Association"), "a long acronym may hold an acronym whole");
        assertTrue(NameForms.isAcronymOf("MUFG", "Mitsubishi UFJ Financial Group"), "or by its initial");
        assertFalse(NameForms.isAcronymOf("USN", "US Navy"), "three letters are too few to tell");
    }

    @Test
    void resolvesAnAcronymToTheOrganizationTheArticleSpellsOut() {
        ResolvedDocument r = resolve("The European Monetary System (EMS) holds. The EMS has eight members.",
                EntityType.ORGANIZATION, "European Monetary System", EntityType.ORGANIZATION, "EMS",
                EntityType.ORGANIZATION, "EMS");
        assertEquals(entity(r, "European Monetary System", 0), entity(r, "EMS", 1));
    }

    @Test
    void aSurnameTheFinderTypedAsAnOrganizationIsThePerson() {
        ResolvedDocument r = resolve("Finance Minister Gerhard Stoltenberg spoke. Stoltenberg said rates hold.",
                EntityType.PERSON, "Gerhard Stoltenberg", EntityType.ORGANIZATION, "Stoltenberg");
        Entity e = entity(r, "Stoltenberg", 0);
        assertEquals(EntityType.PERSON, e.type());
        assertEquals("person/gerhard-stoltenberg", e.key());
    }

    @Test
    void aCompanyNamedLikeAPersonStaysACompanyWhenNoSuchPersonIsNamed() {
        ResolvedDocument r = resolve("Hughes Tool rejected a merger with Baker. Baker said it would sue.",
                EntityType.ORGANIZATION, "Hughes Tool", EntityType.ORGANIZATION, "Baker",
                EntityType.ORGANIZATION, "Baker");
        assertEquals(EntityType.ORGANIZATION, entity(r, "Baker", 0).type());
    }

    @Test
    void aLoneFirstNameIsTheOnlyPersonOfThatFirstName() {
        ResolvedDocument r = resolve("Michael Howard will tour. \"We want Michael to be seen,\" Liam Fox said.",
                EntityType.PERSON, "Michael Howard", EntityType.PERSON, "Michael", EntityType.PERSON, "Liam Fox");
        assertEquals("person/michael-howard", entity(r, "Michael", 0).key());
    }

    @Test
    void aFirstNameTwoPeopleShareStaysApart() {
        ResolvedDocument r = resolve("Michael Howard and Michael Portillo spoke. Michael left early.",
                EntityType.PERSON, "Michael Howard", EntityType.PERSON, "Michael Portillo",
                EntityType.PERSON, "Michael");
        assertNotEquals("person/michael-howard", entity(r, "Michael", 0).key());
        assertNotEquals("person/michael-portillo", entity(r, "Michael", 0).key());
    }

    @Test
    void twoReadingsOfTheSameWordsAreOnePerson() {
        String text = "President Luiz Inacio Lula da Silva met him.";
        int at = text.indexOf("Luiz");
        List<Mention> mentions = List.of(
                new Mention(EntityType.PERSON, "Luiz Inacio Lula", at, at + 16, 0, 0.6),
                new Mention(EntityType.PERSON, "Luiz Inacio Lula da Silva", at, at + 25, 0, 0.9));
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(new ExtractedDocument(
                new AnnotatedDocument(Article.of("a", text), List.of(), mentions, List.of()), List.of()));
        assertEquals(r.entityOf(mentions.get(1)), r.entityOf(mentions.get(0)));
    }

    @Test
    void knowsTheShortFormsOfAPersonsName() {
        assertTrue(NameForms.isShortFormOf(w("James Baker"), w("Baker")));
        assertTrue(NameForms.isShortFormOf(w("James Baker III"), w("Baker")));
        assertTrue(NameForms.isShortFormOf(w("James Baker III"), w("James Baker")));
        assertTrue(NameForms.isShortFormOf(w("James Baker"), w("J. Baker")));
        assertTrue(NameForms.isShortFormOf(w("Martin Luther King Jr."), w("King")));
        assertFalse(NameForms.isShortFormOf(w("James Baker"), w("James Baker")));
        assertFalse(NameForms.isShortFormOf(w("James Baker"), w("H. Baker")));
        assertFalse(NameForms.isShortFormOf(w("James Baker"), w("James B.")));
        assertFalse(NameForms.isShortFormOf(w("George H. W. Bush"), w("George W. Bush")));
    }

    @Test
    void aNameWithAnInitialIsTheFullNameItAbbreviates() {
        ResolvedDocument r = resolve("Treasury Secretary James Baker spoke. J. Baker added a word.",
                EntityType.PERSON, "James Baker", EntityType.PERSON, "J. Baker");
        assertEquals("person/james-baker", entity(r, "J. Baker", 0).key());
    }

    @Test
    void findsAKnownPersonByTheSurnameBeforeAGenerationalSuffix() {
        SurnameIndex known = new SurnameIndex();
        known.add(EntityType.PERSON, "James Baker III", 3);
        assertEquals(List.of(new KnownNames.Candidate("James Baker III", 3)),
                known.candidates(EntityType.PERSON, "Baker"));
    }

    @Test
    void aManAndAWomanOfOneSurnameAreToldApartByTheirHonorifics() {
        ResolvedDocument r = resolve("Michael Howard will tour. Mrs Howard will join him, and Mr Howard said so.",
                EntityType.PERSON, "Michael Howard", EntityType.PERSON, "Howard", EntityType.PERSON, "Howard");
        Entity mrs = entity(r, "Howard", 0);
        Entity mr = entity(r, "Howard", 1);
        assertNotEquals(mrs, mr);
        assertNotEquals("person/michael-howard", mrs.key());
        assertEquals("Mrs Howard", mrs.label());
    }

    @Test
    void anHonorificAloneDoesNotSplitAPerson() {
        ResolvedDocument r = resolve("Patricia Hewitt spoke. Ms Hewitt said the plan stands.",
                EntityType.PERSON, "Patricia Hewitt", EntityType.PERSON, "Hewitt");
        assertEquals("person/patricia-hewitt", entity(r, "Hewitt", 0).key());
    }

    @Test
    void aWordInsideAFullNameIsThatPerson() {
        ResolvedDocument r = resolve("Luiz Inacio Lula da Silva met Roh Moo-hyun. Mr. Lula said trade grows.",
                EntityType.PERSON, "Luiz Inacio Lula da Silva", EntityType.PERSON, "Roh Moo-hyun",
                EntityType.PERSON, "Lula");
        assertEquals("person/luiz-inacio-lula-da-silva", entity(r, "Lula", 0).key());
    }

    @Test
    void anHonorificAndASurnameIsNotAKnownFullName() {
        SurnameIndex known = new SurnameIndex();
        known.add(EntityType.PERSON, "Mrs Howard", 1);
        known.add(EntityType.PERSON, "Michael Howard", 2);
        assertEquals(List.of(new KnownNames.Candidate("Michael Howard", 2)),
                known.candidates(EntityType.PERSON, "Howard"));
    }

    private static String[] w(String name) {
        return name.split(" ");
    }

    /** Resolves an article whose mentions are the given names, each found after the end of the one before. */
    private static ResolvedDocument resolve(String text, Object... typedNames) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typedNames.length; i += 2) {
            String name = (String) typedNames[i + 1];
            int at = text.indexOf(name, from);
            mentions.add(new Mention((EntityType) typedNames[i], name, at, at + name.length(), 0, 0.9));
            from = at + name.length();
        }
        return new NameResolver(PLACES, KnownNames.NONE).resolve(new ExtractedDocument(
                new AnnotatedDocument(Article.of("a", text), List.of(), mentions, List.of()), List.of()));
    }

    /** The entity of the {@code n}th mention written {@code surface}. */
    private static Entity entity(ResolvedDocument r, String surface, int n) {
        return r.mentions().entrySet().stream().filter(e -> e.getKey().text().equals(surface))
                .sorted((a, b) -> Integer.compare(a.getKey().begin(), b.getKey().begin()))
                .skip(n).findFirst().orElseThrow().getValue();
    }
    @Test
    void dropsASubheadInCapitalsGluedBeforeAPersonsName() {
        assertEquals("Davis", NameForms.withoutSubhead("UNPAID BILLS Davis"));
        assertEquals("Frances Cheung", NameForms.withoutSubhead("LOW-HANGING FRUIT Frances Cheung"));
        assertEquals("CHRISTINE LAGARDE", NameForms.withoutSubhead("CHRISTINE LAGARDE On"));
        assertEquals("JB Pritzker", NameForms.withoutSubhead("JB Pritzker"));
        assertEquals("JANE DOE", NameForms.withoutSubhead("JANE DOE"));
        assertEquals("Jane Doe", NameForms.withoutSubhead("Jane Doe"));
    }
}
