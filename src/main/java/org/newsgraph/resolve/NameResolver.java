package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Resolves every mention in an article to an entity.
 *
 * <p>Within the article: a short person name (a trailing part of a longer one: a surname, or a surname
 * with a first name) resolves to the fullest name the article gives ("Rubio" to "Marco Rubio"); when two
 * different full names share it, the nearest one before the mention wins. An organization's name resolves to
 * the shortest form of it the article also gives ("Goldman Sachs Group Inc" to "Goldman Sachs", "U.S. Supreme
 * Court" to "Supreme Court"), a company's first word alone to the company ("Berkshire" to "Berkshire
 * Hathaway Inc"), an outlet's last word alone to the outlet ("Times" to "New York Times"), and "Fed" to the
 * Federal Reserve the article names. Organizations and places resolve through {@link PlaceNames} ("the U.S." to
 * "United States"). Mentions with the same key become one entity, whose other surface forms are its aliases.
 *
 * <p>Across articles: a person the article names only by a single word it never spells out in full is
 * looked up in {@link KnownNames}. One known full name ending in that word: the mention links to that
 * person. Several: the mention gets a node of this article's own with a scored candidate link to each,
 * never a merge. None: the name stands for itself. The people the article itself names in full are never
 * candidates, so the full names an article gives do not depend on the known names. Each decision is kept as a {@link NameLink}, so it can be
 * revisited when the known names change; it depends only on the article and the known names, never on the
 * order articles came in.
 */
public final class NameResolver implements EntityResolver {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Adm|Maj)\\.?\\s+)+");
    /** A party label ("R-La.", "D-N.Y."), which a reader may take for a name: it names no entity (ANNOTATION.md). */
    private static final Pattern PARTY_LABEL = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");
    /** A stock code after a company's name, caught in a span: "Clearwire Corp CLWR.O", "Acme (ACME.N)". */
    private static final Pattern TICKER = Pattern.compile("\\s+\\(?[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}\\)?$");

    private final PlaceNames places;
    private final ShortNameLinker linker;

    public NameResolver(PlaceNames places, KnownNames known) {
        this.places = Objects.requireNonNull(places, "places");
        this.linker = new ShortNameLinker(known);
    }

    @Override
    public ResolvedDocument resolve(ExtractedDocument doc) {
        Article article = doc.annotated().article();
        // The extractors read a name in its context, so where a fact names the same span as the name finder
        // with another type ("Israeli lawmaker Ohad Tal (Religious Zionism)": a party, not a person), the
        // fact's type wins: fact mentions come first, and a later mention of a span already seen joins it. A
        // place the finder found is no person, however a fact read it ("LOS ANGELES (Reuters)" is no party label).
        Set<List<Integer>> foundPlaces = new HashSet<>();
        Map<Integer, Mention> placeEndingAt = new HashMap<>();
        for (Mention m : doc.annotated().mentions()) {
            if (m.type() == EntityType.PLACE) {
                foundPlaces.add(span(m));
                placeEndingAt.put(m.end(), m);
            }
        }
        List<Mention> all = new ArrayList<>();
        for (Fact f : doc.facts()) {
            for (Mention m : mentionsOf(f)) {
                all.add(m.type() == EntityType.PERSON && foundPlaces.contains(span(m)) ? asPlace(m) : m);
            }
        }
        Map<List<Integer>, EntityType> factTypes = new HashMap<>();
        all.forEach(m -> factTypes.putIfAbsent(span(m), m.type()));
        for (Mention m : doc.annotated().mentions()) {
            if (isLastPartOfAPlacesName(article.text(), m, placeEndingAt)) {
                continue;
            }
            EntityType stated = factTypes.get(span(m));
            if (stated == null || stated == m.type()) {
                all.add(m);
            } else {
                all.add(new Mention(stated, m.text(), m.begin(), m.end(), m.sentence(), m.confidence()));
                all.add(m);
            }
        }
        all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));

        Map<List<Integer>, EntityType> organizations = new HashMap<>();
        for (Fact f : doc.facts()) {
            if (f instanceof Fact.Role r && r.organization() != null) {
                organizations.put(span(r.organization()), r.organization().type());
            }
        }
        List<Mention> fullNames = all.stream()
                .filter(m -> m.type() == EntityType.PERSON && factTypes.getOrDefault(span(m), m.type()) == m.type())
                .filter(m -> !organizations.containsKey(span(m)) && words(personName(m)).length > 1)
                .toList();

        Set<String> ownKeys = new java.util.HashSet<>();
        for (Mention full : fullNames) {
            ownKeys.add(EntityKeys.key(EntityType.PERSON, personName(full)));
        }
        Set<String> bothSexes = NameForms.surnamesOfBothSexes(article.text());
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<Mention, Builder> assigned = new HashMap<>();
        Map<List<Integer>, Builder> bySpan = new HashMap<>();
        Map<String, NameLink> decisions = new LinkedHashMap<>();
        for (Mention m : all) {
            if (assigned.containsKey(m)) {
                continue;
            }
            Builder same = bySpan.get(span(m));
            if (same != null) {
                assigned.put(m, same);
                continue;
            }
            if (m.type() == EntityType.MISC) {
                continue;
            }
            EntityType type = typeOf(m, fullNames, organizations, all, article.text());
            String name = type == EntityType.PERSON ? personName(m) : clean(m.text());
            if (name.isBlank() || PARTY_LABEL.matcher(name).matches() || NameForms.isNoName(name)) {
                continue;
            }
            String honorific = type == EntityType.PERSON && words(name).length == 1
                    && bothSexes.contains(NameForms.fold(name))
                    ? NameForms.honorific(article.text(), m.begin(), m.text()) : null;
            if (honorific != null) {
                // "Mr Howard" and "Mrs Howard" in one article are two people, and which of them a full name
                // of that surname is cannot be told: each honorific form is a node of the article's own
                String label = honorific + " " + name;
                Builder b = byKey.computeIfAbsent(EntityKeys.articleKey(type, label, article.id()),
                        k -> new Builder(k, EntityType.PERSON, label));
                b.aliases.add(name);
                assigned.put(m, b);
                continue;
            }
            String canonical = withinArticle(m, type, name, fullNames, all);
            String key = EntityKeys.key(type, canonical);
            if (type == EntityType.PERSON && words(canonical).length == 1) {
                NameLink d = decisions.computeIfAbsent(canonical.toLowerCase(Locale.ROOT),
                        k -> linker.decide(canonical, article.id(), ownKeys));
                Builder b = byKey.computeIfAbsent(d.entity().key(),
                        k -> new Builder(k, EntityType.PERSON, d.entity().label()));
                b.aliases.add(name);
                assigned.put(m, b);
                bySpan.put(span(m), b);
                continue;
            }
            Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, type, canonical));
            b.aliases.add(name);
            assigned.put(m, b);
            bySpan.put(span(m), b);
        }

        List<Entity> authors = new ArrayList<>();
        for (String name : article.authors()) {
            String label = clean(name);
            authors.add(byKey.computeIfAbsent(EntityKeys.key(EntityType.PERSON, label),
                    k -> new Builder(k, EntityType.PERSON, label)).build());
        }
        // a byline in the text ("By Joshua Marks, Amelie Botbol, JNS") adds its authors and, failing a
        // source in the metadata, its outlet
        Mention bylineOutlet = null;
        for (Fact f : doc.facts()) {
            if (f instanceof Fact.Authorship byline) {
                for (Mention m : byline.authors()) {
                    Builder b = assigned.get(m);
                    if (b != null && authors.stream().noneMatch(e -> e.key().equals(b.key))) {
                        authors.add(b.build());
                    }
                }
                if (bylineOutlet == null) {
                    bylineOutlet = byline.outlet();
                }
            }
        }
        Entity publisher = null;
        if (article.source() != null) {
            String label = article.source().strip();
            publisher = new Entity(EntityKeys.key(EntityType.ORGANIZATION, label), EntityType.ORGANIZATION, label,
                    Set.of());
        } else if (bylineOutlet != null && assigned.containsKey(bylineOutlet)) {
            publisher = assigned.get(bylineOutlet).build();
        }

        Map<String, Entity> built = new LinkedHashMap<>();
        byKey.forEach((k, b) -> built.put(k, b.build()));
        Map<Mention, Entity> mentionEntities = new HashMap<>();
        assigned.forEach((m, b) -> mentionEntities.put(m, built.get(b.key)));
        List<NameLink> links = new ArrayList<>();
        for (NameLink d : decisions.values()) {
            links.add(new NameLink(d.shortName(), built.get(d.entity().key()), d.method(), d.confidence(),
                    d.candidates()));
        }
        return new ResolvedDocument(doc, List.copyOf(built.values()), mentionEntities, authors, publisher, links);
    }

    private String withinArticle(Mention m, EntityType type, String name, List<Mention> fullNames,
                                 List<Mention> all) {
        switch (type) {
            case PERSON -> {
                Mention wider = widerOverlapping(m, fullNames);
                if (wider != null) {
                    name = personName(wider);
                }
                String[] parts = words(name);
                Mention before = null;
                Mention after = null;
                for (Mention full : fullNames) {
                    String[] fp = words(personName(full));
                    if (!NameForms.isShortFormOf(fp, parts)) {
                        continue;
                    }
                    if (full.begin() < m.begin()) {
                        before = full;
                    } else if (after == null) {
                        after = full;
                    }
                }
                Mention best = before != null ? before : after;
                if (best == null && parts.length == 1) {
                    best = onlyFullNameWith(parts[0], fullNames);
                }
                return best == null ? name : personName(best);
            }
            case ORGANIZATION -> {
                String spelled = NameForms.isAcronym(name) || NameForms.isDepartmentAcronym(name) ? spelledOut(name, all)
                        : null;
                if (spelled == null && words(name).length == 1) {
                    spelled = companyOfFirstWord(name, all);
                }
                if (spelled == null) {
                    spelled = firmOfShortName(name, all);
                }
                if (spelled == null && m.type() == EntityType.PERSON) {
                    spelled = firmOfFirstWord(m, fullNames, all);
                }
                if (spelled == null && NameForms.isOutletWord(name)) {
                    spelled = outletOfLastWord(name, all);
                }
                if (spelled == null) {
                    spelled = spelledFed(name, all);
                }
                String full = spelled != null ? spelled : name;
                if (spelled == null && full.equalsIgnoreCase(HOUSE)) {
                    full = chamberOfHouse(all).orElse(full);
                }
                String shorter = shortestForm(full, all);
                return PartyNames.bundled().party(shorter).orElseGet(() -> places.canonical(shorter).orElse(shorter));
            }
            case PLACE -> {
                return places.canonical(name).orElse(name);
            }
            default -> {
                return name;
            }
        }
    }

    private static List<Integer> span(Mention m) {
        return List.of(m.begin(), m.end());
    }

    /** A person's name as written, without honorifics, possessive or an office before it. */
    private static String personName(Mention m) {
        return NameForms.withoutOffice(clean(m.text()));
    }

    /**
     * The type a mention's entity gets: a place for a country's, state's or province's name, whatever typed it; a
     * person when the name finder called an organization or a place by
     * a name that is not a known place and is a person's full name in this article, or its ending (a surname
     * the finder mistook, as happens with names it has not seen); for
     * the words a role names as its organization, the type the role gives them ("a member of Yesh Atid"), so
     * that both readings of the words are one entity; otherwise the finder's type.
     */
    private EntityType typeOf(Mention m, List<Mention> fullNames, Map<List<Integer>, EntityType> organizations,
                              List<Mention> all, String text) {
        if (m.type() == EntityType.ORGANIZATION && isCountryOrState(clean(m.text()))) {
            return EntityType.PLACE;
        }
        if (m.type() == EntityType.PERSON && isCountryOrState(clean(m.text()))
                && !inAFullName(clean(m.text()), fullNames)) {
            return EntityType.PLACE; // "Oregon", "Guam" typed as people; not "Jordan" of "Michael Jordan"
        }
        if (m.type() == EntityType.PERSON && firmOfFirstWord(m, fullNames, all) != null
                && !NameForms.titledInText(text, clean(m.text()))) {
            return EntityType.ORGANIZATION; // "Berry" after "Berry Plastics"
        }
        EntityType body = organizations.get(span(m));
        if (body != null && m.type() != EntityType.MISC) {
            return body;
        }
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PLACE) {
            return m.type();
        }
        String name = clean(m.text());
        String[] parts = words(name);
        if (parts.length == 0 || places.canonical(name).isPresent()) {
            return m.type();
        }
        for (Mention full : fullNames) {
            String[] fp = words(personName(full));
            if (fp.length >= parts.length && endsWith(fp, parts)) {
                return EntityType.PERSON;
            }
        }
        return m.type();
    }

    /**
     * The one organization of two words or more in the article whose first word is the one word the finder took for
     * a person ("Berry" after "Berry Plastics"), when no person's full name in the article holds that word and the
     * word is no place's; null otherwise.
     */
    private String firmOfFirstWord(Mention m, List<Mention> fullNames, List<Mention> all) {
        String word = clean(m.text());
        if (words(word).length != 1 || inAFullName(word, fullNames) || places.canonical(word).isPresent()) {
            return null;
        }
        return onlyOrganization(all, full -> {
            String[] w = words(full);
            return w.length >= 2 && POSSESSIVE.matcher(w[0]).replaceAll("").equalsIgnoreCase(word);
        });
    }

    /** Whether a name is one of the words of a person's full name in the article ("Chad" of "Chad Wolf"). */
    private static boolean inAFullName(String name, List<Mention> fullNames) {
        for (Mention full : fullNames) {
            if (List.of(words(personName(full))).stream().anyMatch(name::equalsIgnoreCase)
                    || personName(full).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of the place lexicon that name countries, states and provinces. */
    private static final Set<String> COUNTRY_KINDS = Set.of("country", "us-state", "province", "territory",
            "us-territory", "us-federal-district", "constituent-country", "breakaway-state");

    /**
     * Whether a name is a country's, a state's or a province's (ANNOTATION.md: a country is a place, even when it
     * acts: "Israel decided", "North Korea claimed").
     */
    private boolean isCountryOrState(String name) {
        return places.canonical(name).map(c -> COUNTRY_KINDS.contains(places.kind(c))).orElse(false);
    }

    /**
     * The longest full name whose span overlaps the mention's and is wider: two stages that read the same
     * words as a name ("Luiz Inácio Lula" by a role pattern, "Luiz Inácio Lula da Silva" by the name finder)
     * name the same person.
     */
    private static Mention widerOverlapping(Mention m, List<Mention> fullNames) {
        Mention widest = null;
        for (Mention full : fullNames) {
            int width = full.end() - full.begin();
            if (full.begin() < m.end() && m.begin() < full.end() && width > m.end() - m.begin()
                    && (widest == null || width > widest.end() - widest.begin())) {
                widest = full;
            }
        }
        return widest;
    }

    /**
     * The one full name in the article that has {@code word} as its first name or as a word inside it ("We
     * want Michael to be accessible" after "Michael Howard"; "Lula" after "Luiz Inácio Lula da Silva"), or
     * null when none or several have.
     */
    private static Mention onlyFullNameWith(String word, List<Mention> fullNames) {
        Mention found = null;
        for (Mention full : fullNames) {
            String name = personName(full);
            String[] w = NameForms.withoutSuffix(words(name));
            boolean has = false;
            for (int i = 0; i < w.length - 1; i++) {
                has |= w[i].equalsIgnoreCase(word);
            }
            if (!has) {
                continue;
            }
            if (found != null && !personName(found).equalsIgnoreCase(name)) {
                return null;
            }
            found = found == null ? full : found;
        }
        return found;
    }

    /**
     * The shortest form of an organization's name that the article also gives as an organization's name
     * ({@link NameForms#organizationShortForms}: "Goldman Sachs Group Inc" and "Goldman Sachs", "U.S.
     * Securities and Exchange Commission" and "Securities and Exchange Commission"), so that both are one
     * entity; the name itself when the article gives none.
     */
    private static String shortestForm(String name, List<Mention> all) {
        List<String> forms = NameForms.organizationShortForms(name);
        if (forms.isEmpty()) {
            return name;
        }
        String found = name;
        for (Mention o : all) {
            if (o.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String other = clean(o.text());
            for (String form : forms) {
                if (form.equalsIgnoreCase(other) && form.length() < found.length()) {
                    found = other;
                }
            }
        }
        return found;
    }

    /**
     * The one company name in the article ({@link NameForms#endsLikeACompany}: "Berkshire Hathaway Inc") or
     * university or college of two words ("Harvard University") whose first word is {@code word} ("Berkshire",
     * "Harvard"), or null when none or several are.
     */
    private String companyOfFirstWord(String word, List<Mention> all) {
        if (places.canonical(word).isPresent()) {
            return null;
        }
        return onlyOrganization(all, full -> {
            String[] w = words(full);
            return w.length >= 2 && w[0].equalsIgnoreCase(word)
                    && (NameForms.endsLikeACompany(full) || w.length == 2 && NameForms.isSchoolWord(w[1]));
        });
    }

    /**
     * The one outlet's name in the article ending in {@code word} ("New York Times" for "Times", "Washington Post"
     * for "Post"), which news English writes alone for it once named; null when none or several are.
     */
    private static String outletOfLastWord(String word, List<Mention> all) {
        return onlyOrganization(all, full -> {
            String[] w = words(full);
            return w.length >= 2 && w[w.length - 1].equals(word);
        });
    }

    /**
     * The article's own "Federal Reserve" name that a "Fed" name stands for ("Fed" → "Federal Reserve", "New York
     * Fed" → "New York Federal Reserve"), or null.
     */
    private static String spelledFed(String name, List<Mention> all) {
        List<String> full = NameForms.fedExpansions(name);
        if (full.isEmpty()) {
            return null;
        }
        for (Mention o : all) {
            if (o.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String other = clean(o.text());
            String bare = NameForms.withoutCountryHead(other);
            if (full.stream().anyMatch(f -> f.equalsIgnoreCase(other) || f.equalsIgnoreCase(bare))) {
                return other;
            }
        }
        return null;
    }

    private static final String HOUSE = "House";

    /**
     * The one chamber the article names "House of ..." ("House of Representatives", "U.S. House of
     * Representatives", "House of Commons"), which "the House" of the same article stands for; empty when it
     * names none or several.
     */
    private static Optional<String> chamberOfHouse(List<Mention> all) {
        String found = null;
        String chamber = null;
        for (Mention o : all) {
            if (o.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String full = clean(o.text());
            String bare = NameForms.withoutCountryHead(full);
            if (!bare.regionMatches(true, 0, HOUSE + " of ", 0, HOUSE.length() + 4)) {
                continue;
            }
            if (chamber != null && !chamber.equalsIgnoreCase(bare)) {
                return Optional.empty();
            }
            chamber = bare;
            found = found == null ? full : found;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The one organization name in the article that {@code acronym} abbreviates, whole or without the words that
     * end a company's name ("GM" for "General Motors Co"), or null.
     */
    private static String spelledOut(String acronym, List<Mention> all) {
        return onlyOrganization(all, full -> NameForms.isAcronymOf(acronym, full)
                || NameForms.isAcronymOf(acronym, NameForms.withoutCountryHead(full))
                || NameForms.organizationShortForms(full).stream().anyMatch(f -> NameForms.isAcronymOf(acronym, f)));
    }

    /**
     * The one organization name in the article that is {@code name} followed by words that only say what kind of
     * body it is ({@link NameForms#isKindWord}: "Delta" for "Delta Air Lines", "Moody's" for "Moody's Investors
     * Service", "Newsmax" for "Newsmax TV", "Treasury" for "Treasury Department"): news English calls a body by its
     * distinctive words once it has named it. Null when none or several are, or when the name is a place's.
     */
    private String firmOfShortName(String name, List<Mention> all) {
        String[] distinctive = words(name);
        if (distinctive.length == 0 || places.canonical(name).isPresent()) {
            return null;
        }
        return onlyOrganization(all, full -> {
            String[] w = words(full);
            if (w.length <= distinctive.length) {
                return false;
            }
            for (int i = 0; i < distinctive.length; i++) {
                if (!POSSESSIVE.matcher(w[i]).replaceAll("").equalsIgnoreCase(distinctive[i])) {
                    return false;
                }
            }
            for (int i = distinctive.length; i < w.length; i++) {
                if (!NameForms.isKindWord(w[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * The one organization name in the article (cleaned; compared without case) that {@code fits}, or null when
     * none or several different ones do.
     */
    private static String onlyOrganization(List<Mention> all, Predicate<String> fits) {
        String found = null;
        for (Mention o : all) {
            if (o.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String full = clean(o.text());
            if (!fits.test(full)) {
                continue;
            }
            if (found != null && !found.equalsIgnoreCase(full)) {
                return null;
            }
            found = full;
        }
        return found;
    }

    private static boolean endsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) {
            if (!full[full.length - part.length + i].equalsIgnoreCase(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String s) {
        return s.isBlank() ? new String[0] : s.trim().split("\\s+");
    }

    /** The name without honorifics, a possessive ending, a stock code, a leading "the" or surrounding space. */
    static String clean(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        s = TICKER.matcher(s).replaceAll("");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = HONORIFIC.matcher(s).replaceAll("");
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.strip();
    }

    /**
     * Whether a place follows another place and a comma and, so written, ends one place's name that the lexicon
     * knows ("Washington, D.C."): it names the place before it, not a place of its own. A region after a city
     * ("Alexandria, Va.") is a place of its own.
     */
    private boolean isLastPartOfAPlacesName(String text, Mention m, Map<Integer, Mention> placeEndingAt) {
        Mention before = placeEndingAt.get(m.begin() - 2);
        if (m.type() != EntityType.PLACE || before == null || !text.startsWith(", ", m.begin() - 2)) {
            return false;
        }
        Optional<String> whole = places.canonical(before.text() + ", " + m.text());
        return whole.isPresent() && whole.equals(places.canonical(m.text()));
    }

    private static Mention asPlace(Mention m) {
        return new Mention(EntityType.PLACE, m.text(), m.begin(), m.end(), m.sentence(), m.confidence());
    }

    private static List<Mention> mentionsOf(Fact f) {
        List<Mention> out = new ArrayList<>();
        if (f instanceof Fact.Role r) {
            out.add(r.person());
            if (r.organization() != null) {
                out.add(r.organization());
            }
        } else if (f instanceof Fact.Meeting mt) {
            out.addAll(mt.participants());
            if (mt.location() != null) {
                out.add(mt.location());
            }
        } else if (f instanceof Fact.Quote q) {
            out.add(q.speaker());
            if (q.addressee() != null) {
                out.add(q.addressee());
            }
        } else if (f instanceof Fact.Authorship a) {
            out.addAll(a.authors());
            if (a.outlet() != null) {
                out.add(a.outlet());
            }
        }
        return out;
    }

    private static final class Builder {
        final String key;
        final EntityType type;
        final String label;
        final Set<String> aliases = new LinkedHashSet<>();

        Builder(String key, EntityType type, String label) {
            this.key = key;
            this.type = type;
            this.label = label;
        }

        Entity build() {
            return new Entity(key, type, displayLabel(), aliases);
        }

        /**
         * The label, unless it is written all in capitals (a wire dateline: "BRASILIA, Nov 16 -"): then the
         * same name as the article writes it elsewhere in mixed case, or, for a place, the name with each
         * word capitalised. Acronyms ("NATO", "U.S.") stay as they are.
         */
        private String displayLabel() {
            if (!isShouting(label)) {
                return label;
            }
            for (String alias : aliases) {
                if (!isShouting(alias) && !alias.equals(alias.toUpperCase(Locale.ROOT))
                        && EntityKeys.slug(alias).equals(EntityKeys.slug(label))) {
                    return alias;
                }
            }
            if (type != EntityType.PLACE) {
                return label;
            }
            StringBuilder out = new StringBuilder();
            for (String w : label.split(" ")) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            }
            return out.toString();
        }

        /** All capitals and too long for an acronym: five letters or more, or several words. */
        private static boolean isShouting(String name) {
            String letters = name.replaceAll("[^\\p{L}]", "");
            boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT))
                    && !letters.equals(letters.toLowerCase(Locale.ROOT));
            boolean longEnough = letters.length() >= 5 || (name.contains(" ") && letters.length() >= 4);
            return capitals && longEnough && !name.contains(".");
        }
    }
}
