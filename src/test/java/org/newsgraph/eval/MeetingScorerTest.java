package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Predictions.MeetingRow;

/** Meeting rows scored against invented gold built on ANNOTATION.md's examples. */
class MeetingScorerTest {

    /** The seed's Jeddah meeting, a hearing held by a subcommittee, and a call whose day is optional. */
    private static final GoldSet.Article GOLD = GoldSet.parse("""
            {"id": "a", "annotated": ["meetings"], "meetings": [
              {"participants": [["Marco Rubio", "Rubio"], ["Mike Waltz", "Waltz"],
                                ["Mohammed bin Salman", "bin Salman", "Prince Mohammed"]],
               "optional_participants": [], "session_body": null, "location": ["Jeddah", "Jiddah"],
               "date": "2025-03-10", "date_optional": false, "status": "held", "evidence": {"begin": 0, "end": 1}},
              {"participants": [["Charles Rule", "Rule"], ["Howard Metzenbaum", "Metzenbaum"]],
               "optional_participants": [["Strom Thurmond", "Thurmond"]],
               "session_body": ["Antitrust Subcommittee", "Senate Judiciary Committee's Antitrust Subcommittee"],
               "location": [], "date": null, "date_optional": false, "status": "held",
               "evidence": {"begin": 0, "end": 1}},
              {"participants": [["Jane Doe", "Doe"], ["John Roe", "Roe"]], "optional_participants": [],
               "session_body": null, "location": [], "date": "2025-03-09", "date_optional": true,
               "status": "held", "evidence": {"begin": 0, "end": 1}}
            ]}""");

    private static final GoldSet.Article OPTIONAL = GoldSet.parse("""
            {"id": "a", "annotated": ["meetings"], "meetings": [
              {"participants": [["Acme Corp", "Acme"], ["John Roe", "Roe"]], "optional_participants": [],
               "session_body": null, "location": [], "date": null, "status": "held", "optional": true,
               "evidence": {"begin": 0, "end": 1}}
            ]}""");

    private static MeetingRow row(String meeting, String participant, String location, String date) {
        return new MeetingRow("a", meeting, participant, location, date);
    }

    private static List<MeetingRow> jeddah(String meeting, String location, String date) {
        List<MeetingRow> rows = new ArrayList<>();
        for (String p : List.of("Marco Rubio", "Mike Waltz", "Mohammed bin Salman")) {
            rows.add(row(meeting, p, location, date));
        }
        return rows;
    }

    @Test
    void scoresAnExactMeetingRowByRow() {
        KindResult r = MeetingScorer.score(GOLD, jeddah("m1", "Jeddah", "2025-03-10"));
        assertEquals(new Score(3, 3, 8, 3), r.score());
        assertEquals(new Score(1, 1, 3, 1), r.parts().get(MeetingScorer.MEETINGS));
    }

    @Test
    void aWrongLocationMakesEveryRowOfTheMeetingWrongButNotItsParticipants() {
        KindResult r = MeetingScorer.score(GOLD, jeddah("m1", "Riyadh", "2025-03-10"));
        assertEquals(new Score(3, 0, 8, 0), r.score());
        assertEquals(new Score(3, 3, 3, 3), r.parts().get(MeetingScorer.PARTICIPANTS));
        assertEquals(new Score(1, 0, 1, 0), r.parts().get(MeetingScorer.LOCATION));
        assertEquals(new Score(1, 1, 1, 1), r.parts().get(MeetingScorer.DATE));
    }

    @Test
    void aMissingLocationIsWrongWhereTheGoldHasOne() {
        assertEquals(0, MeetingScorer.score(GOLD, jeddah("m1", "", "2025-03-10")).score().correct());
    }

    @Test
    void theSessionBodyIsRightAsTheLocation() {
        List<MeetingRow> rows = List.of(row("m2", "Charles Rule", "Antitrust Subcommittee", ""),
                row("m2", "Howard Metzenbaum", "Antitrust Subcommittee", ""));
        assertEquals(new Score(2, 2, 8, 3), MeetingScorer.score(GOLD, rows).score());
    }

