package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.util.Set;

/** An official as the administration pages list them. */
public record OfficialView(long accountId, String loginName, String fullName, String email,
        String phone, boolean enabled, boolean locked, Long agencyId, String agencyName,
        Long unitId, String unitName, Set<String> roles) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OfficialView {
        roles = Set.copyOf(roles);
    }
}
