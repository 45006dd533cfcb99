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
 * texts on the same number of threads. Per paragraph (line): sentences; per sentence: tokens, UPOS tags,
 * lemmas and names. Two ways to lemmatise: {@link Lemmas#STOCK} calls {@code LemmatizerME} on every token
 * as the model ships; {@link Lemmas#AS_USED} calls it the way newsgraph does ({@link OpenNlpLemmatizer}).
 */
public final class ModelFloor {

    /** How the floor lemmatises. */
    public enum Lemmas { STOCK, AS_USED }

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME stockLemmatizer;
    private final OpenNlpLemmatizer lemmatizer;
    private final ThreadSafeNameFinderME names;

    public ModelFloor() {
        SentenceModel sentenceModel = Models.load(Models.SENTENCE, SentenceModel::new);
        TokenizerModel tokenizerModel = Models.load(Models.TOKENS, TokenizerModel::new);
        POSModel posModel = Models.load(Models.POS, POSModel::new);
        sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
        tagger = new ThreadSafePOSTaggerME(posModel);
        LemmatizerModel lemmas = Models.load(Models.LEMMAS, LemmatizerModel::new);
        stockLemmatizer = new ThreadSafeLemmatizerME(lemmas);
        lemmatizer = new OpenNlpLemmatizer(lemmas);
        names = new ThreadSafeNameFinderME(NameFinderMentionFinder.shippedModel());
    }

    /** Runs the models over the articles on {@code threads} threads; returns the wall time in seconds. */
    public double run(List<Article> articles, int threads, Lemmas lemmas) {
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

    private void annotate(String text, Lemmas lemmas) {
        names.clearAdaptiveData();
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
                if (lemmas == Lemmas.STOCK) {
                    stockLemmatizer.lemmatize(words, tags);
                } else {
                    lemmatizer.lemmatize(words, tags);
                }
                names.find(words);
            }
        }
    }
}
