package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/** Name resolution within an article and across articles, on mentions as the name finder gives them. */
class NameResolverTest {

    private static final PlaceNames PLACES = PlaceNames.load();

    /** An article and mentions of the given names, each found after the end of the one before. */
    private static ExtractedDocument doc(String id, String text, Object... typedNames) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typedNames.length; i += 2) {
            EntityType type = (EntityType) typedNames[i];
            String name = (String) typedNames[i + 1];
            int at = text.indexOf(name, from);
            if (at < 0) {
                throw new IllegalArgumentException(name + " not in text after " + from);
            }
            mentions.add(new Mention(type, name, at, at + name.length(), 0, 0.9));
            from = at + name.length();
        }
        return new ExtractedDocument(new AnnotatedDocument(Article.of(id, text), List.of(), mentions, List.of()),
                List.of());
    }

    private static Entity entityNamed(ResolvedDocument r, String surface) {
        return r.mentions().entrySet().stream().filter(e -> e.getKey().text().equals(surface)).findFirst()
                .orElseThrow().getValue();
    }

    @Test
    void mergesSurnameIntoTheFullNameTheArticleGives() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "U.S. Secretary of State Marco Rubio said on Monday that talks failed. Rubio told reporters so.",
                EntityType.PLACE, "U.S.", EntityType.PERSON, "Marco Rubio", EntityType.PERSON, "Rubio"));
        Entity full = entityNamed(r, "Marco Rubio");
        assertEquals(full, r.mentions().get(r.mentions().keySet().stream()
                .filter(m -> m.text().equals("Rubio") && m.begin() > 20).findFirst().orElseThrow()));
        assertEquals("person/marco-rubio", full.key());
        assertTrue(full.aliases().contains("Rubio"));
        assertEquals("United States", entityNamed(r, "U.S.").label());
    }

    @Test
    void mergesACompanysNameWithItsShortFormInTheArticle() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Holdings Inc said on Monday that the U.S. Securities and Exchange Commission had closed its "
                        + "inquiry. Acme Holdings shares rose. The Securities and Exchange Commission declined to "
                        + "comment. Acme Bank Ltd was not named.",
                EntityType.ORGANIZATION, "Acme Holdings Inc",
                EntityType.ORGANIZATION, "U.S. Securities and Exchange Commission",
                EntityType.ORGANIZATION, "Acme Holdings",
                EntityType.ORGANIZATION, "Securities and Exchange Commission",
                EntityType.ORGANIZATION, "Acme Bank Ltd"));
        assertEquals(entityNamed(r, "Acme Holdings"), entityNamed(r, "Acme Holdings Inc"));
        assertEquals("Acme Holdings", entityNamed(r, "Acme Holdings Inc").label());
        assertEquals(entityNamed(r, "Securities and Exchange Commission"),
                entityNamed(r, "U.S. Securities and Exchange Commission"));
        assertEquals("Acme Bank Ltd", entityNamed(r, "Acme Bank Ltd").label(), "no shorter form in the article");
        assertNotEquals(entityNamed(r, "Acme Holdings"), entityNamed(r, "Acme Bank Ltd"));
    }

    @Test
    void mergesACompanysFirstWordAndAnAcronymAfterACountryWithTheFullName() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Widgets Inc told the U.S. Securities and Exchange Commission it would sell. Acme said the SEC "
                        + "had asked. Senate Finance Committee members and the Senate agreed.",
                EntityType.ORGANIZATION, "Acme Widgets Inc",
                EntityType.ORGANIZATION, "U.S. Securities and Exchange Commission",
                EntityType.ORGANIZATION, "Acme", EntityType.ORGANIZATION, "SEC",
                EntityType.ORGANIZATION, "Senate Finance Committee", EntityType.ORGANIZATION, "Senate"));
        assertEquals(entityNamed(r, "Acme Widgets Inc"), entityNamed(r, "Acme"));
        assertEquals(entityNamed(r, "U.S. Securities and Exchange Commission"), entityNamed(r, "SEC"));
        assertNotEquals(entityNamed(r, "Senate Finance Committee"), entityNamed(r, "Senate"),
                "a committee is no company: its first word is another body");
    }

    @Test
    void prefersTheNearestEarlierFullNameWhenTwoShareASurname() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Eli Cohen spoke first. Dan Cohen answered. Cohen then left.",
                EntityType.PERSON, "Eli Cohen", EntityType.PERSON, "Dan Cohen", EntityType.PERSON, "Cohen"));
        Mention last = r.mentions().keySet().stream().max((x, y) -> Integer.compare(x.begin(), y.begin())).orElseThrow();
        assertEquals("Dan Cohen", r.entityOf(last).label());
    }

    @Test
    void normalisesHonorificsCaseAndDiacritics() {
        assertEquals(EntityKeys.key(EntityType.PERSON, "Mohammed bin Salman"),
                EntityKeys.key(EntityType.PERSON, "Mohammed Bin Salman"));
        assertEquals(EntityKeys.key(EntityType.PERSON, "Jose Mujica"), EntityKeys.key(EntityType.PERSON, "José Mujica"));
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Mr. Netanyahu's office said Dr. Jill Biden would visit.",
                EntityType.PERSON, "Mr. Netanyahu's", EntityType.PERSON, "Dr. Jill Biden"));
        assertEquals("Netanyahu", entityNamed(r, "Mr. Netanyahu's").label());
        assertEquals("Jill Biden", entityNamed(r, "Dr. Jill Biden").label());
    }

    @Test
    void labelsAPlaceFromACapitalisedDatelineInMixedCase() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "BRASILIA, Nov 16 - Lula met Roh in Brasilia. NATO was not there.",
                EntityType.PLACE, "BRASILIA", EntityType.PLACE, "Brasilia", EntityType.ORGANIZATION, "NATO"));
        assertEquals("Brasilia", entityNamed(r, "BRASILIA").label());
        ResolvedDocument alone = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("b",
                "MOSCOW, April 13 - Talks ended.", EntityType.PLACE, "MOSCOW"));
        assertEquals("Moscow", entityNamed(alone, "MOSCOW").label());
        assertEquals("place/moscow", entityNamed(alone, "MOSCOW").key());
    }

    @Test
    void linksASurnameToTheOnlyKnownPersonOfThatName() {
        SurnameIndex known = new SurnameIndex();
        known.add(EntityType.PERSON, "Marco Rubio", 3);
        known.add(EntityType.PERSON, "Benjamin Netanyahu", 2);
        ResolvedDocument r = new NameResolver(PLACES, known).resolve(doc("b", "Rubio arrived in Jeddah.",
                EntityType.PERSON, "Rubio", EntityType.PLACE, "Jeddah"));
        Entity e = entityNamed(r, "Rubio");
        assertEquals("person/marco-rubio", e.key());
        assertEquals("Marco Rubio", e.label());
        NameLink link = r.links().get(0);
        assertEquals("unique", link.method());
        assertTrue(link.confidence() > 0 && link.confidence() < 1);
    }

    @Test
    void keepsAnAmbiguousSurnameApartWithScoredCandidates() {
        SurnameIndex known = new SurnameIndex();
        known.add(EntityType.PERSON, "Eli Cohen", 3);
        known.add(EntityType.PERSON, "Dan Cohen", 1);
        ResolvedDocument r = new NameResolver(PLACES, known).resolve(doc("c", "Cohen spoke to reporters.",
                EntityType.PERSON, "Cohen"));
        Entity e = entityNamed(r, "Cohen");
        assertNotEquals("person/eli-cohen", e.key());
        assertNotEquals("person/dan-cohen", e.key());
        assertEquals("person/cohen/in/c", e.key(), "a node of the article's own");
        NameLink link = r.links().get(0);
        assertEquals("ambiguous", link.method());
        assertEquals(2, link.candidates().size());
        assertEquals("Dan Cohen", link.candidates().get(0).entity().label());
        assertEquals(0.25, link.candidates().get(0).confidence(), 1e-9);
        assertEquals(0.75, link.candidates().get(1).confidence(), 1e-9);
    }

    @Test
    void neverLinksAcrossTypes() {
        SurnameIndex known = new SurnameIndex();
        known.add(EntityType.PERSON, "Michael Jordan", 2);
        ResolvedDocument r = new NameResolver(PLACES, known).resolve(doc("d", "Troops crossed into Jordan.",
                EntityType.PLACE, "Jordan"));
        Entity e = entityNamed(r, "Jordan");
        assertEquals(EntityType.PLACE, e.type());
        assertEquals("place/jordan", e.key());
        assertTrue(r.links().isEmpty());
    }

    @Test
    void aNameNoOneElseCarriesStandsForItself() {
        ResolvedDocument r = new NameResolver(PLACES, new SurnameIndex()).resolve(doc("e", "Lula welcomed Hu.",
                EntityType.PERSON, "Lula"));
        assertEquals("person/lula", entityNamed(r, "Lula").key());
        assertEquals("unknown", r.links().get(0).method());
    }

    @Test
    void mergesAPartysShortNameAndMembersNounWithItsName() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "The GOP plan passed. Republicans cheered, and the Republican Party said so. Democrats did not.",
                EntityType.ORGANIZATION, "GOP",
                EntityType.ORGANIZATION, "Republicans",
                EntityType.ORGANIZATION, "Republican Party",
                EntityType.ORGANIZATION, "Democrats"));
        assertEquals(entityNamed(r, "GOP"), entityNamed(r, "Republican Party"));
        assertEquals(entityNamed(r, "Republicans"), entityNamed(r, "Republican Party"));
        assertEquals("Republican Party", entityNamed(r, "GOP").label());
        assertNotEquals(entityNamed(r, "Democrats"), entityNamed(r, "GOP"));
    }

    @Test
    void mergesTheHouseWithTheOneHouseOfTheArticle() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "The U.S. House of Representatives voted. The House will meet again.",
                EntityType.ORGANIZATION, "U.S. House of Representatives",
                EntityType.ORGANIZATION, "House"));
        assertEquals(entityNamed(r, "House"), entityNamed(r, "U.S. House of Representatives"));
        ResolvedDocument two = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("b",
                "The House of Commons and the House of Lords met. The House rose.",
                EntityType.ORGANIZATION, "House of Commons",
                EntityType.ORGANIZATION, "House of Lords",
                EntityType.ORGANIZATION, "House"));
        assertNotEquals(entityNamed(two, "House"), entityNamed(two, "House of Commons"));
        assertNotEquals(entityNamed(two, "House"), entityNamed(two, "House of Lords"));
    }

    @Test
    void mergesAUniversitysFirstWordWithItsName() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Harvard University won. Harvard said so.",
                EntityType.ORGANIZATION, "Harvard University",
                EntityType.ORGANIZATION, "Harvard"));
        assertEquals(entityNamed(r, "Harvard"), entityNamed(r, "Harvard University"));
    }

    @Test
    void aCountryOrStateIsAPlaceEvenWhenItActs() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Israel decided to let her visit. Ohio voted. Acme said so.",
                EntityType.ORGANIZATION, "Israel", EntityType.ORGANIZATION, "Ohio", EntityType.ORGANIZATION, "Acme"));
        assertEquals(EntityType.PLACE, entityNamed(r, "Israel").type());
        assertEquals(EntityType.PLACE, entityNamed(r, "Ohio").type());
        assertEquals(EntityType.ORGANIZATION, entityNamed(r, "Acme").type());
    }

    @Test
    void mergesAnOutletsLastWordWithTheOneOutletOfTheArticle() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "The Ruritania Times first reported the deal. The Times said Acme would pay. The Strelsau Post "
                        + "and the Strelsau Herald followed; the Post added nothing.",
                EntityType.ORGANIZATION, "Ruritania Times", EntityType.ORGANIZATION, "Times",
                EntityType.ORGANIZATION, "Strelsau Post", EntityType.ORGANIZATION, "Strelsau Herald",
                EntityType.ORGANIZATION, "Post"));
        assertEquals(entityNamed(r, "Ruritania Times"), entityNamed(r, "Times"));
        assertEquals(entityNamed(r, "Strelsau Post"), entityNamed(r, "Post"));
        assertNotEquals(entityNamed(r, "Strelsau Herald"), entityNamed(r, "Post"));
    }

    @Test
    void theFedIsTheFederalReserveTheArticleNames() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "The U.S. Federal Reserve raised rates. The Fed said the New York Federal Reserve agreed, and the New "
                        + "York Fed bought bonds.",
                EntityType.ORGANIZATION, "U.S. Federal Reserve", EntityType.ORGANIZATION, "Fed",
                EntityType.ORGANIZATION, "New York Federal Reserve", EntityType.ORGANIZATION, "New York Fed"));
        assertEquals(entityNamed(r, "U.S. Federal Reserve"), entityNamed(r, "Fed"));
        assertEquals(entityNamed(r, "New York Federal Reserve"), entityNamed(r, "New York Fed"));
        assertNotEquals(entityNamed(r, "Fed"), entityNamed(r, "New York Fed"));
    }

    @Test
    void aRegionWrittenWithAHyphenAsAModifierIsTheRegion() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Eurozone ministers met. Euro-area bonds and euro-zone banks rose across the euro area.",
                EntityType.PLACE, "Eurozone", EntityType.PLACE, "Euro-area", EntityType.PLACE, "euro-zone",
                EntityType.PLACE, "euro area"));
        assertEquals(entityNamed(r, "Eurozone"), entityNamed(r, "Euro-area"));
        assertEquals(entityNamed(r, "Eurozone"), entityNamed(r, "euro-zone"));
        assertEquals(entityNamed(r, "Eurozone"), entityNamed(r, "euro area"));
    }

    @Test
    void aStockCodeCaughtInACompanysNameIsNoPartOfIt() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Zenda Corp ZND.O chief Jane Doe resigned. Zenda Corp said so.",
                EntityType.ORGANIZATION, "Zenda Corp ZND.O", EntityType.ORGANIZATION, "Zenda Corp"));
        assertEquals(entityNamed(r, "Zenda Corp"), entityNamed(r, "Zenda Corp ZND.O"));
        assertEquals("Zenda Corp", entityNamed(r, "Zenda Corp ZND.O").label());
    }
    @Test
    void mergesAFirmsDistinctiveWordsWithItsNameAndItsKindWords() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Air Lines said on Monday that Roe's Investors Service cut its rating. Acme shares fell and "
                        + "Roe's said more. The Senate Banking Committee met while the Senate was away.",
                EntityType.ORGANIZATION, "Acme Air Lines",
                EntityType.ORGANIZATION, "Roe's Investors Service",
                EntityType.ORGANIZATION, "Acme",
                EntityType.ORGANIZATION, "Roe's",
                EntityType.ORGANIZATION, "Senate Banking Committee",
                EntityType.ORGANIZATION, "Senate"));
        assertEquals(entityNamed(r, "Acme Air Lines"), entityNamed(r, "Acme"));
        assertEquals(entityNamed(r, "Roe's Investors Service"), entityNamed(r, "Roe's"));
        assertNotEquals(entityNamed(r, "Senate Banking Committee"), entityNamed(r, "Senate"));
    }

    @Test
    void anAcronymOfACompanysNameWithoutItsLegalEndingIsTheCompany() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Motors Co said on Monday that AM would cut jobs.",
                EntityType.ORGANIZATION, "Acme Motors Co", EntityType.ORGANIZATION, "AM"));
        assertEquals(entityNamed(r, "Acme Motors Co"), entityNamed(r, "AM"));
    }
    @Test
    void aStateTypedAsAPersonIsThePlaceUnlessAPersonsNameHoldsIt() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Oregon sued on Monday. Michael Jordan scored and Jordan smiled.",
                EntityType.PERSON, "Oregon", EntityType.PERSON, "Michael Jordan", EntityType.PERSON, "Jordan"));
        assertEquals("place/oregon", entityNamed(r, "Oregon").key());
        assertEquals(entityNamed(r, "Michael Jordan"), entityNamed(r, "Jordan"));
    }

    @Test
    void aDepartmentsAcronymWithItsSmallOIsTheDepartment() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "The Department of Defense said the DoD would act.",
                EntityType.ORGANIZATION, "Department of Defense", EntityType.ORGANIZATION, "DoD"));
        assertEquals(entityNamed(r, "Department of Defense"), entityNamed(r, "DoD"));
    }
    @Test
    void aFirmsFirstWordTakenForAPersonIsTheFirmUnlessATitleIntroducesIt() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Plastics agreed to buy the unit. Acme said the deal would close.",
                EntityType.ORGANIZATION, "Acme Plastics", EntityType.PERSON, "Acme"));
        assertEquals(entityNamed(r, "Acme Plastics"), entityNamed(r, "Acme"));
        ResolvedDocument titled = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("b",
                "President Roe spoke at Roe Tower. Roe said the tower would stay.",
                EntityType.PERSON, "Roe", EntityType.ORGANIZATION, "Roe Tower", EntityType.PERSON, "Roe"));
        assertEquals(EntityType.PERSON, entityNamed(titled, "Roe").type());
    }

    @Test
    void aLegalEndingOrFunctionWordAloneNamesNothing() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Acme Co said Co would grow. An official and Jane Doe Sr agreed.",
                EntityType.ORGANIZATION, "Acme Co", EntityType.ORGANIZATION, "Co", EntityType.PERSON, "An",
                EntityType.PERSON, "Sr"));
        assertEquals(List.of("organization/acme-co"), r.entities().stream().map(Entity::key).toList());
    }

    @Test
    void aPlaceTheFinderFoundStaysAPlaceWhereAFactReadItAsAPerson() {
        String text = "STRELSAU (Reuters) - Acme Corp said on Monday that it would build a plant in Strelsau.";
        ExtractedDocument found = doc("a", text, EntityType.PLACE, "STRELSAU", EntityType.ORGANIZATION, "Reuters",
                EntityType.ORGANIZATION, "Acme Corp", EntityType.PLACE, "Strelsau");
        List<Mention> mentions = found.annotated().mentions();
        Mention asPerson = new Mention(EntityType.PERSON, "STRELSAU", 0, 8, 0, 0.7);
        Fact.Role misread = new Fact.Role(asPerson, "member", mentions.get(1), Fact.Qualifier.CURRENT,
                new Evidence(0, 0, 18, 0.5, "test"));
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(
                new ExtractedDocument(found.annotated(), List.of(misread)));
        assertEquals(EntityType.PLACE, entityNamed(r, "STRELSAU").type());
        assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON));
    }

    @Test
    void theLastPartOfAPlacesNameAfterACommaNamesNoPlaceOfItsOwn() {
        ResolvedDocument r = new NameResolver(PLACES, KnownNames.NONE).resolve(doc("a",
                "Jane Doe flew from Washington, D.C., to Alexandria, Va., on Monday.",
                EntityType.PERSON, "Jane Doe", EntityType.PLACE, "Washington", EntityType.PLACE, "D.C.",
                EntityType.PLACE, "Alexandria", EntityType.PLACE, "Va."));
        assertEquals(List.of("Jane Doe", "Washington", "Alexandria", "Virginia"),
                r.entities().stream().map(Entity::label).toList());
    }
}
