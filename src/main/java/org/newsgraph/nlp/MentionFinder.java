package org.newsgraph.nlp;

import java.util.List;

/** Finds the names of people, organizations and places in an article's tokenised sentences. */
public interface MentionFinder {
    List<Mention> find(String text, List<Sentence> sentences);
}
