package org.newsgraph.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system's quality on the development sets (docs/quality.md), through the contract queries: each set's
 * articles go once through the standard pipeline into a TDB2 store, and every kind the set annotates is scored
 * against its gold. The report with every error of every article is written to {@code target/eval/<set>.txt};
 * the totals are printed.
 *
 * <p>Run all: {@code mvn -B -o -q test -Dtest=DevQualityTest}; one set: add {@code -Deval.set=dev-general}.
 * A set without a gold file in {@code src/test/resources/eval/} is skipped with a message.
 *
 * <p>The floors are the precision and recall measured when they were set, less about 0.03, so that a change
 * that makes extraction worse fails; raise them when the figures rise.
 */
class DevQualityTest {

    @TempDir
    static Path stores;

    private static QualitySets sets;

    @BeforeAll
    static void open() {
        sets = new QualitySets(stores, true);
    }

    @AfterAll
    static void close() {
        sets = null;
    }

    // The seed article (ANNOTATION.md §7), measured 2026-12-07: entities P 0.846 R 0.917, roles 1.000 0.867,
    // meetings 1.000 1.000, dates 0.917 0.917.
    @Test
    void seedEntitiesStayAboveTheirFloor() {
        sets.check("seed", Kind.ENTITIES, 0.81, 0.88);
    }

    // Seed roles with the bylines' reporter roles: P 1.000 R 1.000.
    @Test
    void seedRolesStayAboveTheirFloor() {
        sets.check("seed", Kind.ROLES, 0.97, 0.97);
    }

    @Test
    void seedMeetingsStayAboveTheirFloor() {
        sets.check("seed", Kind.MEETINGS, 0.97, 0.97);
    }

    @Test
    void seedDatesStayAboveTheirFloor() {
        sets.check("seed", Kind.DATES, 0.88, 0.88);
    }

    // dev-general: 25 modern articles (AllSides, Reuters financial), all four kinds. Measured 2026-12-07:
    // entities P 0.792 R 0.874, roles 0.795 0.516, meeting rows 0.111 0.091, dates 0.935 0.861; roles after the
    // party labels, lists, occupations, company titles and referring-back rules: P 0.840 R 0.656; after party
    // groups, campaigns, the home country of bare national titles, company officers by possessive or lead
    // announcement and titles after a determined title's comma: P 0.886 R 0.727 (TP 93 FP 12 FN 35); after verbs
    // of office, occupations before a name, organizations after describing words and the party adjective kept out
    // of a chamber's name: P 0.901 R 0.781 (TP 100 FP 11 FN 28); after the fourth round (home country without a
    // dateline, the article's opening company, departments of portfolios, committee posts, names that are not
    // persons): P 0.920 R 0.805 (TP 103 FP 9 FN 25).
    // Entities after the organization short forms and the connective, party and demonym rules: P 0.824 R 0.888;
    // after the institution, reporter, lower-case ending, title-qualifier, party-alias and country rules: P 0.851
    // R 0.905 (rules chosen reading this set's errors: not held out). Measured 2026-12-07 at 0.858 0.910 before, and
    // 0.881 0.929 after, the stock-code, company-list, company-sign, ampersand, credit-line, lower-case region,
    // missed well-known organization, outlet-word and Fed rules (chosen reading dev-general-2's errors, then
    // checked here); roles then P 0.910 R 0.789 (TP 101 FP 10 FN 27). After the sixth round's name rules (chosen on
    // dev-3, dev-general-2 and dev-4, checked here): entities P 0.894 R 0.938 (TP 405 FP 48 FN 26).
    @Test
    void devGeneralEntitiesStayAboveTheirFloor() {
        sets.check("dev-general", Kind.ENTITIES, 0.86, 0.90);
    }

    @Test
    void devGeneralRolesStayAboveTheirFloor() {
        sets.check("dev-general", Kind.ROLES, 0.90, 0.78);
    }

