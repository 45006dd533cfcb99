package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Who takes part in a meeting besides the trigger's object, in a {@link MeetingSentence}: the subject of the
 * trigger's verb, read back over its noun phrase ("Rubio and Waltz met ..."), over a relative clause ("Funaro,
 * who is accompanied by Gros, met ...") and from an infinitive to the verb it hangs on ("Chung would leave for
 * Washington to attend the meeting"), "he" and "she" standing for the person named before; those joined to it
 * ("along with Y", "accompanied by Y", "attended by Y"), "it" for the organization named before; and "the two leaders", who are the participants of
 * the meeting read before. Also the verb that governs a meeting noun, and the tense words around it.
 */
final class MeetingSubjects {

    /** "he is due to meet", "they are expected to meet": the subject stands before these words. */
    private static final Set<String> RAISING = Words.list("raising-word");
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> OBJECT_OPENERS = Words.list("object-opener");

    private final MeetingLexicon lex;
    private final MeetingClauses clauses;

    MeetingSubjects(MeetingLexicon lex, MeetingClauses clauses) {
        this.lex = lex;
        this.clauses = clauses;
    }

    /**
     * Reads the subject of the verb at {@code v} into {@code out}; returns the subject's first token, or
     * {@code v} when there is none. A relative pronoun ("Witkoff, who is traveling") stands for the name before
     * it.
     */
    int subject(MeetingSentence s, int v, List<Mention> out) {
        if (v >= 2 && s.lower(v - 1).equals("to") && s.pos(v - 1).equals("PART")) {
            // "Chung would leave for Washington on Monday to attend the meeting", "X plans to visit":
            // the subject of the verb the infinitive hangs on
            for (int k = v - 2; k >= 0; k--) {
                if (s.dateAt[k] != null) {
                    continue; // "visit Washington next week/VERB to meet Trump": a date is no verb, whatever its tag
                }
                if (s.pos(k).equals("VERB")) {
                    return subject(s, k, out);
                }
                if (s.pos(k).equals("AUX") || s.pos(k).equals("SCONJ") || s.pos(k).equals("PRON")
                        || RAISING.contains(s.lower(k)) || s.lower(k).equals(",")) {
                    break;
                }
            }
        }
        int j = v - 1;
        // a name is no auxiliary, whatever its tag ("President Jane Doe/AUX met")
        while (j >= 0 && s.unitAt(j) == null && (s.pos(j).equals("AUX") || auxiliaryTaggedAsVerb(s, j)
                || s.pos(j).equals("ADV") || s.pos(j).equals("PART")
                || s.dateAt[j] != null || (s.pos(j).equals("ADP") && j + 1 < v && s.dateAt[j + 1] != null)
                || (RAISING.contains(s.lower(j)) && j + 1 < v && s.lower(j + 1).equals("to")))) {
            j--;
        }
        if (j > 0 && s.lower(j).equals(")")) {
            // "Bank of America Corp (BAC.N) is in talks with": a ticker or an acronym in brackets after the subject
            for (int k = j - 1; k >= Math.max(0, j - 6); k--) {
                if (s.lower(k).equals("(")) {
                    j = k - 1;
                    break;
                }
            }
        }
        if (j < 0) {
            return v;
        }
        if (s.lower(j).equals(",")) {
            // "Funaro, who is accompanied by Francisco Gros, met ...": the subject stands before the clause
            for (int k = j - 1; k >= 1; k--) {
                String r = s.lower(k);
                if ((r.equals("who") || r.equals("which")) && s.lower(k - 1).equals(",")) {
                    addJoined(s, k + 1, j, out);
                    j = k - 2;
                    break;
                }
                if (r.equals(",") && appositiveAfter(s, k, j)) {
                    // "Jared Kushner, a top campaign official, convened": the name before the apposition
                    j = k - 1;
                    break;
                }
                if (r.equals(",") || s.pos(k).equals("SCONJ")) {
                    break;
                }
            }
            if (j < 0) {
                return v;
            }
        }
        String w = s.lower(j);
        if (w.equals("and") && j > 0 && s.unitAt(j - 1) == null && !s.pos(j - 1).equals("PRON")) {
            // "Doe rushed to the hospital and spoke to Roe", "Doe held interviews at his office, and met with Roe":
            // the subject of the verb the one joined to it
            for (int k = s.lower(j - 1).equals(",") ? j - 2 : j - 1; k >= 0; k--) {
                if (s.pos(k).equals("VERB")) {
                    return subject(s, k, out);
                }
                if (s.lower(k).equals(",") || s.lower(k).equals(";") || s.pos(k).equals("SCONJ")) {
                    break;
                }
            }
        }
        if ((w.equals("he") || w.equals("she")) && s.pos(j).equals("PRON")) {
            Mention antecedent = s.personBefore(j, out);
            if (antecedent != null) {
                out.add(antecedent);
            }
            return j;
        }
        if (w.equals("it") && s.pos(j).equals("PRON")) {
            // "Vodafone has confirmed it is in talks with Verizon": the organization named before
            Mention antecedent = s.organizationBefore(j, out);
            if (antecedent != null) {
                out.add(antecedent);
            }
            return j;
        }
        if ((w.equals("who") || w.equals("which") || w.equals("that")) && s.pos(j).equals("PRON")) {
            int k = j - 1;
            if (k >= 0 && s.lower(k).equals(",")) {
                k--;
            }
            MeetingSentence.Unit u = s.unitAt(k);
            if (u != null && u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                out.add(u.mention());
                return u.from();
            }
            return v;
        }
        int end = j + 1;
        int start = end;
        while (start - 1 >= 0) {
            int k = start - 1;
            MeetingSentence.Unit u = s.unitAt(k);
            if (u != null) {
                start = u.from();
                continue;
            }
            String p = s.pos(k);
            String t = s.lower(k);
            boolean np = NP_TAGS.contains(p) || t.equals("and") || t.equals("'s") || t.equals("of")
                    || t.equals(",") || t.equals("-") || t.equals("(") || t.equals(")");
            if ((t.equals("he") || t.equals("she")) && k + 1 < end && s.lower(k + 1).equals("and")) {
                // "she and Soviet Premier Nikolai Ryzhkov"
                Mention antecedent = s.personBefore(k, out);
                if (antecedent != null) {
                    out.add(antecedent);
                }
                start = k;
                break;
            }
            if (!np || s.dateAt[k] != null) {
                break;
            }
            start = k;
        }
        while (start < end && s.lower(start).equals(",")) {
            start++;
        }
        if (start > 0 && start < end && s.pos(start - 1).equals("ADP") && s.dateAt[start - 1] == null) {
            // "After the talks, Rubio met": the subject starts after the comma; "a bill sponsored by Gephardt
            // is expected to ...": with no comma, a phrase after a preposition is no subject
            int comma = -1;
            for (int k = start; k < end; k++) {
                if (s.lower(k).equals(",")) {
                    comma = k;
                }
            }
            if (comma < 0) {
                return v;
            }
            start = comma + 1;
        }
        int before = out.size();
        for (MeetingSentence.Unit u : MeetingPhrases.heads(s, start, end)) {
            if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                out.add(u.mention());
            } else if (u.type() == EntityType.PLACE && (u.to() == end || placeJoinedAfter(s, u, end))
                    && !MeetingPhrases.afterOf(s, u)) {
                out.add(u.mention()); // "Brazil and China held talks"
            }
        }
        out.addAll(MeetingPhrases.groupsIn(s, start, end));
        if (out.size() == before) {
            // "The congresswoman questioned Clinton", "The Saudi leader will hold talks": the person named before
            Mention described = described(s, start, end, out);
            if (described != null) {
                out.add(described);
            }
        }
        return start < end ? start : v;
    }

    /**
     * The person a definite description over tokens {@code from} to {@code to} stands for: "the congresswoman",
     * "the Saudi leader", "the North Korean leader" (a title, ANNOTATION.md's described party) is the person named
     * nearest before it ({@link MeetingSentence#personDescribedBefore}), never one of {@code taken}; null when the phrase
     * is not such a description or no one was named before.
     */
    static Mention described(MeetingSentence s, int from, int to, List<Mention> taken) {
        if (to - from < 2 || to > s.size() || !s.lower(from).equals("the")) {
            return null;
        }
        for (int k = from + 1; k < to; k++) {
            MeetingSentence.Unit u = s.unitAt(k);
            String word = s.word(k);
            if (u == null && s.pos(k).equals("NOUN") && !word.isEmpty()
                    && s.lex.titles.contains(Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                // the title ends the description ("the Saudi leader several times")
                boolean ends = k + 1 >= to || !s.pos(k + 1).equals("NOUN") && !s.pos(k + 1).equals("PROPN");
                return ends ? s.personDescribedBefore(from, taken) : null;
            }
            boolean modifier = u != null ? u.type() == EntityType.MISC || u.type() == EntityType.PLACE
                    : s.pos(k).equals("ADJ") || s.pos(k).equals("PROPN") && s.token(k).isCapitalised();
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the words between the commas at {@code open} and {@code close} are an apposition to the person or
     * organization named right before {@code open} ("Kushner, a top campaign official,"): a short phrase with no
     * verb and no name of its own (a place there is no place of the meeting: "Acme, the largest bank in Freedonia,").
     */
    private static boolean appositiveAfter(MeetingSentence s, int open, int close) {
        MeetingSentence.Unit u = s.unitAt(open - 1);
        if (u == null || u.type() != EntityType.PERSON && u.type() != EntityType.ORGANIZATION
                || close - open < 2 || close - open > 10) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (s.pos(k).equals("VERB") || s.pos(k).equals("AUX") || s.pos(k).equals("PRON") || s.unitAt(k) != null) {
                return false;
            }
        }
        return true;
    }

    /** "Brazil" in "Brazil and the United States": a place joined by "and" to the place that ends the phrase. */
    private static boolean placeJoinedAfter(MeetingSentence s, MeetingSentence.Unit u, int end) {
        int k = u.to();
        if (k >= end || !s.lower(k).equals("and")) {
            return false;
        }
        k++;
        if (k < end && s.lower(k).equals("the")) {
            k++;
        }
        MeetingSentence.Unit next = s.unitAt(k);
        return next != null && next.type() == EntityType.PLACE && next.to() == end;
    }

    /** "had" in "who had flown", which the tagger may read as a main verb: a form of have or be before a verb. */
    static boolean auxiliaryTaggedAsVerb(MeetingSentence s, int j) {
        return s.pos(j).equals("VERB") && (s.lemma(j).equals("have") || s.lemma(j).equals("be"))
                && j + 1 < s.size() && s.pos(j + 1).equals("VERB");
    }

    /** "joining an Israeli delegation", "along with Y", "accompanied by Y", "attended by Y". */
    void addJoined(MeetingSentence s, int from, int clauseEnd, List<Mention> participants) {
        int end = Math.min(s.size(), Math.max(clauseEnd, from));
        for (int k = from; k < end; k++) {
            String w = s.lower(k);
            boolean attended = w.equals("attended") && k + 1 < s.size() && s.lower(k + 1).equals("by");
            if (!lex.join.contains(w) && !attended) {
                continue;
            }
            int o = k + 1;
            while (o < s.size() && (s.lower(o).equals("with") || s.lower(o).equals("by"))) {
                o++;
            }
            int limit = clauses.clauseEnd(s, o);
            for (MeetingSentence.Unit u : MeetingPhrases.headsForward(s, o, limit)) {
                if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                    participants.add(u.mention());
                }
            }
            participants.addAll(MeetingPhrases.groupsIn(s, o, MeetingPhrases.phraseEndForward(s, o, limit)));
            return;
        }
    }

    /** "the two leaders will meet": the participants of the last meeting with two or more. */
    void pairFromBefore(MeetingSentence s, int subjectStart, int v, List<Fact.Meeting> before,
                                List<Mention> participants) {
        boolean pair = false;
        for (int k = Math.max(0, subjectStart); k < v; k++) {
            String w = s.lower(k);
            if ((w.equals("two") || w.equals("both")) && k + 1 < v && lex.pairs.contains(s.lower(k + 1))) {
                pair = true;
            }
        }
        if (!pair) {
            return;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).participants().size() >= 2) {
                for (Mention m : before.get(i).participants()) {
                    if (participants.stream().noneMatch(p -> p.text().equals(m.text()))) {
                        participants.add(m);
                    }
                }
                return;
            }
        }
    }

    /** The nearest verb before a noun trigger, over the words of its phrase and of prepositional phrases. */
    int governingVerb(MeetingSentence s, int n) {
        for (int k = n - 1; k >= 0; k--) {
            String p = s.pos(k);
            if (p.equals("VERB")) {
                return k;
            }
            if (p.equals("AUX")) {
                return k;
            }
            if (p.equals("SCONJ") || (p.equals("PRON") && !Words.POSSESSIVE_PRONOUNS.contains(s.lower(k)))
                    || s.lower(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** The comma that opens the participle phrase of {@code verb} ("Clark, winding up ..."), or -1. */
    static int participleComma(MeetingSentence s, int verb) {
        if (!s.token(verb).text().endsWith("ing") || verb == 0) {
            return -1;
        }
        return s.lower(verb - 1).equals(",") ? verb - 1 : -1;
    }

    /** "after having completed", "before completing": a verb in a clause of time that has no subject of its own. */
    static boolean afterHaving(MeetingSentence s, int verb) {
        int k = verb - 1;
        if (k >= 0 && s.lemma(k).equals("have")) {
            k--;
        }
        return k >= 0 && k < verb && Set.of("after", "before", "since", "while").contains(s.lower(k))
                && (k < verb - 1 || s.lower(verb).endsWith("ing"));
    }

    /** The sentence's first verb, or -1. */
    static int firstVerb(MeetingSentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (s.pos(k).equals("VERB")) {
                return k;
            }
        }
        return -1;
    }

    /** The first verb after a noun phrase, or its auxiliary's main verb; -1 when the sentence has none. */
    static int predicateAfter(MeetingSentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (s.pos(k).equals("VERB")) {
                return k;
            }
            if (s.pos(k).equals("AUX")) {
                for (int m = k + 1; m < Math.min(s.size(), k + 4); m++) {
                    if (s.pos(m).equals("VERB")) {
                        return m;
                    }
                    if (!(s.pos(m).equals("ADV") || s.pos(m).equals("PART") || s.pos(m).equals("AUX"))) {
                        break;
                    }
                }
                return k;
            }
        }
        return -1;
    }

    /** A verb in the simple present, with no auxiliary before it ("opens", "meet"). */
    static boolean simplePresent(MeetingSentence s, int verb) {
        if (verb < 0) {
            return false;
        }
        String text = s.lower(verb);
        String lemma = s.lemma(verb);
        if (verb > 0 && (s.pos(verb - 1).equals("AUX") || s.pos(verb - 1).equals("PART"))) {
            return false;
        }
        return text.equals(lemma) || text.equals(lemma + "s") || text.equals(lemma + "es");
    }

    /** True when the phrase's nouns name people ("private bankers", "government officials"). */
    boolean namesPeople(MeetingSentence s, int from, int to) {
        for (int k = from; k < Math.min(to, s.size()); k++) {
            if (s.pos(k).equals("NOUN") && lex.people.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "meet its target", "meet his golden rule", "meeting this demand": a determiner or possessive opens the
     * object, whatever the tagger makes of it (PRON, often).
     */
    static boolean opensObject(MeetingSentence s, int j) {
        return OBJECT_OPENERS.contains(s.lower(j));
    }

    /**
     * "Testifying before the commission, Buffett said", "After a day of meetings with Bush, Clark told": a
     * trigger inside a phrase that opens the sentence (a participle or a preposition first) takes the subject
     * of the main clause, the name after the phrase's last comma before the main verb ("he" or "she" for the
     * person named before). Adds nothing when the sentence does not open so.
     */
    void subjectAfterOpener(MeetingSentence s, int trigger, List<Mention> out) {
        int first = 0;
        while (first < trigger && (s.pos(first).equals("ADV") || s.pos(first).equals("PUNCT"))) {
            first++;
        }
        if (first > trigger || first >= s.size()) {
            return;
        }
        boolean participle = s.pos(first).equals("VERB") && s.lower(first).endsWith("ing");
        if (!participle && !s.pos(first).equals("ADP") && !s.pos(first).equals("SCONJ")) {
            return;
        }
        int verb = -1;
        for (int k = trigger + 1; k < s.size(); k++) {
            if (s.pos(k).equals("VERB") && !s.lower(k).endsWith("ing") || s.pos(k).equals("AUX")) {
                verb = k;
                break;
            }
        }
        int comma = -1;
        for (int k = trigger + 1; k < (verb < 0 ? s.size() : verb); k++) {
            if (s.lower(k).equals(",")) {
                comma = k;
            }
        }
        if (comma < 0) {
            return;
        }
        int k = comma + 1;
        while (k < s.size() && s.unitAt(k) == null && (s.pos(k).equals("DET") || s.pos(k).equals("ADJ")
                || s.isTitle(k))) {
            k++;
        }
        if (k >= s.size()) {
            return;
        }
        MeetingSentence.Unit u = s.unitAt(k);
        if (u != null && (u.type() == EntityType.PERSON || u.type() == EntityType.ORGANIZATION)) {
            if (u.to() < s.size() && (u.to() == verb || s.pos(u.to()).equals("VERB") || s.pos(u.to()).equals("AUX")
                    || s.lower(u.to()).equals(",") || s.lower(u.to()).equals("("))) {
                out.add(u.mention());
            }
        } else if ((s.lower(k).equals("he") || s.lower(k).equals("she")) && s.pos(k).equals("PRON")) {
            Mention antecedent = s.personBefore(k, out);
            if (antecedent != null) {
                out.add(antecedent);
            }
        }
    }
}
