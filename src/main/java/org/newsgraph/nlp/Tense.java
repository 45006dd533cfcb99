package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a clause places what it tells, read from its tokens. The UD part-of-speech model gives UPOS tags
 * without tense features, so tense is read from the words around the verb:
 * <ul>
 *   <li>{@link Time#FUTURE}: a modal of the future before the verb ("will", "'ll", "shall", "would"), "going
 *       to", a verb of planning before a "to"-infinitive ("plans to", "is expected to", "is due to", "is set to",
 *       "is scheduled to", "hopes to"), or a present progressive ("is traveling", "are meeting": with a date, an
 *       arrangement);</li>
 *   <li>{@link Time#PRESENT}: a simple present other than a verb of saying ("the council meets on Tuesday"),
 *       a present passive ("figures are announced on March 27"; "is expected" is a plan, future), or a present
 *       "to be" standing alone ("the vote is on Tuesday"): with a date, mostly a timetable;</li>
 *   <li>{@link Time#PAST}: a verb ending in "-ed" (the lemmatizer leaves verbs it does not know as they are), or
 *       one whose surface form differs from its lemma and is neither a present progressive nor a third-person
 *       present ("met", "said"), or a past auxiliary ("was", "were", "had", "did"), or a perfect ("has met");</li>
 *   <li>{@link Time#NONE}: no verb, a present verb of saying ("says"), or a participle standing alone.</li>
 * </ul>
 * The verb is the nearest one before the given token in its sentence, or, when there is none, the first
 * after it ("On Monday, Rubio said ..."); after a verb of saying and "that", the date opens the reported clause
 * and the verb after it counts ("said that on Thursday Smith would meet ..."); an "-ing" participle that opens
 * the sentence gives way to the next verb that tells a time ("After announcing the deal in March, AT&T withdrew ...").
 */
public final class Tense {

    /** Where a clause places its event, as far as its verb tells. */
    public enum Time { PAST, PRESENT, FUTURE, NONE }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "would", "wo");
    private static final Set<String> PLANNING = Set.of("plan", "expect", "schedule", "set", "due", "hope",
            "intend", "go", "prepare", "aim", "seek", "want", "arrange", "slate");
    /** Verbs of planning that take the date of what is planned: "scheduled for April 9", "set for Tuesday". */
    private static final Set<String> PLANNED_FOR = Set.of("schedule", "slate", "set", "plan", "reschedule");
    /** Past forms the lemmatizer leaves as they are ("fled", "shrank"): past all the same. */
    private static final Set<String> PAST_FORMS = Set.of("awoke", "bent", "burnt", "clung", "dug", "drank", "fled",
            "flung", "forbade", "forgave", "froze", "knelt", "leant", "leapt", "lent", "mistook", "shook", "shone",
            "shot", "shrank", "sang", "sank", "slid", "slung", "spun", "spat", "stung", "stank", "strode", "swore",
            "trod", "undertook", "underwent", "wove", "wept", "overcame", "oversaw", "undid", "rebuilt", "resold",
            "retook", "bit", "sprang", "stole", "strove", "slew", "wrung");
    /** Verbs whose past is their base form: "hit", "put" alone tell no tense. */
    private static final Set<String> SAME_IN_PAST = Set.of("hit", "put", "set", "cut", "let", "cost", "quit",
            "spread", "shut", "bet", "hurt", "split", "burst", "cast", "forecast", "broadcast", "upset", "read", "bid",
            "shed", "thrust", "rid");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
    private static final Set<String> SAYING = Set.of("say", "tell", "report", "announce", "add", "confirm");

    private Tense() {
    }

    /**
     * True when the verb that governs the token at {@code index} speaks of the future or of a timetable, read as
     * {@link #isFutureVerb} reads it (for meetings).
     */
    public static boolean isFuture(List<Token> tokens, int index) {
        int verb = governingVerb(tokens, index);
        return verb >= 0 && futureVerb(tokens, verb);
    }

    /** Where the verb that governs the token at {@code index} places its event. */
    public static Time of(List<Token> tokens, int index) {
        int verb = governingVerb(tokens, index);
        if (verb < 0) {
            return Time.NONE;
        }
        Time t = timeOfVerb(tokens, verb);
        if (t == Time.NONE && participle(tokens, verb)) {
            // "After announcing the deal in March, AT&T withdrew ...": the clause's own verb tells
            for (int i = Math.max(verb, index) + 1; i < tokens.size(); i++) {
                if (isVerb(tokens, i)) {
                    Time main = timeOfVerb(tokens, i);
                    if (main != Time.NONE) {
                        return main;
                    }
                }
            }
        }
        return t;
    }

    /**
     * An "-ing" form that opens the sentence, alone or after a preposition: "Announcing ...", "After announcing
     * ...". One inside the sentence ("shoppers visiting stores on Wednesday, the day sales start", "saying Wednesday
     * that ...") belongs to a noun or a clause of its own, and the next verb is not its time.
     */
    private static boolean participle(List<Token> tokens, int verb) {
        if (!lower(tokens.get(verb).text()).endsWith("ing")) {
            return false;
        }
        String first = tokens.get(0).pos();
        return verb == 0 || verb == 1 && (first.equals("ADP") || first.equals("SCONJ"));
    }

    /** The index of the verb that governs the token at {@code index}, or -1 when the sentence has none. */
    static int governingVerb(List<Token> tokens, int index) {
        int verb = -1;
        for (int i = Math.min(index, tokens.size()) - 1; i >= 0; i--) {
            if (isVerb(tokens, i)) {
                verb = i;
                break;
            }
        }
        if (verb >= 0 && SAYING.contains(lower(tokens.get(verb).lemma()))) {
            // "said that on Thursday Smith would meet ...": the date opens the reported clause
            for (int i = verb + 1; i < index; i++) {
                if (lower(tokens.get(i).text()).equals("that") && !tokens.get(i).pos().equals("PRON")) {
                    verb = -1;
                    break;
                }
            }
            // "said December will be ...": the date is the subject of the reported clause
            if (verb == index - 1 && index + 1 < tokens.size()
                    && (tokens.get(index + 1).pos().equals("AUX") || tokens.get(index + 1).pos().equals("VERB"))) {
                verb = -1;
            }
        }
        if (verb < 0) {
            for (int i = index + 1; i < tokens.size(); i++) {
                if (isVerb(tokens, i)) {
                    verb = i;
                    break;
                }
            }
        }
        return verb;
    }

    /** A main verb, or an auxiliary that stands alone ("the meeting is on Monday"). */
    private static boolean isVerb(List<Token> tokens, int i) {
        String pos = tokens.get(i).pos();
        if (pos.equals("VERB")) {
            return true;
        }
        if (pos.equals("AUX")) {
            // an auxiliary followed by its verb is read together with that verb
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                String p = tokens.get(j).pos();
                if (p.equals("VERB") || p.equals("AUX")) {
                    return false;
                }
                if (!p.equals("ADV") && !p.equals("PART")) {
                    break;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * True when the verb at {@code verb} itself, with its auxiliaries, speaks of the future or of a timetable: whether
     * a meeting is planned rather than held. This is the meeting extractor's coarser reading, which leans to "planned"
     * where {@link #timeOfVerb} leaves the time open ("was willing to meet", "had planned to meet" are no meetings
     * held); dates use {@link #timeOfVerb}.
     */
    public static boolean isFutureVerb(List<Token> tokens, int verb) {
        return futureVerb(tokens, verb);
    }

    private static boolean futureVerb(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        String text = lower(v.text());
        String lemma = lower(v.lemma());
        // the auxiliaries and particles right before the verb
        for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
            Token t = tokens.get(i);
            String w = lower(t.text());
            String p = t.pos();
            if (FUTURE_MODALS.contains(w)) {
                return true;
            }
            if (PAST_AUX.contains(w) || PERFECT.contains(w)) {
                // "had met", "have run into difficulties": what has happened
                return false;
            }
            if (w.equals("to") && p.equals("PART")) {
                return infinitiveIsFuture(tokens, i);
            }
            if (PRESENT_BE.contains(w) && text.endsWith("ing")) {
                return true;
            }
            if (!(p.equals("AUX") || p.equals("ADV") || p.equals("PART"))) {
                break;
            }
        }
        if (v.pos().equals("AUX")) {
            return PRESENT_BE.contains(text);
        }
        if (text.endsWith("ing") || text.endsWith("ed")) {
            // a past form (the lemmatizer leaves unknown verbs as they are, so the ending decides)
            return false;
        }
        if (text.equals(lemma) || text.equals(lemma + "s") || text.equals(lemma + "es")
                || (lemma.endsWith("y") && text.equals(lemma.substring(0, lemma.length() - 1) + "ies"))) {
            return !SAYING.contains(lemma);
        }
        return false;
    }

    /** "plans to meet", "is expected to meet", "was due to meet": planned unless the governing verb says otherwise. */
    private static boolean infinitiveIsFuture(List<Token> tokens, int to) {
        for (int i = to - 1; i >= Math.max(0, to - 3); i--) {
            Token t = tokens.get(i);
            if (PLANNING.contains(lower(t.lemma())) || PLANNING.contains(lower(t.text()))) {
                return true;
            }
            if (t.pos().equals("VERB")) {
                return futureVerb(tokens, i);
            }
        }
        return true;
    }

    /** Where the verb at {@code verb}, with its auxiliaries, places its event. */
    public static Time timeOfVerb(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        String text = lower(v.text());
        String lemma = lower(v.lemma());
        if (PLANNED_FOR.contains(lemma) && verb + 1 < tokens.size()
                && Set.of("for", "on").contains(lower(tokens.get(verb + 1).text()))) {
            // "the meeting, scheduled for April 9": what is planned
            return Time.FUTURE;
        }
        // the auxiliaries and particles right before the verb
        for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
            Token t = tokens.get(i);
            String w = lower(t.text());
            String p = t.pos();
            if (FUTURE_MODALS.contains(w)) {
                return Time.FUTURE;
            }
            if (PAST_AUX.contains(w) || PERFECT.contains(w)) {
                // "had met", "have run into difficulties": what has happened
                return Time.PAST;
            }
            if (w.equals("to") && p.equals("PART")) {
                return infinitive(tokens, i);
            }
            if (PRESENT_BE.contains(w) && text.endsWith("ing")) {
                return Time.FUTURE;
            }
            if (PRESENT_BE.contains(w) && !text.equals(lemma) && !text.endsWith("ing")) {
                // a present passive: "figures are announced on March 27", "is expected"
                return PLANNING.contains(lemma) ? Time.FUTURE : Time.PRESENT;
            }
            if (!(p.equals("AUX") || p.equals("ADV") || p.equals("PART"))) {
                break;
            }
        }
        if (v.pos().equals("AUX")) {
            return PRESENT_BE.contains(text) ? Time.PRESENT : PAST_AUX.contains(text) ? Time.PAST : Time.NONE;
        }
        if (text.endsWith("ing")) {
            return Time.NONE;
        }
        if (text.endsWith("ed")) {
            // a past form (the lemmatizer leaves unknown verbs as they are, so the ending decides)
            return Time.PAST;
        }
        if (PAST_FORMS.contains(text)) {
            return Time.PAST;
        }
        if (text.equals(lemma) || text.equals(lemma + "s") || text.equals(lemma + "es")
                || (lemma.endsWith("y") && text.equals(lemma.substring(0, lemma.length() - 1) + "ies"))) {
            return SAYING.contains(lemma) || SAME_IN_PAST.contains(lemma) ? Time.NONE : Time.PRESENT;
        }
        return Time.PAST;
    }

    /**
     * "plans to meet", "is expected to meet", "was due to meet": a verb of planning makes it future, unless it is
     * a perfect ("had planned to meet", "would have expected to pay"), which tells no more than that the plan is
     * past; "was willing to skip", "were able to meet": a past auxiliary, past. Otherwise the governing verb
     * decides: a present makes the infinitive future ("wants to", "agrees to"), a past leaves it open ("ordered
     * to surrender on November 28" may lie on either side of publication).
     */
    private static Time infinitive(List<Token> tokens, int to) {
        for (int i = to - 1; i >= Math.max(0, to - 3); i--) {
            Token t = tokens.get(i);
            if (PLANNING.contains(lower(t.lemma())) || PLANNING.contains(lower(t.text()))) {
                return perfect(tokens, i) ? Time.NONE : Time.FUTURE;
            }
            if (t.pos().equals("VERB")) {
                Time governor = timeOfVerb(tokens, i);
                return governor == Time.PRESENT ? Time.FUTURE : governor == Time.PAST ? Time.NONE : governor;
            }
            if (PAST_AUX.contains(lower(t.text()))) {
                return Time.PAST;
            }
        }
        return Time.FUTURE;
    }

    /** Whether "have" or "had" stands in the auxiliaries right before the verb. */
    private static boolean perfect(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            String w = lower(tokens.get(i).text());
            if (PERFECT.contains(w) || w.equals("had")) {
                return true;
            }
            if (!tokens.get(i).pos().equals("AUX") && !tokens.get(i).pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
