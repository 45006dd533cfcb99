package org.newsgraph.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * Finds people, organizations, places and other names (CoNLL's PER, ORG, LOC, MISC) with an OpenNLP
 * name-finder model that newsgraph trains itself ({@code bin/newsgraph train-ner}) and ships at
 * {@value #MODEL} (see {@code MODEL-CARD.md} beside it). Pipeline tokens are first cut and joined the way
 * newswire annotation cuts them ({@link #split}, {@link #joinHyphenated}), and lines set in capitals are recased
 * ({@link Truecaser}) when the model carries the table of usual forms it was trained with; rules of news English
 * then correct the spans (a subheading in capitals glued onto a sentence is no part of its first name: {@link
 * Subheadings}; {@link NameRules}: no name across a bracket, titles are not part of a person's name,
 * name particles such as "bin" join one, a dateline's place is a place, ...), and a person the article's words
 * call a company becomes an organization ({@link CompanySigns}), and so does a name listed among
 * organizations ({@link NameLists}); places news English writes in lower case ("euro zone") and well-known
 * organizations the finder missed ("on Twitter") are added ({@link LowerCasePlaces}, {@link KnownNames}); two names
 * read as one across "and" are parted where the article knows a part ({@link JoinedNames}). The model's outcome types are mapped with
 * {@link EntityType#fromTag}; a mention's confidence is the name finder's score for its span, calibrated
 * ({@link #CALIBRATION}).
 *
 * <p>Thread safety: the model is loaded once and shared; OpenNLP's {@code NameFinderME} is not thread-safe,
 * so it is used through {@link ThreadSafeNameFinderME}, which keeps one instance per thread. One finder can
 * serve any number of threads. The name finder's adaptive data (what it has already called each token in
 * this article) is cleared at the start of every article, so articles never influence each other.
 */
public final class NameFinderMentionFinder implements MentionFinder {

    /** Classpath resource of the shipped English name-finder model. */
    public static final String MODEL = "/models/newsgraph-ner-en.bin";

    /**
     * Classpath resource mapping the shipped model's raw span scores to confidences: rows of
     * {@code upper-raw-score <TAB> precision}, measured with {@code ner-eval --calibration} on data the
     * measuring model was not trained on (see MODEL-CARD.md). The perceptron's raw scores are far below the
     * share of names it gets right; a consumer that reads 0.8 should see 8 in 10 of such names right.
     */
    public static final String CALIBRATION = "/models/newsgraph-ner-en.confidence.tsv";

    /**
     * The package of the model's own feature generators. OpenNLP instantiates the generators a model names
     * only from packages it was told to trust.
     */
    public static final String FEATURE_PACKAGE = "org.newsgraph.nlp.ner";

    /** Model entry: lower-cased word to how running text usually writes it (a class, see {@code CaseEvidence}). */
    public static final String CASE_CLASSES = "case";

    /** Model entry: capitalised word to the gazetteer classes of the entries it is part of (see {@code Gazetteers}). */
    public static final String GAZETTEER = "gazetteer";

    /** Model entry: lower-cased word to its most frequent form in running text, present when the model truecases. */
    public static final String USUAL_FORMS = "case-forms";

    static {
        ExtensionLoader.registerAllowedPackage(FEATURE_PACKAGE);
    }

    private final ThreadSafeNameFinderME finder;
    private final NameRules rules;
    private final CompanySigns companySigns;
    private final KnownNames knownNames;
    private final InstitutionNames institutions;
    private final NameLists lists;
    private final JoinedNames joined;
    private final LowerCasePlaces lowerCasePlaces = new LowerCasePlaces();
    private final ReporterNames reporters;
    private final ArticleTypes articleTypes = new ArticleTypes();
    private final NameRepeats repeats;
    private final Subheadings subheadings;
    private final double[][] calibration;
    /** Lower-cased word to how it is usually written (the model's {@code case} table), or null. */
    private final WordClusterDictionary caseClasses;
    /** Recases lines set in capitals when the model was trained so, else null. */
    private final Truecaser truecaser;

    /** A finder over the shipped model, with calibrated confidences. */
    public NameFinderMentionFinder() {
        this(shippedModel(), calibration());
    }

    /** The shipped model, read with the model's own feature generators allowed. */
    public static TokenNameFinderModel shippedModel() {
        return Models.load(MODEL, TokenNameFinderModel::new);
    }

    /**
     * A model file (a freshly trained one, say), read after this class has registered the package of the model's
     * own feature generators with OpenNLP, which reading the file needs.
     */
    public static TokenNameFinderModel readModel(Path file) throws IOException {
        return new TokenNameFinderModel(file);
    }

    /** A finder over the given model (a freshly trained one, say); confidences are the model's raw scores. */
    public NameFinderMentionFinder(TokenNameFinderModel model) {
        this(model, new double[0][]);
    }

    private NameFinderMentionFinder(TokenNameFinderModel model, double[][] calibration) {
        this.finder = new ThreadSafeNameFinderME(Objects.requireNonNull(model, "model"));
        this.calibration = calibration;
        this.rules = model.getArtifact(GAZETTEER) instanceof WordClusterDictionary g ? new NameRules(g::lookupToken)
                : new NameRules();
        this.knownNames = new KnownNames(rules::isPlace);
        this.companySigns = new CompanySigns(rules::isTitle, rules::isPlace, knownNames::isOrganization);
        this.institutions = new InstitutionNames(rules::isPlace);
        this.lists = new NameLists(rules::isPlace);
        this.joined = new JoinedNames(knownNames::isOrganization, rules::isOrganizationWord);
        this.reporters = new ReporterNames(rules::isOrganizationWord, rules::isPlace);
        this.caseClasses = model.getArtifact(CASE_CLASSES) instanceof WordClusterDictionary d ? d : null;
        this.truecaser = model.getArtifact(USUAL_FORMS) instanceof WordClusterDictionary d
                ? new Truecaser(d::lookupToken, caseClasses != null ? caseClasses::lookupToken : word -> null) : null;
        this.subheadings = new Subheadings(caseClasses != null ? caseClasses::lookupToken : word -> null,
                rules::isDateWord);
        this.repeats = new NameRepeats(caseClasses != null ? caseClasses::lookupToken : word -> null, rules::isTitle,
                rules::isDateWord);
    }

    private static double[][] calibration() {
        String table = Models.load(CALIBRATION, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
        List<double[]> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] f = line.strip().split("\t");
            if (f.length == 2 && !line.startsWith("#")) {
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        return rows.toArray(double[][]::new);
    }

    private double confidence(double raw) {
        double p = Math.max(0, Math.min(1, raw));
        for (double[] row : calibration) {
            if (p <= row[0]) {
                return row[1];
            }
        }
        return calibration.length == 0 ? p : calibration[calibration.length - 1][1];
    }

    /**
     * The form of a token the model sees: curly quotes and apostrophes as ASCII, like the newswire it was
     * trained on. Training and evaluation use this too, so the model meets tokens as the pipeline gives them.
     */
    public static String normalise(String token) {
        return Typography.toAscii(token);
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences) {
        finder.clearAdaptiveData();
        List<List<int[]>> piecesOf = new ArrayList<>(sentences.size());
        List<String[]> wordsOf = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<int[]> pieces = modelWords(text, sentence, rules::isCountry);
            String[] words = new String[pieces.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = normalise(text.substring(pieces.get(i)[0], pieces.get(i)[1]));
            }
            piecesOf.add(pieces);
            wordsOf.add(words);
        }
        String[][] cased = truecaser != null ? truecaser.apply(wordsOf) : wordsOf.toArray(String[][]::new);
        List<Mention> result = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // per mention: {sentence, first word, end word}
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<int[]> pieces = piecesOf.get(s);
            if (pieces.isEmpty()) {
                continue;
            }
            String[] words = cased[s];
            boolean shouting = isShouting(sentence);
            Span[] found = subheadings.cut(wordsOf.get(s), finder.find(words));
            for (Span span : rules.apply(wordsOf.get(s), words, found)) {
                int begin = pieces.get(span.getStart())[0];
                int end = pieces.get(span.getEnd() - 1)[1];
                if (shouting && !usuallyCapitalised(words, span) || isCommonWordAtSentenceStart(sentence, begin, end)
                        || isLowerCaseVerbAtSentenceStart(sentence, begin, end)) {
                    continue;
                }
                double confidence = confidence(span.getProb());
                result.add(new Mention(EntityType.fromTag(span.getType()), text.substring(begin, end), begin, end,
                        sentence.index(), confidence));
                where.add(new int[] {s, span.getStart(), span.getEnd()});
            }
        }
        List<Mention> typed = joined.split(articleTypes.apply(reporters.retype(text, institutions.retype(text,
                sentences, lists.retype(text, knownNames.retype(companySigns.retype(result, where, cased)))))));
        List<Mention> all = lowerCasePlaces.add(text, sentences, repeats.add(text, sentences, piecesOf, typed));
        return caseClasses == null ? all : knownNames.addMissed(sentences, all, caseClasses::lookupToken);
    }

    /**
     * Whether a name found in a line written in capitals has a word that running text usually capitalises
     * ("JAPAN", "NATO"), by the model's table of how words are written; without that table, or when every word
     * is usually lower-case ("HOLIDAY GIFT"), the name is taken for a guess.
     */
    private boolean usuallyCapitalised(String[] words, Span span) {
        if (caseClasses == null) {
            return false;
        }
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (words[i].chars().noneMatch(Character::isLetter)) {
                continue;
            }
            // a word never or rarely seen where its case counts may well be a name
            String c = caseClasses.lookupToken(words[i].toLowerCase(Locale.ROOT));
            if (c == null || c.equals("c") || c.equals("C") || c.equals("U") || c.equals("r")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence written all in capitals ("CLICK HERE TO SEND YOUR GIFT & PERSONAL NOTE"): promotional
     * boilerplate and shouted headlines, where capitalisation says nothing and the finder's names are
     * guesses unless one of their words is one running text capitalises ({@link #usuallyCapitalised}).
     * Short runs such as a wire dateline ("MOSCOW, April 13 -") are not shouting.
     */
    static boolean isShouting(Sentence sentence) {
        int words = 0;
        int capitals = 0;
        for (Token t : sentence.tokens()) {
            int letters = 0;
            boolean lower = false;
            for (int i = 0; i < t.text().length(); i++) {
                char c = t.text().charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.isLowerCase(c);
                }
            }
            if (letters < 2) {
                continue;
            }
            words++;
            if (!lower) {
                capitals++;
            }
        }
        return words >= 5 && capitals >= words * 0.8;
    }

    /**
     * A one-word name that opens the sentence and that the part-of-speech tagger reads as a word that is
     * never a name (an adverb, adjective, determiner, interjection...): "Enough talk, it's time for action".
     * The capital is the sentence's, not a name's. Nouns are not dropped: surnames are often nouns too
     * ("Baker said ...").
     */
    private static final Set<String> NEVER_NAMES = Set.of("ADV", "ADJ", "DET", "INTJ",
            "PRON", "SCONJ", "CCONJ", "ADP", "AUX", "PART", "NUM");

    /**
     * A one-word name that opens the sentence, that the tagger reads as a verb, and that running text writes in
     * lower case ("Given the slowdown, ...", "Asked about it, ..."), by the model's table of how words are
     * written. A surname the tagger takes for a verb is usually capitalised in running text, so it stays.
     */
    private boolean isLowerCaseVerbAtSentenceStart(Sentence sentence, int begin, int end) {
        Token t = firstWord(sentence);
        if (caseClasses == null || t == null || t.begin() != begin || t.end() < end || !t.pos().equals("VERB")) {
            return false;
        }
        String c = caseClasses.lookupToken(t.text().toLowerCase(Locale.ROOT));
        return "L".equals(c) || "l".equals(c);
    }

    private static Token firstWord(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (!t.pos().equals("PUNCT")) {
                return t;
            }
        }
        return null;
    }

    static boolean isCommonWordAtSentenceStart(Sentence sentence, int begin, int end) {
        Token t = firstWord(sentence);
        return t != null && t.begin() == begin && t.end() >= end && NEVER_NAMES.contains(t.pos());
    }

    /**
     * The words the model reads for one sentence, as {begin, end} offsets into the article text: the pipeline's
     * tokens cut ({@link #split}) and joined ({@link #joinHyphenated}) the way newswire annotation cuts them.
     * Training on text the pipeline tokenised cuts it so too, so the model meets the words it was trained on.
     *
     * @param isCountry whether a word is a whole country ({@link #countries})
     */
    public static List<int[]> modelWords(String text, Sentence sentence, Predicate<String> isCountry) {
        List<int[]> pieces = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            split(normalise(token.text()), token.begin(), pieces);
        }
        return joinHyphenated(text, pieces, isCountry);
    }

    /** Whether a word is a whole country, by a gazetteer (word to its classes, as in the model's token table). */
    public static Predicate<String> countries(UnaryOperator<String> gazetteer) {
        return new NameRules(gazetteer)::isCountry;
    }

    /**
     * Cuts one pipeline token into the pieces newswire annotation (CoNLL, UD) treats as tokens, as
     * {begin, end} article offsets: clitics come off the end ({@code Trump's → Trump 's},
     * {@code Americans' → Americans '}, {@code doesn't → does n't}) and dashes stand alone
     * ({@code Strip—not → Strip — not}), and so does a slash between two names of two letters or more
     * ({@code NEW YORK/LOS ANGELES}, {@code Nebehay/David}, {@code Journal/NBC}, {@code YORK/}; {@code I/B/E/S} and
     * {@code and/or} stay whole). The UD tokenizer keeps these together, and a name finder trained on
     * split text would otherwise take "Trump's" for an unknown word, or report it as the name.
     */
    static void split(String token, int offset, List<int[]> out) {
        int start = 0;
        int n = token.length();
        for (int i = 0; i <= n; i++) {
            boolean dash = i < n && (token.charAt(i) == '\u2014' || token.charAt(i) == '\u2013'
                    || token.charAt(i) == '/' && slashBetweenNames(token, start, i));
            if (i == n || dash) {
                clitic(token, start, i, offset, out);
                if (dash) {
                    out.add(new int[] {offset + i, offset + i + 1});
                }
                start = i + 1;
            }
        }
    }

    /**
     * Whether the slash at {@code i} stands between a capitalised word and another, each of two letters or more, or
     * ends the token after such a word (the tokenizer gives "YORK/" "LOS" for "YORK/LOS").
     */
    private static boolean slashBetweenNames(String token, int start, int i) {
        int next = token.indexOf('/', i + 1);
        String left = token.substring(start, i);
        String right = token.substring(i + 1, next < 0 ? token.length() : next);
        return left.length() >= 2 && Character.isUpperCase(left.charAt(0)) && left.chars().allMatch(Character::isLetter)
                && (right.isEmpty() || right.length() >= 2 && Character.isUpperCase(right.charAt(0))
                && right.chars().allMatch(Character::isLetter));
    }

    /**
     * Joins the pieces of a hyphenated word back into one ({@code Lee Cheuk-yan}, {@code Asia-Pacific},
     * {@code Ontario-based}): the UD tokenizer cuts at hyphens, newswire annotation keeps such a word whole, and
     * the model would otherwise meet "Cheuk-" and "yan" and find half a name. Pieces join where they touch across
     * a hyphen; a dash between spaces ({@code Madrid - The}) stays apart, and so do countries joined by a hyphen
     * that the gazetteer knows each of but not as one ({@code U.S.-Canada border}: two places, where
     * {@code Guinea-Bissau} is one).
     */
    static List<int[]> joinHyphenated(String text, List<int[]> pieces, Predicate<String> isCountry) {
        List<int[]> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int j = i + 1;
            while (j < pieces.size() && touchAcrossHyphen(text, pieces.get(j - 1), pieces.get(j))) {
                j++;
            }
            String word = text.substring(pieces.get(i)[0], pieces.get(j - 1)[1]);
            if (j - i > 1 && !joinsCountries(word, isCountry)) {
                out.add(new int[] {pieces.get(i)[0], pieces.get(j - 1)[1]});
            } else {
                for (int k = i; k < j; k++) {
                    out.add(new int[] {pieces.get(k)[0], pieces.get(k)[1]});
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean touchAcrossHyphen(String text, int[] left, int[] right) {
        return left[1] == right[0] && (isHyphen(text.charAt(right[0] - 1)) || isHyphen(text.charAt(right[0])));
    }

    /** Whether a hyphenated word is countries joined ("U.S.-Canada"), each known to the gazetteer, the whole not. */
    private static boolean joinsCountries(String word, Predicate<String> isCountry) {
        if (isCountry.test(word)) {
            return false;
        }
        String[] parts = word.split("[-\u2010\u2011]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !isCountry.test(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static void clitic(String token, int begin, int end, int offset, List<int[]> out) {
        if (end <= begin) {
            return;
        }
        String lower = token.substring(begin, end).toLowerCase(Locale.ROOT);
        int cut = -1;
        int len = lower.length();
        if (len > 3 && lower.endsWith("n't")) {
            cut = len - 3;
        } else if (len > 3 && (lower.endsWith("'ll") || lower.endsWith("'re") || lower.endsWith("'ve"))) {
            cut = len - 3;
        } else if (len > 2 && (lower.endsWith("'s") || lower.endsWith("'m") || lower.endsWith("'d"))) {
            cut = len - 2;
        } else if (len > 2 && lower.endsWith("s'")) {
            cut = len - 1;
        }
        if (cut > 0 && Character.isLetterOrDigit(lower.charAt(cut - 1))) {
            out.add(new int[] {offset + begin, offset + begin + cut});
            out.add(new int[] {offset + begin + cut, offset + end});
        } else {
            out.add(new int[] {offset + begin, offset + end});
        }
    }
}
