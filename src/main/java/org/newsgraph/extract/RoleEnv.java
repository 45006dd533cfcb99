package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.RoleGrammar.Phrase;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.extract.rules.PatternEnv;
import org.newsgraph.extract.rules.SpanReader;
import org.newsgraph.nlp.EntityType;

/**
 * The names the role and quotation rules use in their patterns, over a {@link RoleSentence}.
 *
 * <p>Tests: {@code [cap]} a capitalised word that does not only open the sentence; {@code [capitalised]};
 * {@code [propn]}; {@code [digits]}; {@code [closes]} a word that ends an inserted phrase (comma, full stop,
 * bracket, "and", "who", a verb); {@code [post-nominal]} a title written after a name ("MP"); {@code [role-verb]}
 * a verb that states a role ("heads"); {@code [reporting-verb]}; {@code [plural-title]} a plural of a title
 * ("ministers"); {@code [body]} a known country, region or international body, or its demonym;
 * {@code [possessive]}.
 *
 * <p>Readers: {@code <head>} a title's head ("minister", "secretary of state"); {@code <name>} a person's name
 * (leftwards: the name ending at a token, a name after a title first); {@code <title-lead>} the words a title
 * phrase has before its head (leftwards only); {@code <organization>} and {@code <near-organization>} (starting
 * at most one word later) after a preposition; {@code <role-slot>}, {@code <role-slot-copula>},
 * {@code <role-slot-as>} the role phrase after a comma, a copula, "as"; {@code <bracket-title>},
 * {@code <bracket-portfolio>}, {@code <bracket-body>}, {@code <bracket-country>} what stands in brackets after a
 * name; {@code <found-organization>} an organization the name finder found (either way); {@code <country-name>}
 * a known country's name or adjective ("Brazil", "Chilean");
 * {@code <referred-organization>} "the agency's", the organization the noun refers back to; {@code <party-tag>} a
 * party-and-state tag ("D-Calif.", "R-Ky."), {@code <party-label>} one or a lone party letter ("D"), and
 * {@code <party-noun>} a member's noun ("Democrat"), {@code <party-group>} the party's members ("Democrats",
 * "Republican senators"), each with the party ({@code lexicon/parties.tsv}).
 */
final class RoleEnv {

    /** The value of a head span: the title is read leftwards from it when a fact is made. */
    static final Object HEAD = "head";

    private RoleEnv() {
    }

