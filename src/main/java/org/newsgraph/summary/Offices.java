package org.newsgraph.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.common.Lexicons;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.EntityKeys;

/**
 * The offices one person holds at a time in a named body ({@code /lexicon/offices.tsv}, described in
 * {@code offices.md}): which office a role node is, and every role node that is the same office.
 */
final class Offices {

    static final String RESOURCE = "/lexicon/offices.tsv";

    private final Map<String, String> officeOfRole = new HashMap<>();
    private final Map<String, List<String>> rolesOfOffice = new HashMap<>();

    private Offices() {
    }

    static Offices bundled() {
        Offices offices = new Offices();
        int line = 0;
        for (String entry : Lexicons.lines(RESOURCE)) {
            line++;
            String[] cols = entry.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new ConfigException(RESOURCE + ": entry " + line + " is not 'role<TAB>office': " + entry);
            }
            String role = NG.entityIri(EntityKeys.roleKey(cols[0].strip()));
            String office = cols[1].strip();
            if (offices.officeOfRole.putIfAbsent(role, office) == null) {
                offices.rolesOfOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(role);
            }
        }
        return offices;
    }

    /** The office a role node is, or null when several people may hold the role at once. */
    String officeOf(String roleIri) {
        return officeOfRole.get(roleIri);
    }

    /** The role nodes that are the office {@code office}. */
    List<String> roles(String office) {
        return List.copyOf(rolesOfOffice.getOrDefault(office, List.of()));
    }
}
