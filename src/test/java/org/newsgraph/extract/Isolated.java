package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;

/**
 * One extractor run alone over a short text the real pipeline annotated: the facts it gives, in the rule
 * examples' notation ({@link RuleExamplesTest#show}), so a test of one extractor fails only when that
 * extractor breaks, and an extra fact fails it as a missing one does.
 */
final class Isolated {

    private static Map<String, FactExtractor> extractors;

    private Isolated() {
    }

    private static synchronized FactExtractor extractor(String name) {
        if (extractors == null) {
            extractors = FactIdentity.extractors();
        }
        FactExtractor e = extractors.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no extractor " + name);
        }
        return e;
    }

    /** The text annotated as an article published on {@code published}. */
    static AnnotatedDocument annotate(String text, String published) {
        return DevCorpus.pipeline().analyse(new Article("snippet", null, published, null, null, List.of(), text))
                .extracted().annotated();
    }

    /** The facts the named extractor alone reads from the text, published 2025-03-11. */
    static List<Fact> facts(String extractor, String text) {
        return facts(extractor, text, "2025-03-11");
    }

    static List<Fact> facts(String extractor, String text, String published) {
        return extractor(extractor).extract(new Layers(annotate(text, published)));
    }

    /** The facts as lines ("Marco Rubio | Secretary of State | U.S."), sorted. */
    static Set<String> lines(String extractor, String text) {
        return facts(extractor, text).stream().map(RuleExamplesTest::show)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The role facts the role extractor alone reads. */
    static Set<String> roles(String text) {
        return lines("roles", text);
    }

    /** The quotations the quotation extractor alone attributes. */
    static Set<String> quotes(String text) {
        return lines("quotes", text);
    }
}
