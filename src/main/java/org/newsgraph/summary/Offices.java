package org.newsgraph.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.EntityKeys;

/**
 * The offices one person holds at a time in a named body ({@code /lexicon/offices.tsv}, described in
 * {@code offices.md}): which office a role node is, in which kind of body (a place, an organization, either),
 * every role node that is the same office, and the bodies whose offices are not one person's at a time
 * ({@code /lexicon/office-bodies.tsv}: parties, names many bodies share, bodies with several holders).
 */
final class Offices {

    static final String RESOURCE = "/lexicon/offices.tsv";
    static final String BODIES = "/lexicon/office-bodies.tsv";

    /** Every office, in {@code office-bodies.tsv}. */
    private static final String ANY_OFFICE = "*";

    private final Map<String, String> officeOfRole = new HashMap<>();
    private final Map<String, String> bodyOfOffice = new HashMap<>();
    private final Map<String, List<String>> rolesOfOffice = new HashMap<>();
    /** {@code slug<TAB>office} of the bodies whose office is not single-holder ({@code *} for every office). */
    private final Set<String> notSingle = new HashSet<>();

    private Offices() {
    }

    static Offices bundled() {
        Offices offices = new Offices();
        int line = 0;
        for (String entry : Lexicons.lines(RESOURCE)) {
            line++;
            String[] cols = entry.split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()
                    || !Set.of("place", "organization", "any").contains(cols[2].strip())) {
                throw new ConfigException(RESOURCE + ": entry " + line
                        + " is not 'role<TAB>office<TAB>place|organization|any': " + entry);
            }
            String role = NG.entityIri(EntityKeys.roleKey(cols[0].strip()));
            String office = cols[1].strip();
            if (offices.officeOfRole.putIfAbsent(role, office) == null) {
                offices.rolesOfOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(role);
            }
            offices.bodyOfOffice.putIfAbsent(office, cols[2].strip());
        }
        line = 0;
        for (String entry : Lexicons.lines(BODIES)) {
            line++;
            String[] cols = entry.split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                throw new ConfigException(BODIES + ": entry " + line + " is not 'body<TAB>office<TAB>why': " + entry);
            }
            String office = cols[1].strip();
            if (!office.equals(ANY_OFFICE) && !offices.rolesOfOffice.containsKey(office)) {
                throw new ConfigException(BODIES + ": entry " + line + " names an office " + RESOURCE
                        + " does not list: " + office);
            }
            offices.notSingle.add(EntityKeys.slug(cols[0].strip().toLowerCase(Locale.ROOT)) + "\t" + office);
        }
        return offices;
    }

    /** The office a role node is, or null when several people may hold the role at once. */
    String officeOf(String roleIri) {
        return officeOfRole.get(roleIri);
    }

    /**
     * The office a role node is in an organization or place node, or null when several people may hold it
     * there at once: the role is no single-holder office, the body is of the wrong kind (a chief executive of a
     * country), or the body is a party, a name many bodies share or one with several holders of the office.
     */
    String officeOf(String roleIri, String bodyIri) {
        String office = officeOf(roleIri);
        if (office == null || bodyIri == null) {
            return null;
        }
        String kind = kind(bodyIri);
        String wanted = bodyOfOffice.get(office);
        if (kind == null || !(wanted.equals("any") || wanted.equals(kind))) {
            return null;
        }
        String slug = bodyIri.substring(bodyIri.lastIndexOf('/') + 1);
        if (notSingle.contains(slug + "\t" + ANY_OFFICE) || notSingle.contains(slug + "\t" + office)) {
            return null;
        }
        return office;
    }

    /** {@code place} or {@code organization}, from an entity node's IRI; null for any other node. */
    private static String kind(String entityIri) {
        for (String kind : List.of("place", "organization")) {
            if (entityIri.startsWith(NG.entityIri(kind + "/")) && entityIri.indexOf('/', NG.entityIri(kind + "/")
                    .length()) < 0) {
                return kind;
            }
        }
        return null;
    }

    /** The role nodes that are the office {@code office}. */
    List<String> roles(String office) {
        return List.copyOf(rolesOfOffice.getOrDefault(office, List.of()));
    }
}
