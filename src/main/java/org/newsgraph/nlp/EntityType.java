package org.newsgraph.nlp;

/** The kinds of named entity newsgraph finds. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** Nationalities, religious and political groups, events and other names (CoNLL's MISC). */
    MISC;

    /** Maps a name-finder outcome type ("person", "PER", "org", "LOC", "gpe", ...) to an entity type. */
    public static EntityType fromTag(String tag) {
        switch (tag.toLowerCase(java.util.Locale.ROOT)) {
            case "per":
            case "person":
                return PERSON;
            case "org":
            case "organization":
            case "organisation":
                return ORGANIZATION;
            case "loc":
            case "location":
            case "place":
            case "gpe":
            case "geo":
                return PLACE;
            default:
                return MISC;
        }
    }
}