    static PatternEnv<RoleSentence> of(RoleGrammar g, RoleSlotReader slots) {
        PatternEnv<RoleSentence> env = RoleRules.withWords(PatternEnv.<RoleSentence>empty())
                .test("cap", RoleSentence::cap)
                .test("capitalised", RoleSentence::capitalised)
                .test("propn", RoleSentence::propn)
                .test("digits", (v, i) -> !v.word(i).isEmpty() && v.word(i).chars().allMatch(Character::isDigit))
                .test("closes", RoleGrammar::closes)
                .test("post-nominal", g.names::postNominal)
                .test("role-verb", (v, i) -> g.lexicon.roleVerb(v.word(i)) != null)
                .test("reporting-verb", (v, i) -> g.lexicon.isReportingVerb(v.word(i)))
                .test("plural-title", (v, i) -> g.lexicon.isPluralHead(v.word(i)))
                .test("body", (v, i) -> g.body(v.word(i)) != null)
                .test("possessive", RoleSentence::possessive);
        return env
                .reader("head", new SpanReader<>() {
                    @Override
                    public List<org.newsgraph.extract.rules.Span> from(RoleSentence v, int i) {
                        int to = g.titles.headAt(v, i);
                        return to < 0 ? List.of() : List.of(new org.newsgraph.extract.rules.Span(i, to, HEAD));
                    }

                    @Override
                    public List<org.newsgraph.extract.rules.Span> to(RoleSentence v, int end) {
                        int from = end == 0 ? -1 : g.titles.headEndingAt(v, end - 1, 0);
                        return from < 0 ? List.of() : List.of(new org.newsgraph.extract.rules.Span(from, end, HEAD));
                    }

                    @Override
                    public boolean readsLeftwards() {
                        return true;
                    }
                })
                .reader("name", SpanReader.both((v, i) -> {
                    // a name read from an honorific ("Mr. Roh Moo-hyun") starts after it: the span takes it in
                    Span s = g.names.nameAt(v, i);
                    return s == null ? null : new org.newsgraph.extract.rules.Span(i, s.to(), s);
                }, (v, end) -> end == 0 ? null : span(g.names.nameEndingAt(v, end - 1, v.titledNames()))))
                .reader("title-lead", SpanReader.both((v, i) -> null, (v, end) -> {
                    int head = end < v.size() ? g.titles.headAt(v, end) : -1;
                    if (head < 0) {
                        return null;
                    }
                    Phrase p = g.titles.phrase(v, end, head, 0);
                    return p.from() < end ? new org.newsgraph.extract.rules.Span(p.from(), end, p) : null;
                }))
                .reader("organization", SpanReader.forward((v, p) -> {
                    Span s = g.organizations.organizationAt(v, p);
                    return s == null ? null : new org.newsgraph.extract.rules.Span(p, s.to(), s);
                }))
                .reader("found-organization", SpanReader.both((v, i) -> {
                    // an organization the name finder found, read either way: "Students for Fair Admissions is led by"
                    org.newsgraph.nlp.Mention m = v.mentionStartingAt(i);
                    if (m == null || m.type() != EntityType.ORGANIZATION) {
                        return null;
                    }
                    int to = v.tokenEndOf(m, i);
                    return new org.newsgraph.extract.rules.Span(i, to, new Span(i, to, m));
                }, (v, end) -> {
                    org.newsgraph.nlp.Mention m = end == 0 ? null : v.mentionEndingAt(end - 1);
                    if ((m == null || m.type() != EntityType.ORGANIZATION) && end > 0 && v.cap(end - 1)
                            && g.lexicon.isOrgSuffix(v.word(end - 1))) {
                        int from = end - 1; // "the Acme Workers Union": a name its last word makes an organization
                        while (from > 0 && (v.cap(from - 1) || v.is(from - 1, "of", "for", "&"))) {
                            from--;
                        }
                        while (from < end - 1 && !v.cap(from)) {
                            from++;
                        }
                        return new org.newsgraph.extract.rules.Span(from, end, new Span(from, end,
                                v.newMention(EntityType.ORGANIZATION, from, end, 0.7)));
                    }
                    if (m == null || m.type() != EntityType.ORGANIZATION) {
                        return null;
                    }
                    int from = end - 1;
                    while (from > 0 && v.t.get(from - 1).begin() >= m.begin()) {
                        from--;
                    }
                    return new org.newsgraph.extract.rules.Span(from, end, new Span(from, end, m));
                }))
                .reader("near-organization", SpanReader.forward((v, p) -> {
                    Span s = g.organizations.organizationAt(v, p);
                    return s == null || s.from() > p + 1 ? null : new org.newsgraph.extract.rules.Span(p, s.to(), s);
                }))
                .reader("role-slot", slot(slots, RoleSlotReader.Slot.APPOSITION))
                .reader("role-slot-copula", slot(slots, RoleSlotReader.Slot.COPULA))
                .reader("role-slot-as", slot(slots, RoleSlotReader.Slot.AS))
                .reader("party-tag", SpanReader.both((v, k) -> span(PartyLabels.bundled().tagAt(v, k, false)),
                        (v, end) -> {
                            // a tag ends at most three tokens after it starts: "R-La.", "R" "-" "La."
                            for (int k = Math.max(0, end - 3); k < end; k++) {
                                Span tag = PartyLabels.bundled().tagAt(v, k, false);
                                if (tag != null && tag.to() == end) {
                                    return span(tag);
                                }
                            }
                            return null;
                        }))
                .reader("party-label", SpanReader.forward((v, k) -> span(PartyLabels.bundled().tagAt(v, k, true))))
                .reader("party-noun", SpanReader.forward((v, k) -> span(PartyLabels.bundled().nounAt(v, k))))
                .reader("party-group", SpanReader.both((v, k) -> span(PartyLabels.bundled().groupAt(v, k)),
                        (v, end) -> span(PartyLabels.bundled().groupEndingAt(v, end))))
                .reader("bracket-title", SpanReader.forward((v, k) -> {
                    Phrase p = slots.bracketTitle(v, k);
                    return p == null ? null : new org.newsgraph.extract.rules.Span(k, p.to(), p);
                }))
                .reader("referred-organization", SpanReader.forward((v, k) -> {
                    // "the agency's": the organization the noun refers back to (OrganizationReader.referredBack)
                    if (k + 1 >= v.size() || !v.is(k, "the") || !v.possessive(k + 1) || v.cap(k + 1)) {
                        return null;
                    }
                    org.newsgraph.nlp.Mention m = g.organizations.referredBack(v, k + 1);
                    int to = k + (v.is(k + 2, "'s", "'") ? 3 : 2);
                    return m == null ? null : new org.newsgraph.extract.rules.Span(k, to, new Span(k, to, m));
                }))
                .reader("bracket-country", SpanReader.both((v, k) -> {
                    int close = k;
                    while (close < v.size() && close < k + 4 && !v.is(close, ")")) {
                        close++;
                    }
                    return close < v.size() && v.is(close, ")") ? country(g, v, k, close) : null;
                }, (v, end) -> {
                    int open = end - 1;
                    while (open >= 0 && open > end - 5 && !v.is(open, "(")) {
                        open--;
                    }
                    return open >= 0 && v.is(open, "(") ? country(g, v, open + 1, end) : null;
                }))
                .reader("country-name", SpanReader.both((v, k) -> {
                    for (int to = Math.min(v.size(), k + 4); to > k && v.cap(k); to--) {
                        if (country(g, v, k, to) != null) {
                            return country(g, v, k, to);
                        }
                    }
                    return null;
                }, (v, end) -> {
                    for (int from = Math.max(0, end - 4); from < end; from++) {
                        if (v.cap(from) && country(g, v, from, end) != null) {
                            return country(g, v, from, end);
                        }
                    }
                    return null;
                }))
                .reader("bracket-portfolio", SpanReader.forward((v, k) -> {
                    int close = slots.bracketWords(v, k, true);
                    return close < 0 ? null : new org.newsgraph.extract.rules.Span(k, close, null);
                }))
                .reader("bracket-body", SpanReader.forward((v, k) -> {
                    int close = slots.bracketWords(v, k, false);
                    return close < 0 ? null : new org.newsgraph.extract.rules.Span(k, close,
                            new Span(k, close, v.newMention(EntityType.ORGANIZATION, k, close, 0.7)));
                }));
    }

    /** The span [from, to) as a known country, or null ("Brazil", "South Korea"). */
    private static org.newsgraph.extract.rules.Span country(RoleGrammar g, RoleSentence v, int from, int to) {
        return from >= to || g.body(v.text(from, to)) != EntityType.PLACE ? null
                : new org.newsgraph.extract.rules.Span(from, to, new Span(from, to, v.newMention(EntityType.PLACE, from,
                to, 0.8)));
    }

    private static SpanReader<RoleSentence> slot(RoleSlotReader slots, RoleSlotReader.Slot slot) {
        return SpanReader.forward((v, k) -> {
            Phrase p = slots.slot(v, k, slot);
            return p == null ? null : new org.newsgraph.extract.rules.Span(k, Math.max(k + 1, p.to()), p);
        });
    }

    private static org.newsgraph.extract.rules.Span span(Span s) {
        return s == null ? null : new org.newsgraph.extract.rules.Span(s.from(), s.to(), s);
    }
}