    @Test
    void devGeneralMeetingsStayAboveTheirFloor() {
        // meeting rows raised 2026-12-07 to a measured 0.375 0.273, then to a measured 0.625 0.455 (5 of 11 rows; the
        // floor allows one row less); 0.833 0.455 (5 of 11 rows, 6 predicted) once talking to one party alone made no
        // meeting
        sets.check("dev-general", Kind.MEETINGS, 0.55, 0.36);
    }

    @Test
    void devGeneralDatesStayAboveTheirFloor() {
        sets.check("dev-general", Kind.DATES, 0.90, 0.83);
    }

    // dev-meetings: 30 modern articles with meeting words, all four kinds. Measured 2026-12-07: entities
    // P 0.730 R 0.892, roles 0.780 0.537, meeting rows 0.400 0.140, dates 0.933 0.884; roles after the party
    // labels, lists, occupations, company titles and referring-back rules: P 0.858 R 0.693; after the second
    // round of role rules: P 0.896 R 0.738 (TP 180 FP 21 FN 64); after the third: P 0.904 R 0.775 (TP 189 FP 20
    // FN 55); after the fourth: P 0.923 R 0.787 (TP 192 FP 16 FN 52).
    // Entities after the organization short forms and the connective, party and demonym rules: P 0.809 R 0.910;
    // after the institution, reporter, lower-case ending, title-qualifier, party-alias and country rules: P 0.852
    // R 0.923 (rules chosen reading this set's errors: not held out). Measured 2026-12-07 at 0.855 0.923 before, and
    // 0.867 0.926 after, the fourth round's rules (chosen reading dev-general-2's errors, then checked here); after the
    // sixth round's (chosen on dev-3, dev-general-2 and dev-4, checked here): P 0.879 R 0.929 (TP 638 FP 88 FN 48).
    @Test
    void devMeetingsEntitiesStayAboveTheirFloor() {
        sets.check("dev-meetings", Kind.ENTITIES, 0.85, 0.90);
    }

    @Test
    void devMeetingsRolesStayAboveTheirFloor() {
        // after the fifth round's role rules: P 0.928 R 0.791 (TP 193 FP 15 FN 51)
        sets.check("dev-meetings", Kind.ROLES, 0.89, 0.76);
    }

    @Test
    void devMeetingsMeetingsStayAboveTheirFloor() {
        // meeting rows raised 2026-12-07 to a measured 0.600 0.209, then to a measured 0.606 0.233, then to a
        // measured 0.659 0.314 (27 of 86 rows), then to a measured 0.692 0.314 (27 of 86 rows, 39 predicted), then to
        // 0.737 0.326 (28 of 86 rows, 38 predicted) with pronoun objects ("called him Sunday")
        sets.check("dev-meetings", Kind.MEETINGS, 0.70, 0.29);
    }

    @Test
    void devMeetingsDatesStayAboveTheirFloor() {
        sets.check("dev-meetings", Kind.DATES, 0.90, 0.85);
    }

    // old-roles, old-meetings, old-dates: the articles of the earlier role, meeting and date sets, annotated anew.
    // Measured 2026-12-07: old-roles P 0.780 R 0.585, old-meetings rows 0.549 0.274, old-dates 0.918 0.911;
    // old-roles after the company-officer and career rules: P 0.862 R 0.665; after the second round of role
    // rules: P 0.908 R 0.701 (TP 118 FP 12 FN 49); after the third: P 0.909 R 0.713 (TP 120 FP 12 FN 47); the
    // fourth round left it at P 0.909 R 0.713. After the role rules chosen from dev-b's error families (8 December
    // 2026): P 0.910 R 0.725 (TP 121 FP 12 FN 46).
    @Test
    void oldRolesStayAboveTheirFloor() {
        sets.check("old-roles", Kind.ROLES, 0.88, 0.69);
    }

    @Test
    void oldMeetingsStayAboveTheirFloor() {
        // meeting rows raised 2026-12-07 to a measured 0.680 0.385, then to a measured 0.723 0.475, then to a
        // measured 0.752 0.536 (97 of 180 rows), 0.770 0.536 (TP 97 FP 29 FN 83) once talking to one party alone
        // made no meeting
        sets.check("old-meetings", Kind.MEETINGS, 0.74, 0.50);
    }

