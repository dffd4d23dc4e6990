package vn.dvcportal.identity.control;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Address;
import vn.dvcportal.identity.entity.BusinessProfile;
import vn.dvcportal.identity.entity.CitizenProfile;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;

/** Copies entities into the records the boundaries return, so no entity leaves them. */
public final class Views {

    private Views() {
    }

    public static ProfileView profile(Account a, Set<String> roles,
            Optional<OfficialPosting> posting) {
        CitizenProfile c = a.getCitizen();
        BusinessProfile b = a.getBusiness();
        Address ad = a.getAddress();
        OrgUnit agency = posting.map(OfficialPosting::getAgency).orElse(null);
        OrgUnit unit = posting.map(OfficialPosting::getUnit).orElse(null);
        return new ProfileView(a.getId(), a.getLoginName(), a.getKind(), a.getDisplayName(),
                a.getEmail(), a.isEmailVerified(), a.getPhone(),
                c == null ? null : c.getPersonalId(), c == null ? null : c.getDateOfBirth(),
                b == null ? null : b.getTaxCode(), b == null ? null : b.getLegalRepresentative(),
                ad == null ? null : ad.getProvinceCode(), ad == null ? null : ad.getCommuneCode(),
                ad == null ? null : ad.getStreet(), roles,
                agency == null ? null : agency.getName(), unit == null ? null : unit.getName());
    }

    public static OfficialView official(OfficialPosting p, Instant now) {
        Account a = p.getAccount();
        OrgUnit agency = p.getAgency();
        OrgUnit unit = p.getUnit();
        boolean locked = a.getLockedUntil() != null && now.isBefore(a.getLockedUntil());
        return new OfficialView(a.getId(), a.getLoginName(), a.getDisplayName(), a.getEmail(),
                a.getPhone(), a.isEnabled(), locked,
                agency == null ? null : agency.getId(), agency == null ? null : agency.getName(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
                p.getRoles());
    }

    public static OrgUnitView unit(OrgUnit u) {
        return new OrgUnitView(u.getId(), u.getCode(), u.getName(),
                u.getParent() == null ? null : u.getParent().getId(), u.agency().getId(),
                u.getCatalogAgencyId());
    }
}