    @Test
    void theSessionBodyIsRightAsAParticipant() {
        List<MeetingRow> rows = List.of(row("m2", "Rule", "", ""), row("m2", "Metzenbaum", "", ""),
                row("m2", "Antitrust Subcommittee", "", ""));
        assertEquals(new Score(3, 3, 8, 3), MeetingScorer.score(GOLD, rows).score());
    }

    @Test
    void anOptionalParticipantCountsWhenProducedAndIsNotMissed() {
        List<MeetingRow> rows = List.of(row("m2", "Rule", "", ""), row("m2", "Thurmond", "", ""));
        assertEquals(new Score(2, 2, 8, 1), MeetingScorer.score(GOLD, rows).score());
    }

    @Test
    void anOptionalDateAcceptsThatDayOrNoneButNoOther() {
        assertEquals(2, MeetingScorer.score(GOLD, List.of(row("m3", "Jane Doe", "", ""),
                row("m3", "John Roe", "", ""))).score().correct());
        assertEquals(2, MeetingScorer.score(GOLD, List.of(row("m3", "Jane Doe", "", "2025-03-09"),
                row("m3", "John Roe", "", "2025-03-09"))).score().correct());
        assertEquals(0, MeetingScorer.score(GOLD, List.of(row("m3", "Jane Doe", "", "2025-03-08"),
                row("m3", "John Roe", "", "2025-03-08"))).score().correct());
    }

    @Test
    void aDateWhereTheGoldHasNoneIsWrong() {
        List<MeetingRow> rows = List.of(row("m2", "Rule", "", "2025-03-10"), row("m2", "Metzenbaum", "", "2025-03-10"));
        assertEquals(0, MeetingScorer.score(GOLD, rows).score().correct());
    }

    @Test
    void aMeetingSharingNoParticipantIsSpurious() {
        KindResult r = MeetingScorer.score(GOLD, List.of(row("m9", "Ariel Kallner", "", ""),
                row("m9", "Ohad Tal", "", "")));
        assertEquals(new Score(2, 0, 8, 0), r.score());
        assertEquals(new Score(1, 0, 3, 0), r.parts().get(MeetingScorer.MEETINGS));
    }

    @Test
    void twoPredictedMeetingsCannotBothAlignToOneGoldMeeting() {
        List<MeetingRow> rows = new ArrayList<>(jeddah("m1", "Jeddah", "2025-03-10"));
        rows.add(row("m1b", "Marco Rubio", "Jeddah", "2025-03-10"));
        rows.add(row("m1b", "Prince Mohammed", "Jeddah", "2025-03-10"));
        KindResult r = MeetingScorer.score(GOLD, rows);
        assertEquals(new Score(5, 3, 8, 3), r.score());
        assertEquals(new Score(2, 1, 3, 1), r.parts().get(MeetingScorer.MEETINGS));
    }

    @Test
    void alignmentMaximisesSharedParticipants() {
        // m1 shares one participant with the Jeddah meeting and two with the call; the call takes it.
        List<MeetingRow> rows = List.of(row("m1", "Marco Rubio", "", ""), row("m1", "Jane Doe", "", ""),
                row("m1", "John Roe", "", ""));
        KindResult r = MeetingScorer.score(GOLD, rows);
        assertEquals(new Score(3, 2, 8, 2), r.score());
    }

    @Test
    void anOptionalMeetingCountsWhenProducedAndIsNotMissed() {
        assertEquals(new Score(2, 2, 0, 0), MeetingScorer.score(OPTIONAL, List.of(row("m", "Acme", "", ""),
                row("m", "John Roe", "", ""))).score());
        assertEquals(new Score(0, 0, 0, 0), MeetingScorer.score(OPTIONAL, List.of()).score());
    }
}
