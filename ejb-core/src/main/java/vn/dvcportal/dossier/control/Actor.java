package vn.dvcportal.dossier.control;

import java.util.Objects;
import java.util.Set;

/**
 * Whoever acts on a dossier, as the rules need them: an applicant, or an official with the
 * agency and unit of their posting and the roles it gives.
 *
 * @param login     the login name
 * @param name      the display name, as the control sheet prints it
 * @param unitId    the official's unit (department or the agency itself), null for others
 * @param unitName  its name
 * @param agencyId  the agency at the root of the unit, null for others
 * @param roles     every role held, {@link vn.dvcportal.identity.entity.Roles} names
 */
public record Actor(String login, String name, Long unitId, String unitName, Long agencyId,
        Set<String> roles) {

    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
