package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a clause speaks of the future, read from its tokens. The UD part-of-speech model gives UPOS tags
 * without tense features, so tense is read from the words around the verb:
 * <ul>
 *   <li>future: a modal of the future before the verb ("will", "'ll", "shall", "would"), "going to",
 *       a verb of planning before a "to"-infinitive ("plans to", "is expected to", "is due to", "is set to",
 *       "is scheduled to", "hopes to"), a present progressive ("is traveling", "are meeting": with a date, an
 *       arrangement), or a simple present other than a verb of saying ("the council meets on Tuesday");</li>
 *   <li>past: a verb ending in "-ed" (the lemmatizer leaves verbs it does not know as they are), or one whose
 *       surface form differs from its lemma and is neither a present progressive nor a third-person present
 *       ("met", "said"), or a past auxiliary ("was", "were", "had", "did"), or a perfect ("has met");</li>
 *   <li>neither found: past, as news mostly reports what happened.</li>
 * </ul>
 * The verb is the nearest one before the given token in its sentence, or, when there is none, the first
 * after it ("On Monday, Rubio said ..."); after a verb of saying and "that", the date opens the reported clause
 * and the verb after it counts ("said that on Thursday Smith would meet ...").
 */
public final class Tense {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "would", "wo");
    private static final Set<String> PLANNING = Set.of("plan", "expect", "schedule", "set", "due", "hope",
            "intend", "go", "prepare", "aim", "seek", "want", "arrange");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
    private static final Set<String> SAYING = Set.of("say", "tell", "report", "announce", "add", "confirm");

    private Tense() {
    }

    /** True when the verb that governs the token at {@code index} speaks of the future. */
    public static boolean isFuture(List<Token> tokens, int index) {
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
        }
        if (verb < 0) {
            for (int i = index + 1; i < tokens.size(); i++) {
                if (isVerb(tokens, i)) {
                    verb = i;
                    break;
                }
            }
        }
        return verb >= 0 && futureVerb(tokens, verb);
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

    /** True when the verb at {@code verb} itself, with its auxiliaries, speaks of the future. */
    public static boolean isFutureVerb(List<Token> tokens, int verb) {
        return futureVerb(tokens, verb);
    }

    static boolean futureVerb(List<Token> tokens, int verb) {
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

    /** "plans to meet", "is expected to meet", "was due to meet": the governor decides. */
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

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
