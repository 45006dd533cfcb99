package org.newsgraph.summary;

import java.util.Objects;
import org.newsgraph.rdf.NG;

/**
 * What a role summary is about: a person, a role node (one per role whatever its spelling), the organization
 * (null when none is stated) and the qualifier (the IRI of {@code ng:Current}, {@code ng:Former}, ...). All
 * four are IRIs.
 */
record RoleKey(String person, String role, String organization, String qualifier) {

    RoleKey {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** The person, role and organization: the summaries that are updated together (every qualifier). */
    record Group(String person, String role, String organization) {

        RoleKey with(String qualifier) {
            return new RoleKey(person, role, organization, qualifier);
        }
    }

    Group group() {
        return new Group(person, role, organization);
    }

    String iri() {
        return NG.summaryIri("role", Keys.digest("role", person, role, organization, qualifier));
    }

    boolean current() {
        return qualifier.equals(NG.Current.getURI());
    }
}