    @Test
    void oldDatesStayAboveTheirFloor() {
        sets.check("old-dates", Kind.DATES, 0.88, 0.88);
    }

    // dev-general-2 and dev-meetings-2 were the first draw's sealed sets (sealed-general, 45 modern articles, all
    // four kinds; sealed-meetings, 40 modern and old articles with meeting words, meetings and dates), scored four
    // times as totals only and never read. They became development data on 2026-12-07 so that rules are tuned on
    // more articles; their last sealed figures (the merge after commit 171f5a5) were: sealed-general entities
    // P 0.822 R 0.887, roles 0.778 0.588, meeting rows 0.692 0.148 (TP 9 FP 4), dates 0.944 0.973; sealed-meetings
    // meeting rows 0.412 0.158 (TP 21 FP 30), dates 0.943 0.937. Floors are those figures less about 0.03.
    // Entities, first read of its errors 2026-12-07: P 0.822 R 0.887 (Person 0.821 0.963, Organization 0.782 0.801,
    // Place 0.876 0.908); after the fourth round's name rules, written from its errors (so no longer held out):
    // P 0.861 R 0.921 (Person 0.859 0.978, Organization 0.820 0.860, Place 0.919 0.929); roles then P 0.790 R 0.597.
    // After the sixth round's name rules: P 0.889 R 0.948 (TP 917 FP 115 FN 50; Organization 0.836 0.920).
    @Test
    void devGeneral2EntitiesStayAboveTheirFloor() {
        sets.check("dev-general-2", Kind.ENTITIES, 0.86, 0.91);
    }

    @Test
    void devGeneral2RolesStayAboveTheirFloor() {
        // roles after the fourth round of role rules, read off this set's errors (no longer unseen): P 0.853 R 0.691
        // (TP 226 FP 39 FN 99), from P 0.778 R 0.588 (TP 189 FP 54 FN 132), measured before the fourth round's name
        // rules were merged; with both merged: P 0.860 R 0.694 (TP 227 FP 37 FN 98); after the fifth round's role
        // rules (read off dev-3 and dev-4): P 0.871 R 0.700 (TP 229 FP 34 FN 96); after the role rules chosen from
        // dev-b's error families: P 0.871 R 0.708 (TP 230 FP 34 FN 95).
        sets.check("dev-general-2", Kind.ROLES, 0.84, 0.68);
    }

    @Test
    void devGeneral2MeetingsStayAboveTheirFloor() {
        // raised 2026-12-07 to a measured 0.706 0.197 (12 of 61 rows, 17 predicted); 0.647 0.180 (TP 11 FP 6 FN 50)
        // once a place alone made no meeting: "Greece" alone was one row of an EU-IMF-Greece meeting (the seven
        // meeting sets together rose from P 0.618 F1 0.408 to P 0.637 F1 0.411 with that rule); 0.765 0.213 (TP 13 FP 4
        // FN 48) with committees' names joined, a hearing taking the lead's day and pronoun objects
        sets.check("dev-general-2", Kind.MEETINGS, 0.73, 0.18);
    }

    @Test
    void devGeneral2DatesStayAboveTheirFloor() {
        sets.check("dev-general-2", Kind.DATES, 0.91, 0.94);
    }

    @Test
    void devMeetings2MeetingsStayAboveTheirFloor() {
        // raised 2026-12-07 to a measured 0.508 0.233 (30 of 120 rows, 59 predicted)
        sets.check("dev-meetings-2", Kind.MEETINGS, 0.47, 0.20);
    }

    @Test
    void devMeetings2DatesStayAboveTheirFloor() {
        sets.check("dev-meetings-2", Kind.DATES, 0.91, 0.90);
    }

