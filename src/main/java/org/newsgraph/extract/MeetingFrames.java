package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Tense;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;

/**
 * Reads the meeting a trigger starts once its rule has matched ({@code rules/meetings/triggers.rules}): the
 * verb frame ("Rubio and Waltz met with Mohammed bin Salman in Jeddah on Monday") and the noun frame ("a rare
 * direct meeting between a U.S. envoy and Hamas", "Rubio's talks with ..."). Participants are the heads of the
 * noun phrases around the trigger ({@link MeetingPhrases}), its subject and those joined to it
 * ({@link MeetingSubjects}); place and date come from its clause ({@link MeetingClauses}). A meeting is planned
 * when its verb speaks of the future ({@link Tense}), when "upcoming", "planned" or "next" qualify it, or when
 * its date is after publication; a simple present on the day of publication ("opens talks today") is held.
 */
final class MeetingFrames {

    /** What a rule says of its trigger: the kind of meeting, whether it is a call, and the rule. */
    record Trigger(String kind, boolean call, String rule, double confidence) {
    }

    /**
     * A meeting a frame read; {@code lone} when it names one party and no other on the far side of its trigger
     * ("X held talks", "X's visit to Ottawa"): such a mention only adds to a meeting told elsewhere.
     */
    record Read(Fact.Meeting meeting, boolean lone) {
    }

    /** What stands between a meeting noun and those it names: "with" or "between", a visit's "to", or nothing. */
    enum Marker { WITH, TO, NONE }

