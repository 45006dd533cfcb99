package org.newsgraph;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.extract.AppositiveRoleExtractor;
import org.newsgraph.extract.BylineExtractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteAttributionExtractor;
import org.newsgraph.extract.TitleRoleExtractor;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.MentionFinder;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.TemporalTagger;
import org.newsgraph.rdf.VocabularyMapper;
import org.newsgraph.resolve.NameResolver;
import org.newsgraph.resolve.PlaceNames;

/** The components of the standard pipeline, in one place. */
final class StandardComponents {

    private StandardComponents() {
    }

    static Pipeline pipeline() {
        List<MentionFinder> finders = List.of(new NameFinderMentionFinder());
        TemporalTagger dates = (article, sentences) -> List.of();
        PlaceNames places = PlaceNames.load();
        Function<String, EntityType> bodies = bodies(places);
        List<FactExtractor> extractors = List.of(new TitleRoleExtractor(bodies), new AppositiveRoleExtractor(bodies),
                new BylineExtractor(), new QuoteAttributionExtractor(bodies));
        return new Pipeline(new OpenNlpAnnotator(finders, dates), extractors,
                new NameResolver(places), new VocabularyMapper());
    }

    /** Known countries, regions and international bodies by any name, alias or demonym, with their type. */
    static Function<String, EntityType> bodies(PlaceNames places) {
        return name -> places.canonical(name)
                .map(c -> "organization".equals(places.kind(c)) ? EntityType.ORGANIZATION : EntityType.PLACE)
                .orElse(null);
    }
}