    // dev-3: 80 articles of a fourth draw (python3 src/tools/draw_eval_sets.py --draw dev3 --seed 20261210), 20
    // modern and 60 modern or old with meeting words, annotated for all four kinds without sight of the system's
    // output. A development set from the start. First measured at commit 64053b8 (before any rule was read off it):
    // entities P 0.836 R 0.898, roles 0.804 0.655, meeting rows 0.424 0.156 (TP 50 FP 68 FN 232), dates 0.947 0.952.
    // After the fourth round's name rules (read off dev-general-2, never off this set): entities P 0.853 R 0.907
    // (Person 0.876 0.971, Organization 0.775 0.835, Place 0.920 0.912), roles 0.806 0.656, the rest unchanged.
    // Fifth round's name rules (slash-parted names and datelines, credit lines, airports; read off this set's
    // errors, so no longer held out), on main 25324cc merged: entities P 0.863 R 0.923 (TP 1505 FP 239 FN 123),
    // from 0.854 0.908. Sixth round's name rules (families shared with dev-general-2 and dev-4): entities P 0.893
    // R 0.937 (TP 1530 FP 183 FN 102; Person 0.927 0.987, Organization 0.816 0.876, Place 0.948 0.945), roles 0.849
    // 0.704.
    @Test
    void dev3EntitiesStayAboveTheirFloor() {
        sets.check("dev-3", Kind.ENTITIES, 0.86, 0.90);
    }

    @Test
    void dev3RolesStayAboveTheirFloor() {
        // roles after the fourth round of role rules (none read off this set): P 0.834 R 0.701 (TP 368 FP 73 FN 156);
        // with the fourth round's name rules merged: P 0.839 R 0.702 (TP 369 FP 71 FN 155); after the fifth round's
        // role rules, read off this set's errors (no longer unseen): P 0.898 R 0.770 (TP 405 FP 46 FN 120); after the
        // role rules chosen from dev-b's error families (families counted here too): P 0.903 R 0.783 (TP 411 FP 44
        // FN 114)
        sets.check("dev-3", Kind.ROLES, 0.87, 0.75);
    }

    @Test
    void dev3MeetingsStayAboveTheirFloor() {
        // measured 0.479 / 0.178 (TP 56 FP 61 FN 226) once buildings visited, the day of a verb joined by "and"
        // and "testify on Thursday before" were read; 0.529 / 0.236 (TP 72 FP 64 FN 210) after a visit to each
        // country listed, the country a trip goes to and calls "from" a party; 0.550 / 0.236 (TP 72 FP 59 FN 210)
        // once a place alone made no meeting; 0.626 / 0.269 (TP 82 FP 49 FN 201) with a meeting taking the place another
        // mention of its event tells; 0.642 / 0.284 (TP 86 FP 48 FN 197) with committees' names joined, a hearing
        // taking the lead's day and middle initials inside names
        sets.check("dev-3", Kind.MEETINGS, 0.61, 0.25);
    }

    @Test
    void dev3DatesStayAboveTheirFloor() {
        sets.check("dev-3", Kind.DATES, 0.92, 0.92);
    }

    // dev-4: 60 articles of a fifth draw (python3 src/tools/draw_eval_sets.py --draw dev4 --seed 20261211), 20
    // modern and 40 modern or old with meeting words, annotated for all four kinds without sight of the system's
    // output. A development set from the start. First measured at commit 1f3d3fc (before any rule was read off it):
    // entities P 0.858 R 0.891 (Person 0.880 0.952, Organization 0.781 0.806, Place 0.924 0.918), roles 0.769 0.592
    // (TP 233 FP 70 FN 160), meeting rows 0.534 0.171 (TP 31 FP 27 FN 141; 28 of 69 meetings found), dates 0.947 0.945.
    // Sixth round's name rules (its entity errors were counted by family first, then rules were chosen from the
    // families it shares with dev-3 and dev-general-2; the known-organization list was written before it was read):
    // entities P 0.887 R 0.899 (TP 1112 FP 142 FN 123; Person 0.913 0.959, Organization 0.824 0.818, Place 0.929
    // 0.923; type confusions 40 -> 36), roles 0.784 0.599 (TP 236 FP 65). No longer held out.
    @Test
    void dev4EntitiesStayAboveTheirFloor() {
        sets.check("dev-4", Kind.ENTITIES, 0.86, 0.87);
    }

