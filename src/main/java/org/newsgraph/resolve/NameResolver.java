package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;

/**
 * Within-article name resolution: every mention of a person resolves to the fullest name the article gives
 * that person ("Rubio" to "Marco Rubio"), organizations and places to their normalised names ("the U.S."
 * to "United States"), and mentions with the same key become one entity whose other surface forms are its
 * aliases.
 *
 * <p>A short person name (one that is a trailing part of a longer one: a surname, or a surname with a
 * first initial) resolves to the longest such name in the article; when two different full names share it,
 * the nearest one before the mention wins.
 */
public final class NameResolver implements EntityResolver {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Adm|Maj)\\.?\\s+)+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");

    private final PlaceNames places;

    public NameResolver(PlaceNames places) {
        this.places = places;
    }

    @Override
    public ResolvedDocument resolve(ExtractedDocument doc) {
        List<Mention> all = new ArrayList<>(doc.annotated().mentions());
        for (Fact f : doc.facts()) {
            all.addAll(mentionsOf(f));
        }
        all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));

        // the full person names the article gives, in order of appearance
        List<Mention> fullNames = all.stream()
                .filter(m -> m.type() == EntityType.PERSON && tokens(clean(m.text())).length > 1)
                .toList();

        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<Mention, Builder> assigned = new HashMap<>();
        for (Mention m : all) {
            if (m.type() == EntityType.MISC || assigned.containsKey(m)) {
                continue;
            }
            String canonical = canonical(m, fullNames);
            if (canonical == null || canonical.isBlank()) {
                continue;
            }
            EntityType type = m.type();
            String key = EntityKeys.key(type, canonical);
            Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, type, canonical));
            b.aliases.add(clean(m.text()));
            assigned.put(m, b);
        }

        Article article = doc.annotated().article();
        List<Entity> authors = new ArrayList<>();
        for (String name : article.authors()) {
            String label = clean(name);
            Builder b = byKey.computeIfAbsent(EntityKeys.key(EntityType.PERSON, label),
                    k -> new Builder(k, EntityType.PERSON, label));
            authors.add(b.build());
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
        return new ResolvedDocument(doc, List.copyOf(built.values()), mentionEntities, authors, publisher);
    }

    private String canonical(Mention m, List<Mention> fullNames) {
        String name = clean(m.text());
        switch (m.type()) {
            case PERSON -> {
                String[] parts = tokens(name);
                Mention before = null;
                Mention after = null;
                for (Mention full : fullNames) {
                    String[] fp = tokens(clean(full.text()));
                    if (fp.length <= parts.length || !endsWith(fp, parts)) {
                        continue;
                    }
                    if (full.begin() < m.begin()) {
                        before = full;
                    } else if (after == null) {
                        after = full;
                    }
                }
                Mention best = before != null ? before : after;
                return best == null ? name : clean(best.text());
            }
            case PLACE, ORGANIZATION -> {
                return places.canonical(name).orElse(name);
            }
            default -> {
                return name;
            }
        }
    }

    private static boolean endsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) {
            if (!full[full.length - part.length + i].toLowerCase(Locale.ROOT)
                    .equals(part[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String[] tokens(String s) {
        return s.isBlank() ? new String[0] : s.trim().split("\\s+");
    }

    /** The name without honorifics, a possessive ending, a leading "the" or surrounding space. */
    static String clean(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = HONORIFIC.matcher(s).replaceAll("");
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.strip();
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
            return new Entity(key, type, label, aliases);
        }
    }
}
