package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.rules.TokenSequence;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.Token;

/**
 * One sentence as the meeting extractor sees it: its tokens, the names in it as token ranges ("units"), and
 * the date expressions over its tokens. Names come from the document's mentions; a title run in a mention
 * ("National Security Advisor Mike Waltz") is cut to the name after the last title, and a run of proper nouns
 * the name finder missed ("Crown Prince Mohammed bin Salman") becomes a new mention of lower confidence.
 * Noun phrases are read over tokens: the extractor needs the heads of the phrases around a trigger.
 */
final class MeetingSentence implements TokenSequence {

    /** A name over tokens {@code from} (inclusive) to {@code to} (exclusive). */
    record Unit(int from, int to, Mention mention) {
        EntityType type() {
            return mention.type();
        }
    }

    private static final Set<String> CONNECTORS = Set.of("bin", "bint", "ibn", "al", "al-", "de", "da", "di", "del",
            "van", "von", "der", "la", "le", "abu", "el", "do", "dos", "das", "du", "des");
    private static final Set<String> ORG_ENDINGS = Set.of("party", "department", "ministry", "council", "bank",
            "fund", "group", "union", "committee", "commission", "corp", "corp.", "inc", "inc.", "co", "co.",
            "agency", "army", "forces", "organization", "organisation", "association", "league", "front",
            "movement", "parliament", "assembly", "congress", "senate", "court", "government");
    /** The small words inside a committee's name: "House of Representatives", "Energy and Commerce". */
    private static final Set<String> COMMITTEE_JOINERS = Set.of("of", "on", "and", "&");
    /** Middle initials between a first name and a surname: "V.", "H.W.", "H. W.". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:[A-Z]\\.\\s?)+");
    /** The number after a monarch's or a pope's name: "II", "III", "IV". */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("I{2,3}|IV|VI{0,3}|IX|XI{0,3}");
    static final double FALLBACK_CONFIDENCE = 0.4;

    final Sentence sentence;
    final List<Token> tokens;
    final List<Unit> units = new ArrayList<>();
    final TemporalExpression[] dateAt;
    final List<TemporalExpression> dates;
    private final Unit[] unitAt;
    final MeetingLexicon lex;
    final String text;

    /** The place of the article's dateline ("MOSCOW, April 13 -"), or null. */
    final Mention dateline;
    /** Where the dateline ends in the article text, 0 when there is none. */
    private final int datelineEnd;
    private final AnnotatedDocument doc;
    private final MeetingDocument article;
    /** The article's day of publication, or null. */
    final java.time.LocalDate published;
    private final String[] lowers;

