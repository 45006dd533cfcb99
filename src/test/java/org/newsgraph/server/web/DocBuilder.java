package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityKeys;
import org.newsgraph.resolve.ResolvedDocument;

/**
 * Builds a resolved article from a text written for the tests, as the pipeline's stages would hand it to
 * the RDF mapper: sentences cut at ". ", mentions found by their text, facts with their evidence sentence.
 * The mapper itself (the real {@code VocabularyMapper}) then gives the graph the pages read.
 */
final class DocBuilder {

    private final Article article;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Mention, Entity> resolved = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<TemporalExpression> dates = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    DocBuilder(String id, String title, String published, String text) {
        this.article = new Article(id, title, published, null, null, List.of(), text);
        int begin = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) >= 0
                    && (text.charAt(i) == ' ' || text.charAt(i) == '\n'));
            if (end && i > begin) {
                sentences.add(new Sentence(sentences.size(), begin, i, List.of()));
                begin = i;
                while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
                i = begin;
            }
        }
    }

    Entity entity(EntityType type, String label, String... aliases) {
        return entities.computeIfAbsent(EntityKeys.key(type, label),
                k -> new Entity(k, type, label, Set.of(aliases)));
    }

    /** The {@code occurrence}-th (0-based) mention of {@code surface} in the text, naming {@code entity}. */
    Mention mention(Entity entity, String surface, int occurrence) {
        int at = -1;
        for (int n = 0; n <= occurrence; n++) {
            at = article.text().indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("no " + surface + " #" + occurrence);
            }
        }
        Mention m = new Mention(entity.type(), surface, at, at + surface.length(), sentenceOf(at).index(), 0.9);
        mentions.add(m);
        resolved.put(m, entity);
        return m;
    }

    /** The first mention of {@code surface} at or after offset {@code from}, naming {@code entity}. */
    Mention mentionFrom(Entity entity, String surface, int from) {
        int at = article.text().indexOf(surface, from);
        if (at < 0) {
            throw new IllegalArgumentException("no " + surface + " after " + from);
        }
        Mention m = new Mention(entity.type(), surface, at, at + surface.length(), sentenceOf(at).index(), 0.9);
        mentions.add(m);
        resolved.put(m, entity);
        return m;
    }

    Mention mention(Entity entity, String surface) {
        return mention(entity, surface, 0);
    }

    TemporalExpression date(String surface, TemporalValue value) {
        int at = article.text().indexOf(surface);
        TemporalExpression d = new TemporalExpression(surface, at, at + surface.length(), sentenceOf(at).index(), value);
        dates.add(d);
        return d;
    }

    /** Evidence: the sentence that holds {@code m}. */
    Evidence evidence(Mention m, double confidence) {
        Sentence s = sentenceOf(m.begin());
        return new Evidence(s.index(), s.begin(), s.end(), confidence, "test#fixture");
    }

    DocBuilder fact(Fact f) {
        facts.add(f);
        return this;
    }

    Sentence sentenceOf(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sentence at " + offset);
    }

    ResolvedDocument build() {
        AnnotatedDocument annotated = new AnnotatedDocument(article, sentences, mentions, dates);
        return new ResolvedDocument(new ExtractedDocument(annotated, facts), List.copyOf(entities.values()),
                resolved, List.of(), null, List.of());
    }
}