    @Test
    void dev4RolesStayAboveTheirFloor() {
        // after the fifth round's role rules, some read off this set's errors: P 0.793 R 0.622 (TP 245 FP 64 FN 148);
        // after the role rules chosen from dev-b's error families (families counted here too): P 0.816 R 0.641
        // (TP 252 FP 57 FN 141)
        sets.check("dev-4", Kind.ROLES, 0.78, 0.61);
    }

    @Test
    void dev4MeetingsStayAboveTheirFloor() {
        // 0.541 / 0.182 (TP 33 FP 28 FN 139) after "conferred by phone" and calls "from" a party were read;
        // 0.569 / 0.182 (TP 33 FP 25 FN 139) once a place alone made no meeting; 0.638 / 0.206 (TP 37 FP 21 FN 135) with a meeting taking the place
        // another mention of its event tells; 0.667 / 0.224 (TP 40 FP 20 FN 132) with committees' names joined, a
        // hearing taking the lead's day and a monarch's number inside his name
        sets.check("dev-4", Kind.MEETINGS, 0.63, 0.19);
    }

    @Test
    void dev4DatesStayAboveTheirFloor() {
        sets.check("dev-4", Kind.DATES, 0.92, 0.92);
    }

    // dev-b (was sealed-b, a blind set until it had been scored four times): 80 articles of a second draw (python3
    // src/tools/draw_eval_sets.py --draw b --seed 20261208), the articles of the first draw and every corpus id the
    // repository referenced left out, annotated blind for all four kinds. First scored at commit 5fe1009, totals only:
    // entities P 0.811 R 0.878, roles 0.661 0.466, meeting rows 0.489 0.139, dates 0.947 0.960. Scored a second time,
    // totals only, after the third round of rules (the merge after commit 171f5a5): entities P 0.822 R 0.882, roles
    // 0.659 0.479, meeting rows 0.431 0.139 (TP 22 FP 29, against 21 and 22: the third round of meeting rules gained
    // on every development set and added false rows here), dates 0.947 0.960. Scored a third time, totals only, after
    // the fourth round of rules (commit 48631fb, rules read off the first draw's sets, now development data, and off
    // dev-3): entities P 0.835 R 0.896, roles 0.694 0.515, meeting rows 0.473 0.165 (TP 26 FP 29), dates 0.947 0.960.
    // Scored a fourth time, totals only, after the fifth round (commit 9f228f4, rules read off dev-3 and dev-4):
    // entities P 0.847 R 0.903, roles 0.733 0.549, meeting rows 0.500 0.171 (TP 27 FP 27), dates 0.947 0.960. Then
    // made development data (8 December 2026): its errors were read for the first time for the sixth round of rules.
    // Its entity errors were counted by family, and rules chosen from families also seen in dev-3, dev-4 and the
    // other development sets (subheadings in capitals, indexes, a company's legal name and its country, "Washington,
    // D.C."; laws and treaties by their last word, seen only here): entities P 0.857 R 0.907 (TP 1580 FP 263 FN 160;
    // Person 0.903 0.973, Organization 0.770 0.807, Place 0.896 0.929; 61 type confusions).
    // Floors are these figures less about 0.03.
    @Test
    void devBEntitiesStayAboveTheirFloor() {
        sets.check("dev-b", Kind.ENTITIES, 0.825, 0.875);
    }

    @Test
    void devBRolesStayAboveTheirFloor() {
        // after the role rules chosen from this set's error families, counted by family before any rule was written
        // (8 December 2026): P 0.763 R 0.594 (TP 322 FP 100 FN 220), from P 0.733 R 0.549 (TP 300 FP 109 FN 242)
        sets.check("dev-b", Kind.ROLES, 0.73, 0.56);
    }

    @Test
    void devBMeetingsStayAboveTheirFloor() {
        // 0.518 0.184 (TP 29 FP 27 FN 129) with committees' names joined, pronoun objects and speakers in a hearing
        sets.check("dev-b", Kind.MEETINGS, 0.49, 0.15);
    }

    @Test
    void devBDatesStayAboveTheirFloor() {
        sets.check("dev-b", Kind.DATES, 0.92, 0.93);
    }
}