    MeetingSentence(MeetingDocument article, Sentence sentence) {
        this.article = article;
        this.doc = article.doc;
        this.lex = article.lex;
        this.dateline = article.dateline.place();
        this.published = doc.article().publicationDate().orElse(null);
        this.text = doc.text();
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lowers = new String[tokens.size()];
        this.unitAt = new Unit[tokens.size()];
        this.dateAt = new TemporalExpression[tokens.size()];
        this.dates = doc.datesIn(sentence);
        for (TemporalExpression d : dates) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).begin() < d.end() && d.begin() < tokens.get(i).end()) {
                    dateAt[i] = d;
                }
            }
        }
        this.datelineEnd = article.dateline.end();
        for (Mention m : joinCommitteeNames(joinSplitNames(doc.mentionsIn(sentence)))) {
            if (m.end() <= datelineEnd) {
                continue;
            }
            int from = sentence.tokenAt(m.begin());
            int to = from;
            while (to < tokens.size() && tokens.get(to).begin() < m.end()) {
                to++;
            }
            if (to > from && to + 1 < tokens.size() && tokens.get(to).text().equals("-")
                    && tokens.get(to).begin() == tokens.get(to - 1).end()
                    && tokens.get(to + 1).begin() == tokens.get(to).end()) {
                // "Chung In" + "-" + "yong": the name goes on over the hyphen
                int end = tokens.get(to + 1).end();
                m = new Mention(m.type(), text.substring(m.begin(), end), m.begin(), end, m.sentence(), m.confidence());
                to += 2;
            }
            while (m.type() != EntityType.MISC && from >= 2 && CONNECTORS.contains(lower(from - 1))
                    && tokens.get(from - 2).isCapitalised() && !isTitle(from - 2) && unitAt[from - 2] == null
                    && dateAt[from - 2] == null) {
                // "Mohammed bin" + "Salman": the name began before the connector (of places too: "Rio de Janeiro")
                int begin = tokens.get(from - 2).begin();
                m = new Mention(m.type(), text.substring(begin, m.end()), begin, m.end(), m.sentence(), m.confidence());
                from -= 2;
            }
            while (m.type() != EntityType.MISC && to + 1 < tokens.size() && CONNECTORS.contains(lower(to))
                    && tokens.get(to + 1).isCapitalised() && unitAt[to + 1] == null) {
                // "Luiz Inacio Lula" + "da Silva", "Granja" + "do Torto": the name goes on over a connector
                int end = tokens.get(to + 1).end();
                m = new Mention(m.type(), text.substring(m.begin(), end), m.begin(), end, m.sentence(), m.confidence());
                to += 2;
            }
            if (m.type() == EntityType.PERSON && to < tokens.size() && REGNAL.matcher(tokens.get(to).text()).matches()) {
                // "King Abdullah" + "II", "Pope John Paul" + "II": the name goes on over its number
                int end = tokens.get(to).end();
                m = new Mention(m.type(), text.substring(m.begin(), end), m.begin(), end, m.sentence(), m.confidence());
                to++;
            }
            if (m.type() != EntityType.PERSON && from > 0 && isTitle(from - 1) && to - from <= 3
                    && !ORG_ENDINGS.contains(lower(to - 1)) && tokens.get(from).isCapitalised()) {
                // "President Reagan", whatever the name finder took it for: a title stands before a person
                m = new Mention(EntityType.PERSON, m.text(), m.begin(), m.end(), m.sentence(), m.confidence());
            }
            if (to == from + 1 && m.type() != EntityType.PERSON && surnameOfPersonBefore(from)) {
                // "Clark" after "Joe Clark", whatever the name finder took it for
                m = new Mention(EntityType.PERSON, m.text(), m.begin(), m.end(), m.sentence(), m.confidence());
            }
            if (to > from) {
                addName(from, to, m.type(), m.confidence(), m);
            }
        }
        addMissedNames();
        units.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    /**
     * Whom "he" or "she" at token {@code i} stands for: the nearest person named before it in this sentence, or
     * else the first person named in one of the three sentences before (the subject, as a rule), nearest
     * sentence first; never one of {@code taken}.
     */
    Mention personBefore(int i, List<Mention> taken) {
        return nameBefore(i, taken, EntityType.PERSON, 3);
    }

    /**
     * Whom a description at token {@code i} stands for ("the Saudi leader"): as {@link #personBefore}, looking
     * as far as five sentences back, as a description names its person again after a longer stretch.
     */
    Mention personDescribedBefore(int i, List<Mention> taken) {
        return nameBefore(i, taken, EntityType.PERSON, 5);
    }

    /** Whom "it" at token {@code i} stands for: as {@link #personBefore}, an organization. */
    Mention organizationBefore(int i, List<Mention> taken) {
        return nameBefore(i, taken, EntityType.ORGANIZATION, 3);
    }

    private Mention nameBefore(int i, List<Mention> taken, EntityType type, int sentencesBack) {
        Mention best = null;
        for (Unit u : units) {
            if (u.type() == type && u.to() <= i && (best == null || u.mention().begin() > best.begin())
                    && notTaken(u.mention(), taken)) {
                best = u.mention();
            }
        }
        if (best != null) {
            return best;
        }
        for (int back = 1; back <= sentencesBack; back++) {
            int index = sentence.index() - back;
            if (index < 0) {
                break;
            }
            MeetingSentence before = article.sentence(index);
            for (Unit u : before.units) {
                if (u.type() == type && notTaken(u.mention(), taken)) {
                    return u.mention();
                }
            }
        }
        return null;
    }

    /** Whether none of {@code taken} names {@code m}'s entity (by {@link MeetingMerger#key}). */
    static boolean notTaken(Mention m, List<Mention> taken) {
        return taken.stream().noneMatch(t -> MeetingMerger.key(t).equals(MeetingMerger.key(m)));
    }

    /**
     * The name of a committee the name finder cut into pieces or missed, one organization: "U.S." + "House of
     * Representatives" + "Financial" + "Services Committee" is the U.S. House of Representatives Financial Services
     * Committee. A name ending in a capitalised word of {@code lexicon/meeting-triggers.tsv}'s class {@code body}
     * takes the capitalised words before it, and the "of", "on" and "and" between them; a determiner, a title, a
     * person or a date ends it.
     */
    private List<Mention> joinCommitteeNames(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : withBodyWords(mentions)) {
            String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
            int first = sentence.tokenAt(m.begin());
            int from = first;
            if (m.type() == EntityType.ORGANIZATION && lex.bodies.contains(words[words.length - 1])) {
                for (int k = first - 1; k >= 0 && namePart(k, mentions); k--) {
                    if (tokens.get(k).isCapitalised()) {
                        from = k;
                    }
                }
            }
            if (from < first) {
                int begin = tokens.get(from).begin();
                out.removeIf(o -> o.begin() >= begin);
                out.add(new Mention(EntityType.ORGANIZATION, text.substring(begin, m.end()), begin, m.end(),
                        m.sentence(), m.confidence()));
            } else if (mentions.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The mentions, and a capitalised body word outside them ("Committee" after a name the name finder missed) as
     * an organization of its own, in the order of the text; alone it names nothing.
     */
    private List<Mention> withBodyWords(List<Mention> mentions) {
        List<Mention> all = new ArrayList<>(mentions);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() && lex.bodies.contains(lower(k))
                    && mentions.stream().noneMatch(o -> o.begin() < t.end() && t.begin() < o.end())) {
                all.add(new Mention(EntityType.ORGANIZATION, t.text(), t.begin(), t.end(), sentence.index(),
                        FALLBACK_CONFIDENCE));
            }
        }
        all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return all;
    }

    /** Whether token {@code k} may be part of a committee's name that goes on after it ("House", "of"). */
    private boolean namePart(int k, List<Mention> mentions) {
        Token t = tokens.get(k);
        if (dateAt[k] != null || isTitle(k) || pos(k).equals("DET")
                || mentions.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.begin() <= t.begin()
                        && t.end() <= o.end())) {
            return false;
        }
        return t.isCapitalised() || COMMITTEE_JOINERS.contains(lower(k)) && k > 0 && tokens.get(k - 1).isCapitalised();
    }

    /** "Luiz Inacio Lula" + "da" + "Silva", "Granja" + "do" + "Torto": two mentions of one type around a name
     * connector are one name, and so are two persons around middle initials ("Sergey" + "V." + "Lavrov"). */
    private List<Mention> joinSplitNames(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == m.type() && m.type() != EntityType.MISC) {
                String between = text.substring(last.end(), m.begin()).strip();
                if (CONNECTORS.contains(between.toLowerCase(Locale.ROOT))
                        || m.type() == EntityType.PERSON && INITIALS.matcher(between).matches()) {
                    out.set(out.size() - 1, new Mention(EntityType.PERSON, text.substring(last.begin(), m.end()),
                            last.begin(), m.end(), last.sentence(), Math.min(last.confidence(), m.confidence())));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The article the sentence is part of. */
    MeetingDocument article() {
        return article;
    }

    Unit unitAt(int i) {
        return i >= 0 && i < unitAt.length ? unitAt[i] : null;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public String word(int i) {
        return tokens.get(i).text();
    }

    @Override
    public String lower(int i) {
        String l = lowers[i];
        if (l == null) {
            l = tokens.get(i).text().toLowerCase(Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }

    @Override
    public String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The token's UPOS tag; of a contraction the model tags as one token ("People's": PROPN+PART), the first. */
    @Override
    public String pos(int i) {
        String p = tokens.get(i).pos();
        int plus = p.indexOf('+');
        return plus > 0 ? p.substring(0, plus) : p;
    }

    boolean isTitle(int i) {
        return lex.titles.contains(tokens.get(i).text());
    }

    /** A name over tokens; a leading title run is cut off, leaving a person. */
    private void addName(int from, int to, EntityType type, double confidence, Mention original) {
        int lastTitle = -1;
        for (int i = from; i < to; i++) {
            if (isTitle(i)) {
                lastTitle = i;
            }
        }
        if (lastTitle >= 0 && lastTitle + 1 < to && tokens.get(lastTitle + 1).isCapitalised()) {
            type = EntityType.PERSON;
            from = lastTitle + 1;
            original = null;
        } else if (lastTitle >= 0 && (original == null || lastTitle == to - 1)) {
            // a title with no name after it ("Democratic Sens.") names no one
            return;
        }
        if (original == null) {
            int b = tokens.get(from).begin();
            int e = tokens.get(to - 1).end();
            original = new Mention(type, textOf(from, to), b, e, sentence.index(), confidence);
        }
        Unit u = new Unit(from, to, original);
        for (int i = from; i < to; i++) {
            if (unitAt[i] != null) {
                return;
            }
        }
        units.add(u);
        for (int i = from; i < to; i++) {
            unitAt[i] = u;
        }
    }

    private String textOf(int from, int to) {
        return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    /** Runs of proper nouns that no mention covers, typed by their titles, ending or preposition. */
    private void addMissedNames() {
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(i) || tokens.get(i).begin() < datelineEnd) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && unitAt[j] == null && dateAt[j] == null
                    && (isNameWord(j) || continuesName(j)
                    || (CONNECTORS.contains(lower(j)) && j + 1 < tokens.size()
                        && (isNameWord(j + 1) || continuesName(j + 1))))) {
                j++;
            }
            int lastTitle = -1;
            for (int k = i; k < j; k++) {
                if (isTitle(k)) {
                    lastTitle = k;
                }
            }
            if (lastTitle >= 0) {
                if (lastTitle + 1 < j) {
                    addName(lastTitle + 1, j, EntityType.PERSON, FALLBACK_CONFIDENCE, null);
                }
            } else if (i > 0 && Set.of("in", "at").contains(lower(i - 1))) {
                addName(i, j, EntityType.PLACE, FALLBACK_CONFIDENCE, null);
            } else if (j - i == 1 && surnameOfPersonBefore(i)) {
                addName(i, j, EntityType.PERSON, FALLBACK_CONFIDENCE, null);
            } else if (j - i >= 2) {
                EntityType t = ORG_ENDINGS.contains(lower(j - 1)) ? EntityType.ORGANIZATION : EntityType.PERSON;
                addName(i, j, t, FALLBACK_CONFIDENCE, null);
            }
            i = j;
        }
    }

    /** "Yeutter" after "Clayton Yeutter": a single word that ends a person's name given earlier. */
    private boolean surnameOfPersonBefore(int i) {
        String word = tokens.get(i).text();
        int offset = tokens.get(i).begin();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON && m.end() <= offset
                    && (m.text().endsWith(" " + word) || m.text().equals(word))) {
                return true;
            }
        }
        return false;
    }

    private boolean startsName(int i) {
        return unitAt[i] == null && dateAt[i] == null && isNameWord(i);
    }

    /** Inside a name, a capitalised word the tagger took for a noun ("Lula da Silva"). */
    private boolean continuesName(int i) {
        Token t = tokens.get(i);
        return (pos(i).equals("NOUN") || pos(i).equals("ADJ")) && t.isCapitalised() && unitAt[i] == null
                && dateAt[i] == null && !isTitle(i);
    }

    private boolean isNameWord(int i) {
        Token t = tokens.get(i);
        return pos(i).equals("PROPN") && t.isCapitalised() && unitAt[i] == null && dateAt[i] == null;
    }
}
