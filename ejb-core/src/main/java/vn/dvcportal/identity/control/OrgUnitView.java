package vn.dvcportal.identity.control;

import java.io.Serializable;

/**
 * A unit of the organisation tree.
 *
 * @param parentId        null for an agency
 * @param agencyId        the agency at the root; the unit's own id for an agency
 * @param catalogAgencyId the catalogue's agency this unit is, if linked
 */
public record OrgUnitView(long id, String code, String name, Long parentId, long agencyId,
        Long catalogAgencyId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isAgency() {
        return parentId == null;
    }
}