    private static final Set<String> PLANNED_WORDS = Words.list("planned-word");
    private static final Set<String> DEPARTURE = Words.list("departure-verb");
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** The short name of a group of countries or a body: "G7", "G-20", "APEC". */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]*[A-Z0-9]");
    /** "emerged from a meeting with", "spoke after talks with": whoever acts so was at the meeting. */
    private static final Set<String> AFTER_MEETING = Set.of("after", "from", "following");
    /** The pronouns that stand for the person met: "called him", "visits her". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** "told reporters at the G7 summit", "said in a House hearing": whoever speaks so was at the meeting. */
    private static final Set<String> AT_MEETING = Set.of("at", "during", "in");

    private final MeetingLexicon lex;
    private final MeetingClauses clauses;
    private final MeetingSubjects subjects;

    MeetingFrames(MeetingLexicon lex, MeetingClauses clauses) {
        this.lex = lex;
        this.clauses = clauses;
        this.subjects = new MeetingSubjects(lex, clauses);
    }

    /**
     * A meeting a verb triggers ("met", "hosted", "visited", "talked", a gerund with its object: "meeting this
     * demand"): its subject, its object from token {@code j} (after "with" when {@code with}), those joined to
     * them, its place and date. Null when it names no one to meet ("meet demands", "visited the site"). When
     * {@code together}, the parties are the subject's alone ("Brazil and South Korea discussed energy"), and
     * there must be two or more.
     */
    List<Read> verb(MeetingSentence s, int v, int j, boolean with, boolean together, Trigger t,
                    List<Fact.Meeting> before) {
        boolean call = t.call();
        if (with && passive(s, v)) {
            // "the facts have been met with a tense response", "were met with protests": received, not met
            return List.of();
        }
        List<Mention> participants = new ArrayList<>();
        int subjectStart = subjects.subject(s, v, participants);
        if (participants.isEmpty()) {
            // "Testifying before the commission, Buffett said": the subject of the clause the opener hangs on
            subjects.subjectAfterOpener(s, v, participants);
        }
        int nSubject = participants.size();
        if (together && participants.stream().map(MeetingMerger::key).distinct().count() < 2) {
            return List.of();
        }
        List<MeetingSentence.Unit> parties = new ArrayList<>();
        int clauseEnd = clauses.clauseEnd(s, v);
        if (with && j - 1 >= clauseEnd) {
            // "discussed his plan to cut violence with the NRA": the rule read on to "with" over the object
            clauseEnd = clauses.clauseEnd(s, j - 1);
        }
        Mention location = null;
        List<MeetingSentence.Unit> objects = j < clauseEnd && !together ? MeetingPhrases.headsForward(s, j, clauseEnd)
                : List.of();
        int objectEnd = j < clauseEnd && !together ? MeetingPhrases.phraseEndForward(s, j, clauseEnd) : j;
        if (objects.isEmpty() && j < clauseEnd && !together && OBJECT_PRONOUNS.contains(s.lower(j))
                && !participants.isEmpty()) {
            // "Goldstein said Trump called him Sunday", "when she visits him on Friday": the person named before
            Mention antecedent = s.personBefore(j, participants);
            if (antecedent != null) {
                participants.add(antecedent);
                parties.add(new MeetingSentence.Unit(j, j + 1, antecedent));
            }
        } else if (objects.isEmpty() && j < clauseEnd && !together) {
            // "Pompeo, who has met the North Korean leader": the person the description stands for
            Mention described = MeetingSubjects.described(s, j, objectEnd, participants);
            if (described != null) {
                participants.add(described);
                parties.add(new MeetingSentence.Unit(j, objectEnd, described));
            }
        }
        if (!with && !together && objects.isEmpty() && parties.isEmpty() && j < clauseEnd && (NP_TAGS.contains(s.pos(j))
                || subjects.opensObject(s, j) && j + 1 < clauseEnd
                        && (NP_TAGS.contains(s.pos(j + 1)) || s.pos(j + 1).equals("VERB")))) {
            // "meet demands", "visited the site": no one to meet; "meet private bankers" is a meeting
            if (!lex.placeObject.contains(s.lemma(v)) && !subjects.namesPeople(s, j, objectEnd)) {
                return List.of();
            }
        }
        List<Mention> tour = List.of();
        for (MeetingSentence.Unit u : objects) {
            if (u.type() == EntityType.PLACE && lex.placeObject.contains(s.lemma(v)) && !with) {
                if (location == null) {
                    location = u.mention();
                    // "Bush visited Canada", "Nakasone visits Washington": the country is met
                    Mention country = countryVisited(s, u.mention());
                    if (country != null) {
                        participants.add(country);
                        // "Obama also visited Afghanistan, Iraq, Jordan and Israel": a visit to each
                        tour = countriesListed(s, u, clauseEnd);
                    }
                }
            } else if (u.type() != EntityType.MISC && u.type() != EntityType.PLACE) {
                participants.add(u.mention());
                parties.add(u);
            } else if (u.type() == EntityType.PLACE && with) {
                participants.add(u.mention());
                parties.add(u);
            }
        }
        participants.addAll(MeetingPhrases.groupsIn(s, j, objectEnd));
        boolean otherSide = with || participants.size() > nSubject;
        subjects.addJoined(s, objectEnd, clauseEnd, participants);
        if (participants.isEmpty() || (participants.size() < 2 && location == null && !call && !with
                && !lex.placeObject.contains(s.lemma(v)))) {
            subjects.pairFromBefore(s, subjectStart, v, before, participants);
        }
        if (participants.isEmpty()) {
            return List.of();
        }
        if (location == null && !call) {
            location = clauses.location(s, Math.max(subjectStart, 0), v, clauseEnd);
        }
        if (location == null && !call) {
            // "He traveled to Florida to meet with Devocht"
            int travel = clauses.travelVerbBefore(s, v);
            if (travel >= 0 && travel != v) {
                location = clauses.destination(s, travel, v);
            }
        }
        if (location == null && !call) {
            // "During his trip to Washington, Bangemann will meet ...": the place of the visit the sentence opens with
            location = clauses.visitedBefore(s, v);
        }
        TemporalExpression date = clauses.date(s, subjectStart, v, clauseEnd);
        boolean planned = Tense.isFutureVerb(s.tokens, v);
        boolean present = MeetingSubjects.simplePresent(s, v);
        if (tour.size() >= 2) {
            return tour(s, t, participants, tour, date, planned, present);
        }
        return meetings(s, t, participants, parties, otherSide, location, date, planned, present);
    }

    /**
     * A meeting a noun triggers ("meeting", "talks", "visit", "call"): those after "with" or "between" from token
     * {@code j} (the rules' marker), the place or person "to" which a visit goes, a possessive or a body before
     * the noun ("Rubio's talks", "the IMF committee meeting", "his summit with Kim", "their talks" of the
     * participants of the meeting read before), the subject of a light verb governing it ("X held talks with
     * Y"), those joined to them, its place, date and tense.
     */
    List<Read> noun(MeetingSentence s, int n, int j, Marker marker, Trigger t, List<Fact.Meeting> before) {
        boolean call = t.call();
        List<Mention> participants = new ArrayList<>();
        List<MeetingSentence.Unit> parties = new ArrayList<>();
        int clauseEnd = clauses.clauseEnd(s, n);
        boolean with = marker == Marker.WITH;
        Mention location = null;
        List<Mention> tour = List.of();
        if (marker == Marker.TO) {
            // "a visit to Canada", "a visit to the Pope"
            int k = j;
            while (k < clauseEnd && (s.pos(k).equals("DET") || s.pos(k).equals("ADJ")) && s.unitAt(k) == null) {
                k++;
            }
            MeetingSentence.Unit u = s.unitAt(k);
            if (u != null && u.type() == EntityType.PLACE) {
                location = u.mention();
                // "a state visit to Canada", "a two-day visit to Washington": the country is met
                Mention country = countryVisited(s, u.mention());
                if (country != null) {
                    participants.add(country);
                    tour = countriesListed(s, u, clauseEnd);
                }
            } else {
                with = true;
            }
        }
        if (marker == Marker.NONE && "visit".equals(t.kind()) && n + 1 < clauseEnd && s.lower(n + 1).equals("here")
                && s.dateline != null) {
            // "during Lyng's two-week visit here": a wire story's visit to the place of its dateline
            location = s.dateline;
            Mention country = countryVisited(s, s.dateline);
            if (country != null) {
                participants.add(country);
            }
        }
        int objectEnd = j;
        if (with) {
            for (MeetingSentence.Unit u : MeetingPhrases.headsForward(s, j, clauseEnd)) {
                if (u.type() != EntityType.MISC) {
                    participants.add(u.mention());
                    parties.add(u);
                }
            }
            objectEnd = MeetingPhrases.phraseEndForward(s, j, clauseEnd);
            participants.addAll(MeetingPhrases.groupsIn(s, j, objectEnd));
            if (j < s.size() && Set.of("him", "her").contains(s.lower(j))) {
                List<Mention> taken = new ArrayList<>(participants);
                int g = subjects.governingVerb(s, n);
                if (g >= 0) {
                    subjects.subject(s, g, taken);
                }
                Mention antecedent = s.personBefore(j, taken);
                if (antecedent != null) {
                    participants.add(antecedent);
                }
                objectEnd = j + 1;
            }
        }
        if ("hearing".equals(t.kind()) && n + 2 < clauseEnd && s.lower(n + 1).equals("of")) {
            // "at a hearing of the House Committee on Homeland Security": the body that holds it
            int k = s.lower(n + 2).equals("the") ? n + 3 : n + 2;
            MeetingSentence.Unit body = s.unitAt(k);
            if (body != null && body.type() == EntityType.ORGANIZATION && body.from() == k) {
                participants.add(body.mention());
                parties.add(body);
            }
        }
        boolean otherSide = with || !participants.isEmpty();
        // a possessive before the noun: "Rubio's talks with"
        int p = n - 1;
        // ("Lyng's two-week visit")
        while (p >= 0 && (s.pos(p).equals("ADJ") && !acronymAt(s, p) || s.pos(p).equals("NUM")
                || s.lower(p).equals("-") || (s.pos(p).equals("NOUN") && s.unitAt(p) == null))) {
            p--;
        }
        if (p >= 0 && s.lower(p).equals("'s")) {
            p--;
        }
        MeetingSentence.Unit modifier = s.unitAt(p);
        if (modifier != null && (modifier.type() == EntityType.ORGANIZATION || modifier.type() == EntityType.MISC
                && acronymAt(s, p)) && modifier.to() == p + 1
                && !s.lower(p).equals("'s") && !MeetingPhrases.isAcronymOfUnitBefore(s, modifier)) {
            // "the IMF committee meeting", "the G7 summit" (whatever the name finder took "G7" for): the body meets
            Mention body = modifier.mention();
            participants.add(body.type() == EntityType.ORGANIZATION ? body : new Mention(EntityType.ORGANIZATION,
                    body.text(), body.begin(), body.end(), body.sentence(), body.confidence()));
        }
        MeetingSentence.Unit owner = s.unitAt(p);
        if (owner != null && owner.type() != EntityType.MISC
                && (s.lower(owner.to() < s.size() ? owner.to() : p).equals("'s")
                || owner.mention().text().endsWith("'s") || owner.mention().text().endsWith("\u2019s")
                || s.lower(owner.to() - 1).endsWith("'s") || s.lower(owner.to() - 1).endsWith("\u2019s"))) {
            // ("Roe's" may be one token, the name without its "'s")
            participants.add(0, owner.mention());
        }
        if (owner == null && p >= 0 && (s.lower(p).equals("his") || s.lower(p).equals("her"))) {
            // "Trump faces a test in his summit with Kim": the person named before in the sentence ("During his
            // trip, Bangemann will meet" names him after, as the subject of the clause the phrase opens)
            Mention antecedent = s.personBefore(p, participants);
            if (antecedent != null && antecedent.begin() >= s.sentence.begin()) {
                participants.add(0, antecedent);
            }
        } else if (owner == null && p >= 0 && s.lower(p).equals("their") && participants.isEmpty()) {
            // "the start of their talks in Singapore": the parties of the meeting read before
            participants.addAll(pairBefore(before));
        }
        // the verb that governs the noun: "X held talks", "X, who is traveling to Doha for talks"
        int gov = subjects.governingVerb(s, n);
        int subjectStart = n;
        boolean planned;
        boolean present = false;
        if (gov >= 0 && lex.light.contains(s.lemma(gov)) && !lex.say.contains(s.lemma(gov))) {
            List<Mention> subject = new ArrayList<>();
            int tenseVerb = gov;
            boolean done = false;
            int comma = MeetingSubjects.participleComma(s, gov);
            if (comma >= 0 && s.unitAt(comma - 1) != null && s.unitAt(comma - 1).type() != EntityType.PLACE) {
                // "Joe Clark, winding up a visit to Washington, said": the name before the participle
                subject.add(s.unitAt(comma - 1).mention());
                subjectStart = s.unitAt(comma - 1).from();
            } else if (comma >= 0) {
                // "Funaro will extend his tour, flying to Japan for talks": the main clause's subject
                int main = MeetingSubjects.firstVerb(s);
                subjectStart = main >= 0 && main < comma ? subjects.subject(s, main, subject) : gov;
                tenseVerb = main >= 0 && main < comma ? main : gov;
            } else {
                subjectStart = subjects.subject(s, gov, subject);
                int main = MeetingSubjects.firstVerb(s);
                if (subject.isEmpty() && MeetingSubjects.afterHaving(s, gov) && main >= 0 && main < gov) {
                    // "Funaro will fly to Tokyo on Sunday, after having completed a trip to ...": the main
                    // clause's subject, but not its day or tense
                    subjects.subject(s, main, subject);
                    done = s.lemma(gov - 1).equals("have");
                }
            }
            participants.addAll(0, subject);
            if (location == null) {
                int travel = clauses.travelVerbBefore(s, gov);
                if (travel >= 0) {
                    location = clauses.destination(s, travel, n);
                    if (location != null && "visit".equals(t.kind()) && !subject.isEmpty()
                            && participants.stream().noneMatch(x -> x.type() == EntityType.PLACE)) {
                        // "Obama heads to Cuba for a historic visit", "landed in Israel on Monday for his trip":
                        // the country the trip goes to is visited
                        Mention country = countryVisited(s, location);
                        if (country != null) {
                            participants.add(country);
                        }
                    }
                }
            }
            planned = !done && Tense.isFutureVerb(s.tokens, tenseVerb);
            present = MeetingSubjects.simplePresent(s, tenseVerb);
            if (lex.travel.contains(s.lemma(gov)) && MeetingClauses.forBetween(s, gov, n) && present) {
                // "Rha leaves today for Ottawa for trade talks": a trip under way is for talks still to come
                planned = true;
                present = false;
            }
            if (underWay(s, gov, n)) {
                // "Batelco is in talks with C&W": talks under way are held (ANNOTATION.md 4.3)
                planned = false;
                present = true;
            }
        } else if (gov >= 0 && n > 0 && (Set.of("during", "at", "in").contains(s.lower(n - 1 - MeetingClauses.adjectivesBefore(s, n)))
                && !lex.say.contains(s.lemma(gov)) || AFTER_MEETING.contains(s.lower(n - 1
                - MeetingClauses.adjectivesBefore(s, n))) || atMeeting(s, gov, n))) {
            // "she and Ryzhkov had set targets during talks today", "Cuomo emerged from a meeting with Trump",
            // "Van Rompuy spoke to reporters after a meeting with Berlusconi": the subject of the verb took part
            List<Mention> subject = new ArrayList<>();
            subjectStart = subjects.subject(s, gov, subject);
            participants.addAll(0, subject);
            planned = Tense.isFutureVerb(s.tokens, gov);
        } else {
            // the noun is the subject of what follows ("the meeting ... was"), or the object of another verb
            int predicate = MeetingSubjects.predicateAfter(s, Math.max(objectEnd, n + 1));
            planned = predicate >= 0 ? Tense.isFutureVerb(s.tokens, predicate)
                    : gov >= 0 ? Tense.isFutureVerb(s.tokens, gov) : Tense.isFuture(s.tokens, n);
            // "After a day of meetings with Bush, Clark told ...": the subject of the clause the opener hangs on
            subjects.subjectAfterOpener(s, n, participants);
        }
        for (int k = Math.max(0, n - 3); k < n; k++) {
            if (PLANNED_WORDS.contains(s.lower(k))) {
                planned = true;
            }
        }
        subjects.addJoined(s, Math.max(objectEnd, n + 1), clauseEnd, participants);
        if (participants.isEmpty()) {
            return List.of();
        }
        if (location == null && !call) {
            location = clauses.location(s, subjectStart, n, clauseEnd);
        }
        TemporalExpression date = clauses.date(s, Math.min(subjectStart, gov >= 0 ? gov : n), n, clauseEnd);
        if (gov >= 0 && DEPARTURE.contains(s.lemma(gov)) && MeetingClauses.forBetween(s, gov, n)) {
            // "Rha leaves today for Ottawa for trade talks": the day is the departure's, the talks' is not said
            date = null;
        }
        if (tour.size() >= 2) {
            return tour(s, t, participants, tour, date, planned, present);
        }
        return meetings(s, t, participants, parties, otherSide, location, date, planned, present);
    }

    /**
     * The countries of a trip "to the United States, France and Italy" from the first one, {@code first}: the
     * places listed after it, by commas and "and", while each is a country.
     */
    private List<Mention> countriesListed(MeetingSentence s, MeetingSentence.Unit first, int clauseEnd) {
        List<Mention> out = new ArrayList<>();
        out.add(first.mention());
        int k = first.to();
        while (k < clauseEnd && (s.lower(k).equals(",") || s.lower(k).equals("and"))) {
            int next = k + 1;
            if (next < clauseEnd && s.lower(next).equals("and")) {
                next++;
            }
            while (next < clauseEnd && s.pos(next).equals("DET") && s.unitAt(next) == null) {
                next++;
            }
            MeetingSentence.Unit u = s.unitAt(next);
            if (u == null || u.type() != EntityType.PLACE || countryVisited(s, u.mention()) != u.mention()) {
                break;
            }
            out.add(u.mention());
            k = u.to();
        }
        return out;
    }

    /**
     * A trip to several countries ("completed a week-long trip to the United States, France and Italy"): a visit
     * to each, with the travellers; the trip names no place for each visit but the country met.
     */
    private List<Read> tour(MeetingSentence s, Trigger t, List<Mention> participants, List<Mention> countries,
                            TemporalExpression date, boolean planned, boolean present) {
        List<Read> out = new ArrayList<>();
        for (Mention country : countries) {
            List<Mention> each = new ArrayList<>(participants);
            each.removeIf(p -> p.type() == EntityType.PLACE);
            each.add(country);
            for (Read r : meetings(s, t, each, List.of(), true, country, date, planned, present)) {
                Fact.Meeting m = r.meeting();
                out.add(new Read(new Fact.Meeting(m.kind(), m.participants(), null, m.date(), m.planned(),
                        m.evidence()), r.lone()));
            }
        }
        return out;
    }

    /** The participants of the last meeting read before with two or more, or none. */
    private static List<Mention> pairBefore(List<Fact.Meeting> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).participants().size() >= 2) {
                return before.get(i).participants();
            }
        }
        return List.of();
    }

    /** Whether token {@code p} is a name like "G20" that the tagger took for an adjective. */
    private static boolean acronymAt(MeetingSentence s, int p) {
        MeetingSentence.Unit u = s.unitAt(p);
        return u != null && ACRONYM.matcher(u.mention().text()).matches();
    }

    /**
     * "is in talks with", "are in advanced talks with", "were in negotiations with": a finite form of "be", then
     * "in" and the meeting noun ({@code n}) with its modifiers: the talks are under way.
     */
    private static boolean underWay(MeetingSentence s, int gov, int n) {
        if (!Set.of("is", "are", "was", "were", "'s", "'re", "been").contains(s.lower(gov))) {
            // ("will be in talks" is still to come)
            return false;
        }
        int k = gov + 1;
        while (k < n && s.pos(k).equals("ADV")) {
            k++;
        }
        if (k >= n || !s.lower(k).equals("in")) {
            return false;
        }
        for (k++; k < n; k++) {
            if (!(s.pos(k).equals("ADJ") || s.pos(k).equals("ADV") || s.lower(k).equals(","))) {
                return false;
            }
        }
        return true;
    }

    /** A past participle after a form of "be" ("been met", "were met"), adverbs between. */
    private static boolean passive(MeetingSentence s, int v) {
        if (!s.lower(v).endsWith("met") && !s.lower(v).endsWith("ed")) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && s.pos(k).equals("ADV")) {
            k--;
        }
        return k >= 0 && s.lemma(k).equals("be");
    }

    /**
     * The country a visit to a place meets: the place itself when it is a country ({@code lexicon/places.tsv});
     * for a capital ({@code lexicon/cities.tsv}), the country as the article names it elsewhere ("a visit to
     * Tokyo" in a story that speaks of Japan meets Japan); else null.
     */
    private Mention countryVisited(MeetingSentence s, Mention place) {
        String name = place.text().toLowerCase(java.util.Locale.ROOT);
        name = name.startsWith("the ") ? name.substring(4) : name;
        if (lex.countries.containsKey(name)) {
            return place;
        }
        String country = lex.capitals.get(name);
        return country == null ? null : s.article().countryNamed(country, place);
    }

    /**
     * "Trump told reporters at the G7 summit", "spoke during Wednesday's hearing", "Gowdy said in a House
     * Intelligence Committee hearing": whoever speaks at, during or in a meeting is there, whatever the verb; the
     * words between the preposition and the noun are its modifiers.
     */
    private static boolean atMeeting(MeetingSentence s, int gov, int n) {
        int k = n - 1;
        while (k > gov && (s.unitAt(k) != null || s.dateAt[k] != null || NP_TAGS.contains(s.pos(k))
                || s.lower(k).equals("'s"))) {
            k--;
        }
        return k > gov && AT_MEETING.contains(s.lower(k)) && s.pos(k).equals("ADP");
    }

    /**
     * The meetings a frame read: one, or, when the parties met are listed as separate parties ("will meet
     * Secretary of State George Shultz, trade envoy Clayton Yeutter and IMF Managing Director Michel Camdessus"),
     * one with each party ({@link MeetingPhrases#separateParties}), the others who take part in every one.
     */
    private List<Read> meetings(MeetingSentence s, Trigger t, List<Mention> participants,
                                        List<MeetingSentence.Unit> parties, boolean otherSide, Mention location,
                                        TemporalExpression date, boolean planned, boolean present) {
        List<List<MeetingSentence.Unit>> separate = MeetingPhrases.separateParties(s, parties);
        List<Read> out = new ArrayList<>();
        if (separate.size() < 2) {
            Fact.Meeting m = meeting(s, t, participants, location, date, planned, present);
            if (m != null) {
                // one who travels, speaks or holds talks, and no one else, is no meeting of its own ("X held
                // talks", "X's visit"); a party met "with" someone the text describes without a name is one
                // ("X met with that country's leader"); a visit to a country by no one named is none, and so is a
                // hearing with no witness named ("testimony before the Senate Committee")
                boolean lone = m.participants().size() < 2 && (parties.isEmpty() && !otherSide
                        || "visit".equals(m.kind()) && m.participants().get(0).type() == EntityType.PLACE
                        || "hearing".equals(m.kind()));
                out.add(new Read(m, lone));
            }
            return out;
        }
        List<Mention> common = new ArrayList<>(participants);
        for (MeetingSentence.Unit u : parties) {
            common.remove(u.mention());
        }
        for (List<MeetingSentence.Unit> party : separate) {
            List<Mention> each = new ArrayList<>(common);
            party.forEach(u -> each.add(u.mention()));
            Fact.Meeting m = meeting(s, t, each, location, date, planned, present);
            if (m != null) {
                out.add(new Read(m, false));
            }
        }
        return out;
    }

    /**
     * The meeting from what a frame read: each participant once ("Hamas" inside "Hamas officials" is the group
     * once), none that is its place; a date only of a day, which decides held or planned; the dateline's place
     * for a held meeting with none of its own that took place since the day before the story was filed.
     */
    private Fact.Meeting meeting(MeetingSentence s, Trigger t, List<Mention> participants, Mention location,
                                 TemporalExpression date, boolean planned, boolean present) {
        boolean call = t.call();
        LocalDate published = s.published;
        List<Mention> unique = new ArrayList<>();
        for (Mention m : participants) {
            // "Hamas" inside "Hamas officials": the group takes part, named once
            boolean inside = participants.stream().anyMatch(o -> o != m && o.begin() <= m.begin()
                    && m.end() <= o.end() && o.end() - o.begin() > m.end() - m.begin());
            if (!inside && unique.stream().noneMatch(u -> u.begin() == m.begin() && u.end() == m.end())
                    && (location == null || m == location || !location.overlaps(m.begin(), m.end()))) {
                unique.add(m);
            }
        }
        if (unique.isEmpty()) {
            return null;
        }
        if (date != null && (date.value() == null || date.value().granularity() != TemporalValue.Granularity.DAY)
                && date.day() != null) {
            // "met with Perpich Thursday night", "talks tonight": the day of that part of a day
            date = new TemporalExpression(date.text(), date.begin(), date.end(), date.sentence(), date.day());
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
        boolean today = date != null && date.value() != null && date.value().start().equals(published);
        if (location == null && !call && (!planned || today) && recent && s.article().placedByDateline(s)) {
            // a wire dateline: where a held meeting of the story's lead (or "here") with no place of its own took
            // place, if it took place since the day before the story was filed ("met with a Korean official last
            // week" may be elsewhere), or where one set for the day of filing takes place
            location = s.dateline;
        }
        Mention place = location;
        // "the same Wolfsburg meeting" under a WOLFSBURG dateline: the place takes no part in it
        unique.removeIf(m -> place != null && m != place && m.type() == EntityType.PLACE
                && m.text().equalsIgnoreCase(place.text()));
        if (unique.isEmpty()) {
            return null;
        }
        Sentence sent = s.sentence;
        return new Fact.Meeting(t.kind(), unique, location, date, planned,
                new Evidence(sent.index(), sent.begin(), sent.end(), t.confidence(), t.rule()));
    }
}
