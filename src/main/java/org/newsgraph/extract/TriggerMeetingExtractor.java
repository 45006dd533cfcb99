package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Tense;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;

/**
 * Reads meetings, talks, visits, summits and calls from trigger words and the phrases around them. The
 * triggers and the words around them come from {@code lexicon/meeting-triggers.tsv}; title words from
 * {@code lexicon/meeting-titles.txt}. Both files say in their header what each entry means.
 *
 * <p>What it reads, per sentence:
 * <ul>
 *   <li>a trigger verb ("met", "hosted", "visited", "talked with", "negotiated") with its subject and object:
 *       "Rubio and Waltz met with Mohammed bin Salman in Jeddah on Monday"; "X hosted Y"; "X visited Y in Z"
 *       (a place as object is the meeting's location: "X visited Canada"); "meet" with no one to meet is no
 *       meeting ("meet its debt payments"), unless its object names people ("meet private bankers");</li>
 *   <li>a trigger noun ("meeting", "talks", "discussions", "summit", "visit") with "with Y" or "between X and Y"
 *       after it (also after a place or a date: "a summit in Ottawa next month between X and Y"), "a visit to Z",
 *       a possessive or a body before it ("Rubio's talks", "the IMF committee meeting"), and the subject of a
 *       light verb governing it ("X held talks with Y", "X, who is traveling to Doha for talks", "Clark,
 *       winding up a visit to Washington, said"); "joining Y", "along with Y", "accompanied by Y" and
 *       "attended by Y" add participants;</li>
 *   <li>a call: "spoke by phone with Y", "a telephone conversation with Y" (a call has no location);</li>
 *   <li>"the two leaders will meet next week": with no name in the subject, "two"/"both" and a noun such as
 *       "leaders" stand for the participants of the meeting read before it.</li>
 * </ul>
 * The subject is read back over its noun phrase; a relative clause before the verb is skipped ("Funaro, who
 * is accompanied by Gros, met ..."), an infinitive takes the subject of the verb it hangs on ("Chung would
 * leave for Washington to attend the meeting"), and "he"/"she" stand for the nearest person named before in
 * the sentence, or else for the first person named in one of the three sentences before.
 *
 * <p>Participants are the heads of those noun phrases: names from the name finder (a title run cut off,
 * "National Security Advisor Mike Waltz" to "Mike Waltz"; a name continued over a connector or a hyphen,
 * "Lula da Silva", "Chung In-yong"), runs of proper nouns the finder missed, and groups made organizations
 * ("an Israeli delegation", "U.S. and Japanese negotiators"). A name that modifies a noun ("U.S. envoy") or a
 * place after "of" ("the President of Brazil") is no participant.
 *
 * <p>The location is the place after "in"/"at" in the trigger's clause (or opening the sentence: "In Tokyo,
 * ..."), the place a travel verb goes "to" ("traveling to Doha ... for talks"), or a visited place; a held
 * meeting with none takes the place of the article's wire dateline ("MOSCOW, April 13 -"). The date is the
 * date expression in the trigger's clause or opening its sentence or its reported clause ("said that on
 * Thursday Smith would meet"), never one that belongs to a verb of saying ("Rubio said on Monday that a
 * meeting ..."); only a day is kept ("next week" gives no date). A meeting is planned when its verb speaks of
 * the future ({@link Tense}), when "upcoming", "planned" or "next" qualify it, or when its date is after
 * publication; a simple present on the day of publication ("opens talks today") is held.
 *
 * <p>Meetings of one article that share a participant and do not disagree on place, date or status are merged
 * ({@link MeetingMerger}). The evidence is the sentence; the confidence grows with the number of participants
 * and with a place and a date.
 *
 * <p>Stateless and thread-safe once built.
 */
