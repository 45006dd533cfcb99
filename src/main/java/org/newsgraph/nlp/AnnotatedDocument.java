package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/** An article with its sentences, tokens, name mentions and date expressions. */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<Mention> mentions,
                                List<TemporalExpression> dates) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }

    public String text() {
        return article.text();
    }

    /** The sentence that holds the given character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    public List<Mention> mentionsIn(Sentence sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence.index()).toList();
    }

    public List<TemporalExpression> datesIn(Sentence sentence) {
        return dates.stream().filter(d -> d.sentence() == sentence.index()).toList();
    }
}
