package vn.dvcportal.identity.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import vn.dvcportal.identity.entity.AccountKind;

/**
 * Everything the profile page shows. Fields that do not apply to the kind of account are null:
 * a citizen has no tax code, an official usually no address.
 */
public record ProfileView(long id, String loginName, AccountKind kind, String displayName,
        String email, boolean emailVerified, String phone, String personalId,
        LocalDate dateOfBirth, String taxCode, String legalRepresentative, String provinceCode,
        String communeCode, String street, Set<String> roles, String agencyName,
        String unitName) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProfileView {
        roles = Set.copyOf(roles);
    }
}
