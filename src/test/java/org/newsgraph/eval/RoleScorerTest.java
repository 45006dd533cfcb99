package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Predictions.RoleRow;

/** Role rows scored against invented gold built on ANNOTATION.md's examples. */
class RoleScorerTest {

    private static final String US = "[\"United States\", \"U.S.\", \"US\", \"USA\", \"America\", \"American\"]";

    private static final GoldSet.Article GOLD = GoldSet.parse("""
            {"id": "a", "annotated": ["roles"], "roles": [
              {"person": ["Marco Rubio", "Rubio"], "roles": ["Secretary of State", "top diplomat"],
               "orgs": %s, "evidence": {"begin": 0, "end": 10}},
              {"person": ["Adam Boehler", "Boehler"], "roles": ["hostage envoy", "special envoy for hostages"],
               "orgs": %s, "evidence": {"begin": 0, "end": 10}},
              {"person": ["Eli Cohen", "Cohen"], "roles": ["Energy and Infrastructure Minister", "Energy Minister"],
               "orgs": null, "evidence": {"begin": 0, "end": 10}},
              {"person": ["Jane Doe", "Doe"], "roles": ["contributor"], "orgs": null, "optional": true,
               "evidence": {"begin": 0, "end": 10}}
            ]}""".formatted(US, US));

    private static RoleRow row(String person, String role, String org) {
        return new RoleRow("a", person, role, org);
    }

    private static Score score(RoleRow... rows) {
        return RoleScorer.score(GOLD, List.of(rows)).score();
    }

    @Test
    void matchesUsAgainstUnitedStates() {
        Score s = score(row("Marco Rubio", "Secretary of State", "U.S."));
        assertEquals(new Score(1, 1, 3, 1), s);
    }

    @Test
    void acceptsEnvoyForHostageEnvoyAndRefusesSecretaryForSecretaryOfState() {
        assertEquals(1, score(row("Adam Boehler", "envoy", "United States")).correct());
        assertEquals(0, score(row("Marco Rubio", "secretary", "United States")).correct());
    }

    @Test
    void noOrgAcceptsAnyOrganizationOrNone() {
        assertEquals(1, score(row("Eli Cohen", "Energy Minister", "")).correct());
        assertEquals(1, score(row("Eli Cohen", "Energy Minister", "Israel")).correct());
    }

    @Test
    void listedOrgsRefuseAnEmptyOrganization() {
        assertEquals(0, score(row("Marco Rubio", "Secretary of State", "")).correct());
    }

    @Test
    void optionalFactCountsWhenProducedAndIsNotMissedWhenAbsent() {
        Score with = score(row("Jane Doe", "contributor", ""));
        assertEquals(new Score(1, 1, 3, 0), with);
        Score without = score(row("Eli Cohen", "Energy Minister", ""));
        assertEquals(3, without.gold());
    }

    @Test
    void aSecondRowForTheSameFactIsWrong() {
        KindResult r = RoleScorer.score(GOLD, List.of(row("Marco Rubio", "Secretary of State", "United States"),
                row("Rubio", "top diplomat", "U.S.")));
        assertEquals(new Score(2, 1, 3, 1), r.score());
        assertEquals(1, r.errors().stream().filter(e -> e.contains("duplicate")).count());
    }

    @Test
    void rowsEqualAfterNormalisationCountOnce() {
        assertEquals(new Score(1, 1, 3, 1), score(row("Marco Rubio", "Secretary of State", "U.S."),
                row("marco rubio", "secretary of state", "US")));
    }

    @Test
    void reportsMissedFactsAndWhyARowIsWrong() {
        KindResult r = RoleScorer.score(GOLD, List.of(row("Marco Rubio", "senator", "U.S."),
                row("Adam Boehler", "hostage envoy", "Hamas"), row("John Roe", "mayor", "")));
        assertEquals(new Score(3, 0, 3, 0), r.score());
        List<String> errors = r.errors();
        assertEquals(3, errors.stream().filter(e -> e.startsWith("missed")).count());
        assertEquals(1, errors.stream().filter(e -> e.contains("role not accepted")).count());
        assertEquals(1, errors.stream().filter(e -> e.contains("organization not accepted")).count());
        assertEquals(1, errors.stream().filter(e -> e.contains("no role fact for this person")).count());
    }
}
