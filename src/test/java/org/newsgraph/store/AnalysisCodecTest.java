package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.Pipeline;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.ArticleGraph;

/** What the stages before resolution read, kept as bytes, resolves and maps to the very same graph. */
class AnalysisCodecTest {

    /** The seed and the first articles of every corpus, with dates, meetings, quotes and roles among them. */
    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(List.of(Fixtures.seed()));
        for (String source : List.of("wikinews", "reuters21578", "bbc-news-2004-2005", "allsides-2012-2020",
                "reuters-financial-2010-2013")) {
            String file = Fixtures.shared().resolve("corpus/" + source + "/articles.jsonl").toString();
            try (Stream<ReadResult> read = new ArticleReader().read(List.of(file))) {
                read.limit(6).forEach(r -> out.add(((ReadResult.Accepted) r).article()));
            }
        }
        return out;
    }

    @Test
    void decodedAnalysisMapsToTheSameGraph() {
        Pipeline pipeline = Fixtures.pipeline();
        for (Article a : articles()) {
            ExtractedDocument extracted = pipeline.extract(a);
            ArticleGraph direct = pipeline.map(extracted);
            byte[] bytes = AnalysisCodec.encode(extracted);
            ArticleGraph again = pipeline.map(AnalysisCodec.decode(bytes));
            assertTrue(direct.model().isIsomorphicWith(again.model()), "article " + a.id());
            assertEquals(extracted.facts(), AnalysisCodec.decode(bytes).facts(), "article " + a.id());
            assertEquals(a, AnalysisCodec.decode(bytes).annotated().article(), "article " + a.id());
        }
    }

    @Test
    void refusesBytesOfAnotherVersion() {
        byte[] bytes = AnalysisCodec.encode(Fixtures.pipeline().extract(Article.of("v", "Mr Smith met Mr Jones.")));
        bytes[0] = (byte) (AnalysisCodec.VERSION + 1);
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> AnalysisCodec.decode(bytes));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }
}
