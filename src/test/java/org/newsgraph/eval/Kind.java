package org.newsgraph.eval;

import java.util.Locale;

/** The four kinds of facts the quality sets annotate, each read back through its contract query. */
enum Kind {
    ENTITIES, ROLES, MEETINGS, DATES;

    /** The name the annotation files and {@code queries/} use: {@code roles} for {@code queries/roles.rq}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'");
    }
}
