package org.newsgraph;

import java.util.List;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.nlp.MentionFinder;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.TemporalTagger;
import org.newsgraph.rdf.VocabularyMapper;
import org.newsgraph.resolve.KnownNames;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.resolve.PlaceNames;

/** The components of the standard pipeline, in one place. */
final class StandardComponents {

    private StandardComponents() {
    }

    static Pipeline pipeline(KnownNames known) {
        List<MentionFinder> finders = List.of(new NameFinderMentionFinder());
        TemporalTagger dates = (article, sentences) -> List.of();
        List<FactExtractor> extractors = List.of();
        return new Pipeline(new OpenNlpAnnotator(finders, dates), extractors,
                new NameResolver(PlaceNames.load(), known), new VocabularyMapper());
    }
}
