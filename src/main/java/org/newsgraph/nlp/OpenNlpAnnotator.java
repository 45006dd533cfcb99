package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.ingest.Article;

/**
 * The OpenNLP pipeline over Apache OpenNLP's English UD models: paragraphs, sentences, tokens, UPOS tags
 * and lemmas, then names and dates.
 *
 * <p>Lemmas come from {@link OpenNlpLemmatizer}, which spends the (slow) lemmatizer model only on the
 * words whose lemmas carry information.
 *
 * <p>Thread safety: the models are loaded once and shared; OpenNLP's {@code *ME} classes are not
 * thread-safe, so each is used through its {@code ThreadSafe*ME} wrapper (or, for lemmas, a per-thread
 * decoder), which keeps one instance per thread. One annotator can serve any number of threads.
 *
 * <p>News typography: curly quotes and apostrophes are mapped to their ASCII forms before tokenising (the
 * UD tokenizer glues them to words otherwise). The mapping is one character for one, so every offset still
 * points into the original text, and token texts are cut from the original.
 */
public final class OpenNlpAnnotator implements Annotator {

    /** Sentences longer than this many characters are cut into pieces before tokenising. */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final OpenNlpLemmatizer lemmatizer;
    private final List<MentionFinder> mentionFinders;
    private final TemporalTagger dates;

    public OpenNlpAnnotator(List<MentionFinder> mentionFinders, TemporalTagger dates) {
        this.mentionFinders = List.copyOf(mentionFinders);
        this.dates = Objects.requireNonNull(dates, "dates");
        SentenceModel sentenceModel = Models.load(Models.SENTENCE, SentenceModel::new);
        TokenizerModel tokenizerModel = Models.load(Models.TOKENS, TokenizerModel::new);
        POSModel posModel = Models.load(Models.POS, POSModel::new);
        LemmatizerModel lemmaModel = Models.load(Models.LEMMAS, LemmatizerModel::new);
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
        this.tagger = new ThreadSafePOSTaggerME(posModel);
        this.lemmatizer = new OpenNlpLemmatizer(lemmaModel);
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        String text = article.text();
        String plain = Typography.toAscii(text);
        List<Sentence> result = new ArrayList<>();
        for (Span paragraph : Typography.paragraphs(plain)) {
            String para = plain.substring(paragraph.getStart(), paragraph.getEnd());
            for (Span s : Typography.rejoin(para, sentences.sentPosDetect(para))) {
                for (Span piece : Typography.cut(plain, paragraph.getStart() + s.getStart(),
                        paragraph.getStart() + s.getEnd(), MAX_SENTENCE_CHARS)) {
                    Sentence sentence = tokenise(text, plain, piece.getStart(), piece.getEnd(), result.size());
                    if (!sentence.tokens().isEmpty()) {
                        result.add(sentence);
                    }
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (MentionFinder finder : mentionFinders) {
            mentions.addAll(finder.find(text, result));
        }
        mentions.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(b.end(), a.end()));
        return new AnnotatedDocument(article, result, Mentions.dropOverlaps(mentions), dates.find(article, result));
    }

    private Sentence tokenise(String text, String plain, int begin, int end, int index) {
        String sentence = plain.substring(begin, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int b = begin + spans[i].getStart();
            int e = begin + spans[i].getEnd();
            tokens.add(new Token(text.substring(b, e), b, e, tags[i], lemmas[i]));
        }
        return new Sentence(index, begin, end, tokens);
    }
}
