package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in, as the web keeps it in the session.
 *
 * @param id           the account's id
 * @param loginName    the name the caller principal carries
 * @param displayName  a person's full name or a business's name
 * @param roles        every role the container should grant, {@code official} included
 * @param agencyId     the organisation unit at the root of an official's posting, else null
 * @param sessionEpoch the epoch at sign-in; a session is stale once the account's is higher
 */
public record AccountSummary(long id, String loginName, String displayName, Set<String> roles,
        Long agencyId, int sessionEpoch) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