public final class TriggerMeetingExtractor implements FactExtractor {

    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "where", "while",
            "but", "although", "because", "after", "before", "when", ";", ":", "according");
    private static final Set<String> PLANNED_WORDS = Set.of("upcoming", "planned", "proposed", "scheduled",
            "next", "forthcoming", "expected", "future");
    /** "he is due to meet", "they are expected to meet": the subject stands before these words. */
    private static final Set<String> RAISING = Set.of("due", "expected", "scheduled", "set", "going", "likely",
            "able", "planning", "hoping", "supposed", "slated", "poised", "ready", "unlikely", "trying", "seeking");
    /** "set to take place in Z on D", "due to be held", "scheduled to begin": the clause goes on. */
    private static final Set<String> HAPPEN = Set.of("take", "be", "begin", "start", "open", "end", "run", "resume",
            "convene", "continue");
    private static final Set<String> POSSESSIVES = MeetingSentence.POSSESSIVES;
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    private final MeetingLexicon lex;

    public TriggerMeetingExtractor() {
        this(MeetingLexicon.load());
    }

    TriggerMeetingExtractor(MeetingLexicon lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Set<Class<? extends Fact>> gives() {
        return Set.of(Fact.Meeting.class);
    }

    @Override
    public List<Fact> extract(Layers layers) {
        AnnotatedDocument doc = layers.document();
        List<Fact.Meeting> found = new ArrayList<>();
        Optional<LocalDate> published = doc.article().publicationDate();
        for (Sentence s : doc.sentences()) {
            MeetingSentence ms = new MeetingSentence(doc, s, lex);
            for (int i = 0; i < ms.size(); i++) {
                Fact.Meeting m = read(ms, i, found, published.orElse(null));
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return new ArrayList<>(MeetingMerger.merge(found));
    }

    /** The meeting triggered by token {@code i}, or null. */
    private Fact.Meeting read(MeetingSentence s, int i, List<Fact.Meeting> before, LocalDate published) {
        String pos = s.pos(i);
        String lemma = s.lemma(i);
        String word = s.lower(i);
        if (s.unitAt(i) != null || s.dateAt[i] != null) {
            return null;
        }
        if (pos.equals("VERB")) {
            if (lex.phoneVerbs.containsKey(lemma) && (phoneNear(s, i) || lemma.equals("phone")
                    || lemma.equals("telephone"))) {
                return readVerb(s, i, lex.phoneVerbs.get(lemma), true, before, published);
            }
            if (lex.verbs.containsKey(lemma)) {
                return readVerb(s, i, lex.verbs.get(lemma), false, before, published);
            }
            return null;
        }
        if (pos.equals("NOUN") || pos.equals("PROPN")) {
            String stem = word.endsWith("ing") ? word.substring(0, word.length() - 3) : "";
            if (lex.verbs.containsKey(stem) && i + 1 < s.size() && s.dateAt[i + 1] == null
                    && opensObject(s, i + 1)) {
                // "OPEC meeting this demand": a gerund with its object, read as the verb it is
                return readVerb(s, i, lex.verbs.get(stem), false, before, published);
            }
            if (lex.nouns.containsKey(word)) {
                return readNoun(s, i, lex.nouns.get(word), false, published);
            }
            if (lex.phoneNouns.containsKey(word) && phoneNear(s, i)) {
                return readNoun(s, i, lex.phoneNouns.get(word), true, published);
            }
        }
        return null;
    }

    /** A phone word among the three words before i or in its clause after it: "spoke with Putin by phone". */
    private boolean phoneNear(MeetingSentence s, int i) {
        for (int j = Math.max(0, i - 3); j < Math.min(clauseEnd(s, i), i + 10); j++) {
            if (lex.phoneWords.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private Fact.Meeting readVerb(MeetingSentence s, int v, String kind, boolean call, List<Fact.Meeting> before,
                                  LocalDate published) {
        List<Mention> participants = new ArrayList<>();
        int subjectStart = subject(s, v, participants);
        int clauseEnd = clauseEnd(s, v);
        // the object: "met with Y", "hosted Y", "visited Z", "spoke by phone with Y", "talked to Y"
        int j = v + 1;
        while (j < clauseEnd && (s.pos(j).equals("ADV") || s.pos(j).equals("PART") || s.dateAt[j] != null
                || s.lower(j).equals("by") || lex.phoneWords.contains(s.lower(j)))) {
            j++;
        }
        boolean with = j < clauseEnd && (s.lower(j).equals("with") || (s.lower(j).equals("to")
                && (s.lemma(v).equals("talk") || call)));
        if (with) {
            j++;
        }
        Mention location = null;
        List<MeetingSentence.Unit> objects = j < clauseEnd ? s.headsForward(j, clauseEnd) : List.of();
        int objectEnd = j < clauseEnd ? s.phraseEndForward(j, clauseEnd) : j;
        if (!with && objects.isEmpty() && j < clauseEnd && (NP_TAGS.contains(s.pos(j))
                || opensObject(s, j) && j + 1 < clauseEnd
                        && (NP_TAGS.contains(s.pos(j + 1)) || s.pos(j + 1).equals("VERB")))) {
            // "meet demands", "visited the site": no one to meet; "meet private bankers" is a meeting
            if (!lex.placeObject.contains(s.lemma(v)) && !namesPeople(s, j, objectEnd)) {
                return null;
            }
        }
        if (s.lemma(v).equals("talk") && !with && !call) {
            return null;
        }
        for (MeetingSentence.Unit u : objects) {
            if (u.type() == EntityType.PLACE && lex.placeObject.contains(s.lemma(v)) && !with) {
                if (location == null) {
                    location = u.mention();
                }
            } else if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                participants.add(u.mention());
            } else if (u.type() == EntityType.PLACE && with) {
                participants.add(u.mention());
            }
        }
        participants.addAll(s.groupsIn(j, objectEnd));
        addJoined(s, objectEnd, clauseEnd, participants);
        if (participants.isEmpty() || (participants.size() < 2 && location == null && !call && !with
                && !lex.placeObject.contains(s.lemma(v)))) {
            pairFromBefore(s, subjectStart, v, before, participants);
        }
        if (participants.isEmpty()) {
            return null;
        }
        if (location == null && !call) {
            location = location(s, Math.max(subjectStart, 0), v, clauseEnd);
        }
        if (location == null && !call) {
            // "He traveled to Florida to meet with Devocht"
            int travel = travelVerbBefore(s, v);
            if (travel >= 0 && travel != v) {
                location = destination(s, travel, v);
            }
        }
        TemporalExpression date = date(s, subjectStart, v, clauseEnd);
        boolean planned = Tense.isFutureVerb(s.tokens, v);
        boolean present = simplePresent(s, v);
        return meeting(s, kind, call, participants, location, date, planned, present, published);
    }

    private Fact.Meeting readNoun(MeetingSentence s, int n, String kind, boolean call, LocalDate published) {
        List<Mention> participants = new ArrayList<>();
        int clauseEnd = clauseEnd(s, n);
        int j = n + 1;
        while (j < clauseEnd) {
            if (s.pos(j).equals("ADV") || s.dateAt[j] != null) {
                j++;
            } else if ((s.lower(j).equals("in") || s.lower(j).equals("at")) && s.dateAt[Math.min(j + 1, s.size() - 1)] == null
                    && j + 1 < clauseEnd && s.phraseEndForward(j + 1, clauseEnd) > j + 1) {
                // "a summit in Ottawa next month between Reagan and Mulroney"
                j = s.phraseEndForward(j + 1, clauseEnd);
            } else {
                break;
            }
        }
        if (j >= clauseEnd || !(s.lower(j).equals("with") || s.lower(j).equals("between")
                || s.lower(j).equals("to"))) {
            j = n + 1;
        }
        boolean with = false;
        Mention location = null;
        if (j < clauseEnd && (s.lower(j).equals("with") || s.lower(j).equals("between"))) {
            with = true;
            j++;
        } else if (j < clauseEnd && s.lower(j).equals("to") && kind.equals("visit")) {
            // "a visit to Canada", "a visit to the Pope"
            int k = j + 1;
            while (k < clauseEnd && (s.pos(k).equals("DET") || s.pos(k).equals("ADJ")) && s.unitAt(k) == null) {
                k++;
            }
            MeetingSentence.Unit u = s.unitAt(k);
            if (u != null && u.type() == EntityType.PLACE) {
                location = u.mention();
            } else {
                with = true;
            }
            j++;
        }
        int objectEnd = j;
        if (with) {
            for (MeetingSentence.Unit u : s.headsForward(j, clauseEnd)) {
                if (u.type() != EntityType.MISC) {
                    participants.add(u.mention());
                }
            }
            objectEnd = s.phraseEndForward(j, clauseEnd);
            participants.addAll(s.groupsIn(j, objectEnd));
            if (j < s.size() && Set.of("him", "her").contains(s.lower(j))) {
                List<Mention> taken = new ArrayList<>(participants);
                int g = governingVerb(s, n);
                if (g >= 0) {
                    subject(s, g, taken);
                }
                Mention antecedent = s.personBefore(j, taken);
                if (antecedent != null) {
                    participants.add(antecedent);
                }
                objectEnd = j + 1;
            }
        }
        // a possessive before the noun: "Rubio's talks with"
        int p = n - 1;
        while (p >= 0 && (s.pos(p).equals("ADJ") || (s.pos(p).equals("NOUN") && s.unitAt(p) == null))) {
            p--;
        }
        if (p >= 0 && s.lower(p).equals("'s")) {
            p--;
        }
        MeetingSentence.Unit modifier = s.unitAt(p);
        if (modifier != null && modifier.type() == EntityType.ORGANIZATION && modifier.to() == p + 1
                && !s.lower(p).equals("'s") && !s.isAcronymOfUnitBefore(modifier)) {
            // "the IMF committee meeting": the body meets
            participants.add(modifier.mention());
        }
        MeetingSentence.Unit owner = s.unitAt(p);
        if (owner != null && owner.type() != EntityType.MISC
                && (s.lower(owner.to() < s.size() ? owner.to() : p).equals("'s")
                || owner.mention().text().endsWith("'s") || owner.mention().text().endsWith("\u2019s"))) {
            participants.add(0, owner.mention());
        }
        // the verb that governs the noun: "X held talks", "X, who is traveling to Doha for talks"
        int gov = governingVerb(s, n);
        int subjectStart = n;
        boolean planned;
        boolean present = false;
        if (gov >= 0 && lex.light.contains(s.lemma(gov)) && !lex.say.contains(s.lemma(gov))) {
            List<Mention> subject = new ArrayList<>();
            int tenseVerb = gov;
            int comma = participleComma(s, gov);
            if (comma >= 0 && s.unitAt(comma - 1) != null && s.unitAt(comma - 1).type() != EntityType.PLACE) {
                // "Joe Clark, winding up a visit to Washington, said": the name before the participle
                subject.add(s.unitAt(comma - 1).mention());
                subjectStart = s.unitAt(comma - 1).from();
            } else if (comma >= 0) {
                // "Funaro will extend his tour, flying to Japan for talks": the main clause's subject
                int main = firstVerb(s);
                subjectStart = main >= 0 && main < comma ? subject(s, main, subject) : gov;
                tenseVerb = main >= 0 && main < comma ? main : gov;
            } else {
                subjectStart = subject(s, gov, subject);
            }
            participants.addAll(0, subject);
            if (location == null) {
                int travel = travelVerbBefore(s, gov);
                if (travel >= 0) {
                    location = destination(s, travel, n);
                }
            }
            planned = Tense.isFutureVerb(s.tokens, tenseVerb);
            present = simplePresent(s, tenseVerb);
            if (lex.travel.contains(s.lemma(gov)) && forBetween(s, gov, n) && present) {
                // "Rha leaves today for Ottawa for trade talks": a trip under way is for talks still to come
                planned = true;
                present = false;
            }
        } else if (gov >= 0 && n > 0 && Set.of("during", "at", "in").contains(s.lower(n - 1 - adjectivesBefore(s, n)))
                && !lex.say.contains(s.lemma(gov))) {
            // "she and Ryzhkov had set targets during talks today": the subject of the verb took part
            List<Mention> subject = new ArrayList<>();
            subjectStart = subject(s, gov, subject);
            participants.addAll(0, subject);
            planned = Tense.isFutureVerb(s.tokens, gov);
        } else {
            // the noun is the subject of what follows ("the meeting ... was"), or the object of another verb
            int predicate = predicateAfter(s, Math.max(objectEnd, n + 1));
            planned = predicate >= 0 ? Tense.isFutureVerb(s.tokens, predicate)
                    : gov >= 0 ? Tense.isFutureVerb(s.tokens, gov) : Tense.isFuture(s.tokens, n);
        }
        for (int k = Math.max(0, n - 3); k < n; k++) {
            if (PLANNED_WORDS.contains(s.lower(k))) {
                planned = true;
            }
        }
        addJoined(s, Math.max(objectEnd, n + 1), clauseEnd, participants);
        if (participants.isEmpty()) {
            return null;
        }
        if (location == null && !call) {
            location = location(s, subjectStart, n, clauseEnd);
        }
        TemporalExpression date = date(s, Math.min(subjectStart, gov >= 0 ? gov : n), n, clauseEnd);
        return meeting(s, kind, call, participants, location, date, planned, present, published);
    }

    private Fact.Meeting meeting(MeetingSentence s, String kind, boolean call, List<Mention> participants,
                                 Mention location, TemporalExpression date, boolean planned, boolean present,
                                 LocalDate published) {
        List<Mention> unique = new ArrayList<>();
        for (Mention m : participants) {
            // "Hamas" inside "Hamas officials": the group takes part, named once
            boolean inside = participants.stream().anyMatch(o -> o != m && o.begin() <= m.begin()
                    && m.end() <= o.end() && o.end() - o.begin() > m.end() - m.begin());
            if (!inside && unique.stream().noneMatch(u -> u.begin() == m.begin() && u.end() == m.end())
                    && (location == null || !location.overlaps(m.begin(), m.end()))) {
                unique.add(m);
            }
        }
        if (unique.isEmpty()) {
            return null;
        }
        boolean recent = date == null || date.value() == null || published == null
                || !date.value().start().isBefore(published.minusDays(1));
        if (date != null && date.value() != null) {
            TemporalValue v = date.value();
            if (v.granularity() != TemporalValue.Granularity.DAY) {
                date = null;
            } else if (published != null) {
                // a day decides; on the day of publication a simple present ("opens talks today") is held
                planned = v.start().isAfter(published)
                        || (planned && v.start().equals(published) && !present);
            }
        }
        if (location == null && !call && !planned && recent) {
            // a wire dateline: where a held meeting with no place of its own took place, if it took place since
            // the day before the story was filed ("met with a Korean official last week" may be elsewhere)
            location = s.dateline;
        }
        Mention place = location;
        // "the same Wolfsburg meeting" under a WOLFSBURG dateline: the place takes no part in it
        unique.removeIf(m -> place != null && m.type() == EntityType.PLACE
                && m.text().equalsIgnoreCase(place.text()));
        if (unique.isEmpty()) {
            return null;
        }
        double confidence = 0.5 + (unique.size() > 1 ? 0.15 : 0) + (location != null ? 0.1 : 0)
                + (date != null ? 0.1 : 0);
        confidence = Math.min(0.95, confidence);
        Sentence sent = s.sentence;
        return new Fact.Meeting(kind, unique, location, date, planned,
                new Evidence(sent.index(), sent.begin(), sent.end(), confidence, "meetings#trigger"));
    }

    /** "had" in "who had flown", which the tagger may read as a main verb: a form of have or be before a verb. */
    private static boolean auxiliaryTaggedAsVerb(MeetingSentence s, int j) {
        return s.pos(j).equals("VERB") && (s.lemma(j).equals("have") || s.lemma(j).equals("be"))
                && j + 1 < s.size() && s.pos(j + 1).equals("VERB");
    }

    /**
     * Reads the subject of the verb at {@code v} into {@code out}; returns the subject's first token, or
     * {@code v} when there is none. A relative pronoun ("Witkoff, who is traveling") stands for the name before
     * it.
     */
    private int subject(MeetingSentence s, int v, List<Mention> out) {
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
        while (j >= 0 && (s.pos(j).equals("AUX") || auxiliaryTaggedAsVerb(s, j) || s.pos(j).equals("ADV")
                || s.pos(j).equals("PART")
                || s.dateAt[j] != null || (s.pos(j).equals("ADP") && j + 1 < v && s.dateAt[j + 1] != null)
                || (RAISING.contains(s.lower(j)) && j + 1 < v && s.lower(j + 1).equals("to")))) {
            j--;
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
                if (r.equals(",") || s.pos(k).equals("SCONJ")) {
                    break;
                }
            }
            if (j < 0) {
                return v;
            }
        }
        String w = s.lower(j);
        if ((w.equals("he") || w.equals("she")) && s.pos(j).equals("PRON")) {
            Mention antecedent = s.personBefore(j, out);
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
        for (MeetingSentence.Unit u : s.heads(start, end)) {
            if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                out.add(u.mention());
            } else if (u.type() == EntityType.PLACE && u.to() == end && !s.afterOf(u)) {
                out.add(u.mention()); // "Brazil and China held talks"
            }
        }
        out.addAll(s.groupsIn(start, end));
        return start < end ? start : v;
    }

    /** "the two leaders will meet": the participants of the last meeting with two or more. */
    private void pairFromBefore(MeetingSentence s, int subjectStart, int v, List<Fact.Meeting> before,
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

    /** "joining an Israeli delegation", "along with Y", "accompanied by Y", "attended by Y". */
    private void addJoined(MeetingSentence s, int from, int clauseEnd, List<Mention> participants) {
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
            int limit = clauseEnd(s, o);
            for (MeetingSentence.Unit u : s.headsForward(o, limit)) {
                if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                    participants.add(u.mention());
                }
            }
            participants.addAll(s.groupsIn(o, s.phraseEndForward(o, limit)));
            return;
        }
    }

    /** The nearest verb before a noun trigger, over the words of its phrase and of prepositional phrases. */
    private int governingVerb(MeetingSentence s, int n) {
        for (int k = n - 1; k >= 0; k--) {
            String p = s.pos(k);
            if (p.equals("VERB")) {
                return k;
            }
            if (p.equals("AUX")) {
                return k;
            }
            if (p.equals("SCONJ") || (p.equals("PRON") && !POSSESSIVES.contains(s.lower(k)))
                    || s.lower(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> DETERMINER_WORDS = Stream.concat(POSSESSIVES.stream(),
            Stream.of("the", "a", "an", "this", "that", "these", "those")).collect(Collectors.toUnmodifiableSet());

    /**
     * "meet its target", "meet his golden rule", "meeting this demand": a determiner or possessive opens the
     * object, whatever the tagger makes of it (PRON, often).
     */
    static boolean opensObject(MeetingSentence s, int j) {
        return DETERMINER_WORDS.contains(s.lower(j));
    }

    /** True when the phrase's nouns name people ("private bankers", "government officials"). */
    private boolean namesPeople(MeetingSentence s, int from, int to) {
        for (int k = from; k < Math.min(to, s.size()); k++) {
            if (s.pos(k).equals("NOUN") && lex.people.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The comma that opens the participle phrase of {@code verb} ("Clark, winding up ..."), or -1. */
    private static int participleComma(MeetingSentence s, int verb) {
        if (!s.token(verb).text().endsWith("ing") || verb == 0) {
            return -1;
        }
        return s.lower(verb - 1).equals(",") ? verb - 1 : -1;
    }

    /** The sentence's first verb, or -1. */
    private static int firstVerb(MeetingSentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (s.pos(k).equals("VERB")) {
                return k;
            }
        }
        return -1;
    }

    private static int adjectivesBefore(MeetingSentence s, int n) {
        int k = 0;
        while (n - 1 - k > 0 && (s.pos(n - 1 - k).equals("ADJ") || s.pos(n - 1 - k).equals("DET"))) {
            k++;
        }
        return k;
    }

    /** A verb in the simple present, with no auxiliary before it ("opens", "meet"). */
    private static boolean simplePresent(MeetingSentence s, int verb) {
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

    /** The first verb after a noun phrase, or its auxiliary's main verb; -1 when the sentence has none. */
    private static int predicateAfter(MeetingSentence s, int from) {
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

    /** The verb itself when it is one of travel, or the travel verb its infinitive hangs on ("leave ... to attend"). */
    private int travelVerbBefore(MeetingSentence s, int verb) {
        if (lex.travel.contains(s.lemma(verb))) {
            return verb;
        }
        if (verb >= 2 && s.lower(verb - 1).equals("to")) {
            for (int k = verb - 2; k >= 0; k--) {
                if (s.pos(k).equals("VERB")) {
                    return lex.travel.contains(s.lemma(k)) ? k : -1;
                }
            }
        }
        return -1;
    }

    /** Whether "for" stands between a travel verb and the meeting it goes for ("flew to Doha for talks"). */
    private static boolean forBetween(MeetingSentence s, int verb, int noun) {
        for (int k = verb + 1; k < noun; k++) {
            if (s.lower(k).equals("for") && noun - k <= 3) {
                return true;
            }
        }
        return false;
    }

    /** Where a travel verb goes: the first place after its "to" ("leave for": after its "for"). */
    private Mention destination(MeetingSentence s, int v, int limit) {
        for (int k = v + 1; k < limit; k++) {
            if (s.lower(k).equals("to") || (s.lower(k).equals("for") && (k == v + 1
                    || k == v + 2 && s.dateAt[v + 1] != null))) {
                for (MeetingSentence.Unit u : s.headsForward(k + 1, limit)) {
                    if (u.type() == EntityType.PLACE) {
                        return u.mention();
                    }
                }
                MeetingSentence.Unit u = s.unitAt(k + 1);
                if (u != null && u.type() == EntityType.PLACE) {
                    return u.mention();
                }
                return null;
            }
        }
        return null;
    }

    /** The first place after "in" or "at" in the clause, after the trigger first, then before it. */
    private Mention location(MeetingSentence s, int clauseStart, int trigger, int clauseEnd) {
        Mention after = placeAfterPreposition(s, trigger + 1, clauseEnd);
        if (after != null) {
            return after;
        }
        int start = Math.max(0, clauseStart);
        if (s.size() > 0 && (s.lower(0).equals("in") || s.lower(0).equals("at"))) {
            start = 0;
        }
        return placeAfterPreposition(s, start, trigger);
    }

    private Mention placeAfterPreposition(MeetingSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (!(w.equals("in") || w.equals("at")) || !s.pos(k).equals("ADP")) {
                continue;
            }
            int limit = s.phraseEndForward(k + 1, to);
            for (MeetingSentence.Unit u : s.units) {
                boolean place = u.type() == EntityType.PLACE
                        || (u.type() == EntityType.MISC && u.to() - u.from() >= 2);
                if (u.from() > k && u.to() <= limit && place
                        && (s.isHead(u, limit) || (u.to() < s.size() && s.lower(u.to()).equals(",")))) {
                    Mention m = u.mention();
                    // a name the finder left untyped ("the Brazilian Federal District") is a place here
                    return m.type() == EntityType.PLACE ? m
                            : new Mention(EntityType.PLACE, m.text(), m.begin(), m.end(), m.sentence(), m.confidence());
                }
            }
        }
        return null;
    }

    /**
     * The date of the meeting: a date expression after the trigger in its clause, or between the clause's
     * start and the trigger, or opening the sentence; never one whose nearest verb is a verb of saying, or
     * with a verb of saying between it and the trigger. The nearest to the trigger wins.
     */
    private TemporalExpression date(MeetingSentence s, int clauseStart, int trigger, int clauseEnd) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < s.size(); k++) {
            TemporalExpression d = s.dateAt[k];
            if (d == null || (k > 0 && s.dateAt[k - 1] == d)) {
                continue;
            }
            boolean inClause;
            if (k > trigger) {
                inClause = k < clauseEnd;
            } else {
                inClause = k >= clauseStart || opensSentence(s, k) || opensClause(s, k, clauseStart);
                for (int m = k + 1; m < trigger && inClause; m++) {
                    if (s.pos(m).equals("VERB") && lex.say.contains(s.lemma(m))) {
                        inClause = false;
                    }
                }
            }
            if (!inClause || saidOn(s, k)) {
                continue;
            }
            int distance = Math.abs(k - trigger);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "said that on Thursday Smith would meet": the date stands between "that" and the subject. */
    private static boolean opensClause(MeetingSentence s, int k, int clauseStart) {
        for (int m = k; m < clauseStart; m++) {
            String p = s.pos(m);
            if (!(s.dateAt[m] != null || p.equals("ADP") || p.equals("CCONJ") || s.lower(m).equals(","))) {
                return false;
            }
        }
        int m = k - 1;
        while (m >= 0 && (s.pos(m).equals("ADP") || s.lower(m).equals(","))) {
            m--;
        }
        return m < 0 || s.lower(m).equals("that") || s.pos(m).equals("SCONJ");
    }

    /** Adverbs that open a sentence before its date, whatever tag their capital gets them ("Earlier/PROPN"). */
    private static final Set<String> OPENING_ADVERBS = Set.of("earlier", "later", "also", "then", "meanwhile",
            "separately", "previously", "afterwards", "subsequently");

    /** Whether the date at k opens the sentence, after prepositions and adverbs only: "Earlier on Friday, ...". */
    private static boolean opensSentence(MeetingSentence s, int k) {
        for (int m = 0; m < k; m++) {
            if (!s.pos(m).equals("ADP") && !s.pos(m).equals("ADV") && !OPENING_ADVERBS.contains(s.lower(m))) {
                return false;
            }
        }
        return true;
    }

    /** "said on Monday", "told JNS on Tuesday": the date belongs to the saying. */
    private boolean saidOn(MeetingSentence s, int k) {
        for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
            if (s.pos(m).equals("VERB")) {
                return lex.say.contains(s.lemma(m));
            }
            if (s.lower(m).equals("that") || s.pos(m).equals("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** Where the trigger's clause ends: a relative or subordinate clause, a purpose clause, a semicolon. */
    private int clauseEnd(MeetingSentence s, int from) {
        for (int k = from + 1; k < s.size(); k++) {
            String w = s.lower(k);
            if (CLAUSE_WORDS.contains(w) && (s.pos(k).equals("PRON") || s.pos(k).equals("SCONJ")
                    || s.pos(k).equals("CCONJ") || s.pos(k).equals("PUNCT") || w.equals("according"))) {
                return k;
            }
            if (w.equals("to") && s.pos(k).equals("PART") && k + 1 < s.size() && s.pos(k + 1).equals("VERB")
                    && !HAPPEN.contains(s.lemma(k + 1))) {
                return k;
            }
            if (s.pos(k).equals("VERB") && lex.say.contains(s.lemma(k))) {
                return k;
            }
        }
        return s.size();
    }
}
