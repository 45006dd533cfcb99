package org.newsgraph;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.extract.Extractors;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.MentionFinder;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.RuleTemporalTagger;
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
        TemporalTagger dates = new RuleTemporalTagger();
        PlaceNames places = PlaceNames.load();
        Function<String, EntityType> bodies = bodies(places);
        List<FactExtractor> extractors = Extractors.standard(bodies);
        return new Pipeline(new OpenNlpAnnotator(finders, dates), extractors,
                new NameResolver(places, known), new VocabularyMapper());
    }

    /** Known countries, regions and international bodies by any name, alias or demonym, with their type. */
    static Function<String, EntityType> bodies(PlaceNames places) {
        return name -> places.canonical(name)
                .map(c -> "organization".equals(places.kind(c)) ? EntityType.ORGANIZATION : EntityType.PLACE)
                .orElse(null);
    }
}
