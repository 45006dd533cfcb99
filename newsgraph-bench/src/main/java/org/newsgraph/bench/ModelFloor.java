package org.newsgraph.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.NameFinderMentionFinder;
import org.newsgraph.nlp.OpenNlpLemmatizer;

/**
 * The floor of the pipeline's cost: the bare OpenNLP models, with nothing around them, over the same
 * texts on the same number of threads. Per paragraph (line): sentences; per sentence: tokens and UPOS tags,
 * and at the levels above {@link Level#BASIC} lemmas and names. {@link Level#BASIC} is the cheapest
 * program that reads the text at all (sentences, tokens, POS); {@link Level#STOCK} adds {@code LemmatizerME}
 * on every token as the model ships and the name finder; {@link Level#AS_USED} adds the lemmatizer called the
 * way newsgraph calls it ({@link OpenNlpLemmatizer}) and the name finder. Only the models a level uses are loaded.
 */
public final class ModelFloor {

    /** What the floor runs besides sentences, tokens and POS tags. */
    public enum Level {
        /** Nothing: sentences, tokens, POS tags only. */
        BASIC,
        /** The lemmatizer as it ships, on every token, and the name finder. */
        STOCK,
        /** The lemmatizer as newsgraph calls it, and the name finder: what the pipeline's models cost. */
        AS_USED
    }

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private ThreadSafeLemmatizerME stockLemmatizer;
    private OpenNlpLemmatizer lemmatizer;
    private ThreadSafeNameFinderME names;

    /** Loads every model, for all levels. */
    public ModelFloor() {
        this(true);
    }

    /** Loads the sentence, token and POS models, and the lemmatizer and name finder when {@code all}. */
    public ModelFloor(boolean all) {
        SentenceModel sentenceModel = Models.load(Models.SENTENCE, SentenceModel::new);
        TokenizerModel tokenizerModel = Models.load(Models.TOKENS, TokenizerModel::new);
        POSModel posModel = Models.load(Models.POS, POSModel::new);
        sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
        tagger = new ThreadSafePOSTaggerME(posModel);
        if (all) {
            LemmatizerModel lemmas = Models.load(Models.LEMMAS, LemmatizerModel::new);
            stockLemmatizer = new ThreadSafeLemmatizerME(lemmas);
            lemmatizer = new OpenNlpLemmatizer(lemmas);
            names = new ThreadSafeNameFinderME(NameFinderMentionFinder.shippedModel());
        }
    }
    /** Runs the models over the articles on {@code threads} threads; returns the wall time in seconds. */
    public double run(List<Article> articles, int threads, Level lemmas) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        annotate(articles.get(i).text(), lemmas);
                    }
                });
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (Exception e) {
            throw new NewsGraphException("model floor run failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void annotate(String text, Level lemmas) {
        if (lemmas != Level.BASIC && names == null) {
            throw new IllegalStateException("this floor was made without the lemmatizer and name finder");
        }
        if (lemmas != Level.BASIC) {
            names.clearAdaptiveData();
        }
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            for (Span s : sentences.sentPosDetect(paragraph)) {
                String[] words = tokenizer.tokenize(paragraph.substring(s.getStart(), s.getEnd()));
                if (words.length == 0) {
                    continue;
                }
                String[] tags = tagger.tag(words);
                if (lemmas == Level.BASIC) {
                    continue;
                }
                if (lemmas == Level.STOCK) {
                    stockLemmatizer.lemmatize(words, tags);
                } else {
                    lemmatizer.lemmatize(words, tags);
                }
                names.find(words);
            }
        }
    }
}
