package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.MeetingFrames.Marker;
import org.newsgraph.extract.MeetingFrames.Trigger;
import org.newsgraph.extract.rules.Match;
import org.newsgraph.extract.rules.MatchTest;
import org.newsgraph.extract.rules.PatternEnv;
import org.newsgraph.extract.rules.Rule;
import org.newsgraph.extract.rules.RuleBook;
import org.newsgraph.extract.rules.RuleConfidence;
import org.newsgraph.extract.rules.RuleFile;
import org.newsgraph.extract.rules.Span;
import org.newsgraph.extract.rules.SpanReader;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * The meeting rules ({@code rules/meetings/triggers.rules}): which words trigger a meeting, a call or a visit,
 * and how the other party is introduced ("met with", "talked to", "talks between", "a visit to"). Their
 * patterns name the words of {@code lexicon/meeting-triggers.tsv} as lists ({@code meeting-verb},
 * {@code phone-verb}, {@code meeting-noun}, {@code visit-noun}, {@code phone-noun}, {@code phone-word}), the
 * tests {@code [in-name]}, {@code [in-date]}, {@code [clause-end]} and {@code [gerund]}, and the reader
 * {@code <np>} (the noun phrases from a token to its clause's end). A match's frame is read by
 * {@link MeetingFrames}. Immutable; safe to share between threads.
 */
final class MeetingRules {

    static final String TRIGGERS = "/rules/meetings/triggers.rules";

    private final MeetingLexicon lex;
    private final MeetingFrames frames;
    private final MeetingClauses clauses;
    final RuleBook<MeetingSentence> book;

    MeetingRules(MeetingLexicon lex, RuleConfidence confidence) {
        this.lex = lex;
        this.clauses = new MeetingClauses(lex);
        this.frames = new MeetingFrames(lex, clauses);
        PatternEnv<MeetingSentence> env = RoleRules.withWords(PatternEnv.<MeetingSentence>empty())
                .list("meeting-verb", lex.verbs.keySet())
                .list("phone-verb", lex.phoneVerbs.keySet())
                .list("meeting-noun", lex.nouns.keySet())
                .list("visit-noun", Set.copyOf(lex.nouns.entrySet().stream().filter(e -> e.getValue().equals("visit"))
                        .map(Map.Entry::getKey).toList()))
                .list("phone-noun", lex.phoneNouns.keySet())
                .list("phone-word", lex.phoneWords)
                .test("in-name", (s, i) -> s.unitAt(i) != null)
                .test("in-date", (s, i) -> s.dateAt[i] != null)
                .test("clause-end", clauses::endsClause)
                .test("hearing-body", this::hearingBody)
                .test("person-name", (s, i) -> s.unitAt(i) != null
                        && s.unitAt(i).type() == org.newsgraph.nlp.EntityType.PERSON)
                .test("gerund", (s, i) -> s.lower(i).endsWith("ing")
                        && lex.verbs.containsKey(s.lower(i).substring(0, s.lower(i).length() - 3)))
                .reader("np", SpanReader.forward((s, p) -> {
                    int end = MeetingPhrases.phraseEndForward(s, p, clauses.clauseEnd(s, p - 1));
                    return end > p ? new Span(p, end, null) : null;
                }));
        Map<String, MatchTest<MeetingSentence>> conditions = Map.of(
                "phone-near", (s, m) -> clauses.phoneNear(s, m.anchor()),
                "phone-call", (s, m) -> clauses.phoneNear(s, m.anchor())
                        || Set.of("phone", "telephone").contains(s.lemma(m.anchor())),
                "hearing-near", (s, m) -> hearingIn(s),
                "person-after", (s, m) -> nameAfter(s, m.end(), true),
                "named-after", (s, m) -> nameAfter(s, m.end(), false));
        this.book = RuleBook.compile(RuleFile.resource(TRIGGERS), env, conditions, "meeting", confidence);
    }

    /** Whether the sentence names a hearing ("during a House hearing"). */
    private boolean hearingIn(MeetingSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if ("hearing".equals(lex.nouns.get(s.lower(i))) && s.unitAt(i) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name of a body that hears witnesses begins at token {@code i}: an organization whose name has a
     * word of {@code lexicon/meeting-triggers.tsv}'s class {@code body} ("Senate Judiciary Committee", "the
     * Senate Judiciary Committee's Antitrust Subcommittee", "the Senate Select Committee on Intelligence").
     * "Congress" is none, as "told Congress" may be a letter or a report.
     */
    private boolean hearingBody(MeetingSentence s, int i) {
        MeetingSentence.Unit u = s.unitAt(i);
        if (u == null || u.from() != i || u.type() != org.newsgraph.nlp.EntityType.ORGANIZATION) {
            return false;
        }
        for (int k = u.from(); k < u.to(); k++) {
            if (lex.bodies.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person (or, unless {@code person}, an organization or country) named at token {@code k}, after
     * determiners, adjectives and titles ("to Treasury Secretary Roe", "with the NRA").
     */
    private static boolean nameAfter(MeetingSentence s, int k, boolean person) {
        for (int i = k; i < Math.min(s.size(), k + 5); i++) {
            MeetingSentence.Unit u = s.unitAt(i);
            if (u != null) {
                return u.type() == org.newsgraph.nlp.EntityType.PERSON
                        || !person && u.type() != org.newsgraph.nlp.EntityType.MISC;
            }
            String p = s.pos(i);
            if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || s.isTitle(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The meetings of one sentence, added to {@code found} (the article's so far, which "the two leaders" read),
     * or to {@code lone} when one party alone is named ({@link MeetingFrames.Read#lone()}).
     */
    void read(MeetingSentence s, List<Fact.Meeting> found, List<Fact.Meeting> lone) {
        book.scan(s, (rule, line, seq, m) -> {
            List<MeetingFrames.Read> meetings = build(rule, line, seq, m, found);
            for (MeetingFrames.Read r : meetings) {
                Fact.Meeting held = atVenue(r.meeting());
                if (held != null) {
                    (r.lone() || placeAlone(held) || joinsOnly(line, held) ? lone : found).add(held);
                }
            }
            return meetings.isEmpty() ? null : meetings.get(0);
        });
    }

    /**
     * Whether a meeting of one party only adds to a meeting told elsewhere, as its rule says ({@code one-party=joins}):
     * "he's not interested in talking to Harry Reid", "is willing to talk to Kim" tell of no encounter of their own.
     */
    private static boolean joinsOnly(Rule.FactLine line, Fact.Meeting m) {
        return "joins".equals(line.arg("one-party")) && m.participants().size() == 1;
    }

    /**
     * Whether a place is the meeting's one party ("talks with Brussels", "join Luxembourg for talks"): a city or a
     * country alone names no meeting of its own (ANNOTATION.md 4.1: two named parties), and only adds to a meeting
     * told elsewhere that it shares.
     */
    private static boolean placeAlone(Fact.Meeting m) {
        return m.participants().size() == 1 && m.participants().get(0).type() == EntityType.PLACE;
    }

    /**
     * The meeting with the buildings and sites read as its parties ("the Western Wall", "Al Asad Air Base") taken
     * out of them: the first is its place when it has none. Null when no party is left ("Trump visits the Western
     * Wall" names no one met).
     */
    private Fact.Meeting atVenue(Fact.Meeting m) {
        List<Mention> parties = new ArrayList<>();
        Mention place = m.location();
        for (Mention p : m.participants()) {
            String[] words = p.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > 1 && lex.venues.contains(words[words.length - 1])) {
                if (place == null) {
                    place = new Mention(EntityType.PLACE, p.text(), p.begin(),
                            p.end(), p.sentence(), p.confidence());
                }
            } else {
                parties.add(p);
            }
        }
        if (parties.size() == m.participants().size()) {
            return m;
        }
        return parties.isEmpty() ? null
                : new Fact.Meeting(m.kind(), parties, place, m.date(), m.planned(), m.evidence());
    }

    private List<MeetingFrames.Read> build(Rule<MeetingSentence> rule, Rule.FactLine line, MeetingSentence s, Match m,
                               List<Fact.Meeting> before) {
        int t = m.anchor();
        String kindOf = line.arg("kind-of");
        String kind = switch (kindOf) {
            case "verb" -> lex.verbs.get(s.lemma(t));
            case "phone-verb" -> lex.phoneVerbs.get(s.lemma(t));
            case "gerund" -> lex.verbs.get(s.lower(t).substring(0, s.lower(t).length() - 3));
            case "noun" -> lex.nouns.get(s.lower(t));
            case "phone-noun" -> lex.phoneNouns.get(s.lower(t));
            case "hearing" -> "hearing";
            default -> throw new IllegalArgumentException(rule.id() + ": kind-of " + kindOf);
        };
        boolean call = kindOf.startsWith("phone");
        Trigger trigger = new Trigger(kind, call, rule.id(), rule.confidence());
        if ("verb".equals(line.arg("frame"))) {
            return frames.verb(s, t, m.end(), line.arg("with") != null && m.has(line.arg("with")),
                    "together".equals(line.arg("subjects")), trigger, before);
        }
        Marker marker = line.arg("marker") == null ? Marker.NONE : Marker.valueOf(line.arg("marker").toUpperCase(
                java.util.Locale.ROOT));
        return frames.noun(s, t, m.end(), marker, trigger, before);
    }
}
