package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Predictions.EntityRow;

/**
 * Scores {@code entities.rq} rows against an article's entities. A row matches an entity when its name equals an
 * alias and its type is the entity's type or second type; rows and entities are matched one to one, required
 * entities first; an optional entity counts when produced and is not missed when not. Also scored per type (a
 * row by its predicted type, a gold entity by its type), and counted: rows whose name is an alias of an entity
 * of a type that does not accept them (type confusions).
 */
final class EntityScorer {

    static final List<String> TYPES = List.of("Person", "Organization", "Place");

    private EntityScorer() {
    }

    static KindResult score(GoldSet.Article gold, List<EntityRow> predicted) {
        List<EntityRow> rows = distinct(predicted);
        List<GoldSet.Entity> entities = gold.entities();
        boolean[] required = new boolean[entities.size()];
        for (int i = 0; i < entities.size(); i++) {
            required[i] = !entities.get(i).optional();
        }
        int[] match = Matching.match(rows.size(), entities.size(),
                (r, e) -> matches(entities.get(e), rows.get(r)), required);

        KindResult.Builder out = new KindResult.Builder(Kind.ENTITIES);
        boolean[] found = new boolean[entities.size()];
        Map<String, int[]> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, new int[4]));
        int correct = 0;
        int confusions = 0;
        for (int r = 0; r < rows.size(); r++) {
            EntityRow row = rows.get(r);
            int[] t = byType.computeIfAbsent(row.type(), k -> new int[4]);
            t[0]++;
            if (match[r] >= 0) {
                correct++;
                t[1]++;
                found[match[r]] = true;
            } else {
                String why = why(row, entities);
                if (why.startsWith("type")) {
                    confusions++;
                }
                out.wrong(row.name() + " · " + row.type(), why);
            }
        }
        int gold0 = 0;
        int found0 = 0;
        int optional = 0;
        for (int e = 0; e < entities.size(); e++) {
            GoldSet.Entity entity = entities.get(e);
            if (!required[e]) {
                optional += found[e] ? 1 : 0;
                continue;
            }
            int[] t = byType.computeIfAbsent(entity.type(), k -> new int[4]);
            gold0++;
            t[2]++;
            if (found[e]) {
                found0++;
                t[3]++;
            } else {
                out.missed(show(entity));
            }
        }
        byType.forEach((type, t) -> out.part(type, new Score(t[0], t[1], t[2], t[3])));
        return out.score(rows.size(), correct, gold0, found0).count("type confusions", confusions)
                .count("optional entities matched", optional).build();
    }

    static boolean matches(GoldSet.Entity entity, EntityRow row) {
        return entity.accepts(row.type()) && Normaliser.nameMatches(entity.names(), row.name());
    }

    /** The rows, one per normalised (name, type), in their first order. */
    static List<EntityRow> distinct(List<EntityRow> rows) {
        Map<List<String>, EntityRow> out = new LinkedHashMap<>();
        for (EntityRow r : rows) {
            out.putIfAbsent(List.of(Normaliser.key(r.name()), r.type()), r);
        }
        return new ArrayList<>(out.values());
    }

    private static String why(EntityRow row, List<GoldSet.Entity> entities) {
        List<GoldSet.Entity> named = entities.stream().filter(e -> Normaliser.nameMatches(e.names(), row.name())).toList();
        if (named.isEmpty()) {
            return "no gold entity has this name";
        }
        if (named.stream().anyMatch(e -> e.accepts(row.type()))) {
            return "duplicate: the entity is already matched";
        }
        return "type confusion: gold " + named.get(0).type()
                + (named.get(0).secondType() == null ? "" : " or " + named.get(0).secondType());
    }

    static String show(GoldSet.Entity e) {
        return e.names().get(0) + " · " + e.type() + (e.secondType() == null ? "" : "/" + e.secondType());
    }
}
