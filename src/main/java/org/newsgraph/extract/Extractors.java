package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.extract.rules.RuleConfidence;
import org.newsgraph.nlp.EntityType;

/**
 * The extractors, registered by name, and the layers they share: "roles", "bylines", "quotes",
 * "meetings". A user may run some of them only ({@code --extractors roles,meetings}); the layers an extractor
 * reads are computed whether or not the extractors that also read them run.
 */
public final class Extractors {

    /** The extractors' names, in the order they run. */
    public static final List<String> NAMES = List.of("roles", "bylines", "quotes", "meetings");

    private Extractors() {
    }

    /**
     * Every extractor, in the order they run, sharing their rules and layers.
     *
     * @param bodies gives PLACE for a country, state or region name, alias or demonym, ORGANIZATION for an
     *               international body, and null otherwise
     */
    public static List<FactExtractor> standard(Function<String, EntityType> bodies) {
        RuleConfidence confidence = RuleConfidence.bundled();
        RoleRules roles = new RoleRules(bodies, confidence);
        Layer<KnownPersons> persons = Layer.of("known persons", l -> KnownPersons.read(l.document(), roles));
        return List.of(new RoleExtractor(roles, persons), new BylineExtractor(),
                new QuoteAttributionExtractor(new QuoteRules(roles.grammar, confidence), persons, confidence),
                meetings(confidence));
    }

    private static MeetingExtractor meetings(RuleConfidence confidence) {
        MeetingLexicon lex = MeetingLexicon.load();
        Layer<MeetingDocument> sentences = Layer.of("meeting sentences", l -> new MeetingDocument(l.document(), lex));
        return new MeetingExtractor(new MeetingRules(lex, confidence), sentences);
    }

    /**
     * The extractors named, in the order they run; an unknown name is a configuration error that lists the
     * known ones.
     */
    public static List<FactExtractor> select(List<FactExtractor> all, Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            String name = n.strip();
            if (all.stream().noneMatch(e -> e.name().equals(name))) {
                throw new ConfigException("no extractor '" + name + "'; the extractors are "
                        + String.join(", ", all.stream().map(FactExtractor::name).toList()));
            }
            wanted.add(name);
        }
        List<FactExtractor> out = new ArrayList<>();
        for (FactExtractor e : all) {
            if (wanted.contains(e.name())) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
