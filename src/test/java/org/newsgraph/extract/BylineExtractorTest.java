package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.Entity;

/** Bylines at the head of an article, and their authors in the resolved document. */
class BylineExtractorTest {

    @Test
    void readsAuthorsAndOutletFromAByline() {
        Analysed a = Analysed.text("Talks resume in Doha\nBy Jane Doe, John Roe, JNS\nNegotiators met on Monday.");
        List<Fact.Authorship> bylines = a.doc.extracted().facts(Fact.Authorship.class);
        assertEquals(1, bylines.size());
        assertEquals(List.of("Jane Doe", "John Roe"), bylines.get(0).authors().stream().map(a::name).toList());
        assertEquals("JNS", a.name(bylines.get(0).outlet()));
    }

    @Test
    void makesTheBylineAuthorsTheArticleAuthors() {
        Analysed a = Analysed.text("By Jane Doe and John Roe\nNegotiators met in Doha on Monday.");
        assertEquals(List.of("Jane Doe", "John Roe"), a.doc.authors().stream().map(Entity::label).toList());
        assertNull(a.doc.extracted().facts(Fact.Authorship.class).get(0).outlet());
    }

    @Test
    void dropsThePlaceAfterIn() {
        Analysed a = Analysed.text("By Jane Doe in London\nThe minister resigned on Monday.");
        assertEquals(List.of("Jane Doe"), a.doc.authors().stream().map(Entity::label).toList());
    }

    @Test
    void ignoresASentenceThatStartsWithByInTheBody() {
        Analysed a = Analysed.text("Line one.\nLine two.\nLine three.\nLine four.\nLine five.\nLine six.\n"
                + "By Friday the talks had failed.");
        assertEquals(List.of(), a.doc.extracted().facts(Fact.Authorship.class));
    }

    @Test
    void ignoresAPhraseThatIsNoListOfNames() {
        Analysed a = Analysed.text("By the end of the week the talks had failed.");
        assertEquals(List.of(), a.doc.extracted().facts(Fact.Authorship.class));
    }

    @Test
    void makesEachBylineAuthorAReporterOfTheOutlet() {
        Analysed a = Analysed.text("Talks resume in Doha\nBy Jane Doe, John Roe, JNS\nNegotiators met on Monday.");
        assertEquals(List.of("Jane Doe · reporter · JNS", "John Roe · reporter · JNS"), a.roles());
    }

    @Test
    void makesABylineAuthorAReporterWithNoOrganizationWhenNoOutletIsNamed() {
        assertEquals(List.of("Jane Doe · reporter · "), Analysed.text("By Jane Doe in London\nThe minister resigned "
                + "on Monday.").roles());
    }

    @Test
    void readsAFirstLineOfNamesAloneAsAByline() {
        Analysed a = Analysed.text("Jane Doe and John Roe\n\nWASHINGTON \u2014 The bill appears all but dead in the "
                + "Senate.");
        assertEquals(List.of("Jane Doe", "John Roe"), a.doc.authors().stream().map(Entity::label).toList());
        assertEquals(List.of("Jane Doe · reporter · ", "John Roe · reporter · "), a.roles());
    }

    @Test
    void readsNoBylineFromAHeadlineOnTheFirstLine() {
        Analysed a = Analysed.text("Jane Doe wins the vote\n\nJane Doe won the vote on Monday.");
        assertEquals(List.of(), a.doc.extracted().facts(Fact.Authorship.class));
    }
}
