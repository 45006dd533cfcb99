package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Queries;

/** Date expressions reach users through {@code queries/dates.rq}, from a real TDB2 store. */
class DatesQueryTest {

    record Row(String article, String text, long begin, long end, Literal value) {
    }

    static List<Row> rows(Path dir, Article... articles) {
        Pipeline pipeline = Pipeline.standard();
        List<Row> out = new ArrayList<>();
        try (NewsStore store = NewsStore.open(dir.resolve("tdb"))) {
            for (Article a : articles) {
                store.put(pipeline.process(a));
            }
            ResultSetRewindable rs = store.select(Queries.bundled("dates"));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Row(s.getLiteral("article").getString(), s.getLiteral("text").getString(),
                        s.getLiteral("begin").getLong(), s.getLiteral("end").getLong(),
                        s.contains("value") ? s.getLiteral("value") : null));
            }
        }
        return out;
    }

    @Test
    void listsTheSeedArticlesDatesWithOffsetsAndTypedValues(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("newsgraph.shared", "../shared"), "seed",
                "rubio-hostage-talks.txt"));
        List<Row> rows = rows(dir, new Article("rubio-2025-03-11", null, "2025-03-11", null, "JNS", List.of(), text));
        for (Row r : rows) {
            assertEquals(r.text(), text.substring((int) r.begin(), (int) r.end()), "offsets point at the text");
        }
        Row jeddah = rows.stream().filter(r -> r.text().equals("Monday") && text.substring((int) r.begin() - 20,
                (int) r.begin()).contains("Jeddah")).findFirst().orElseThrow();
        assertEquals("2025-03-10", jeddah.value().getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), jeddah.value().getDatatypeURI());
        Row tuesday = rows.stream().filter(r -> r.text().equals("Tuesday") && text.substring((int) r.begin() - 20,
                (int) r.begin()).contains("Qatar")).findFirst().orElseThrow();
        assertEquals("2025-03-11", tuesday.value().getLexicalForm());
        Row oct7 = rows.stream().filter(r -> r.text().equals("Oct. 7, 2023")).findFirst().orElseThrow();
        assertEquals("2023-10-07", oct7.value().getLexicalForm());
        assertTrue(rows.stream().anyMatch(r -> r.text().equals("March 2")
                && r.value().getLexicalForm().equals("2025-03-02")));
    }

    @Test
    void givesMonthsAndYearsTheirXsdTypesAndLeavesRelativeDatesEmptyWithoutPublicationDate(@TempDir Path dir) {
        Article dated = new Article("dated", null, "2004-11-30", null, null, List.of(),
                "Bush visited Canada this week. The plan was drafted in March 2004. Ottawa has hosted summits since 1999.");
        Article undated = new Article("undated", null, null, null, null, List.of(),
                "The ministers met on Monday. The treaty was signed on Oct. 7, 2023.");
        List<Row> rows = rows(dir, dated, undated);
        Row month = rows.stream().filter(r -> r.text().equals("March 2004")).findFirst().orElseThrow();
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), month.value().getDatatypeURI());
        Row year = rows.stream().filter(r -> r.text().equals("1999")).findFirst().orElseThrow();
        assertEquals(XSDDatatype.XSDgYear.getURI(), year.value().getDatatypeURI());
        Row week = rows.stream().filter(r -> r.text().equals("this week")).findFirst().orElseThrow();
        assertEquals(null, week.value(), "a week has no XSD value");
        Row monday = rows.stream().filter(r -> r.article().equals("undated") && r.text().equals("Monday"))
                .findFirst().orElseThrow();
        assertEquals(null, monday.value(), "never guessed without a publication date");
        assertFalse(rows.stream().noneMatch(r -> r.article().equals("undated") && r.value() != null
                && r.value().getLexicalForm().equals("2023-10-07")));
    }
}
