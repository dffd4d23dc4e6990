package vn.dvcportal.identity.control;

import java.util.Objects;

/**
 * How far a caller's authority reaches: a system administrator everywhere, anyone else only
 * inside the agency of their posting, and nowhere when they have none. Business methods check
 * the object they act on against it after the container has checked the role.
 *
 * @param loginName   the caller
 * @param systemAdmin whether the caller holds the system administrator's role
 * @param agencyId    the agency of the caller's posting, or null
 */
public record AgencyScope(String loginName, boolean systemAdmin, Long agencyId) {

    static final String OUTSIDE = "Bạn chỉ được thao tác trong phạm vi cơ quan của mình.";

    public AgencyScope {
        Objects.requireNonNull(loginName, "loginName");
    }

    /** Whether something in that agency ({@code null}: no agency) is within reach. */
    public boolean covers(Long targetAgencyId) {
        return systemAdmin || agencyId != null && agencyId.equals(targetAgencyId);
    }

    /** @throws AccessDenied when something in that agency is out of reach */
    public void require(Long targetAgencyId) {
        if (!covers(targetAgencyId)) {
            throw new AccessDenied(OUTSIDE);
        }
    }
}
