package vn.dvcportal.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.control.OrgTree;
import vn.dvcportal.identity.control.OrgUnitView;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.control.Views;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;

/**
 * The organisation tree: agencies and their departments. Anyone may read it, as the structure
 * of public bodies is public; only a system administrator shapes it.
 */
@Stateless
public class OrgUnits {

    private static final Logger LOG = Logger.getLogger(OrgUnits.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    /**
     * @param code            short code unique in the tree, e.g. "STP"
     * @param catalogAgencyId the catalogue's agency this one is, or null
     * @throws ValidationFailure on {@code code}, {@code name} or {@code catalogAgencyId}
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnitView createAgency(String code, String name, Long catalogAgencyId) {
        OrgUnit unit = new OrgTree(em).createAgency(code, name, catalogAgencyId);
        em.flush();
        LOG.log(Level.INFO, "{0} created the agency {1}",
                new Object[] {ctx.getCallerPrincipal().getName(), unit.getCode()});
        return Views.unit(unit);
    }

    /** @throws ValidationFailure on {@code parentId}, {@code code} or {@code name} */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public OrgUnitView createDepartment(long parentId, String code, String name) {
        OrgUnit unit = new OrgTree(em).createDepartment(parentId, code, name);
        em.flush();
        LOG.log(Level.INFO, "{0} created the unit {1}",
                new Object[] {ctx.getCallerPrincipal().getName(), unit.getCode()});
        return Views.unit(unit);
    }

    /** Every unit: each agency by name, followed by the units below it. */
    @PermitAll
    public List<OrgUnitView> list() {
        return new OrgTree(em).all().stream().map(Views::unit).toList();
    }

    /** The agencies, by name. */
    @PermitAll
    public List<OrgUnitView> agencies() {
        return em.createNamedQuery(OrgUnit.AGENCIES, OrgUnit.class).getResultList().stream()
                .map(Views::unit).toList();
    }

    /** An agency and the units below it; empty for an unknown id. */
    @PermitAll
    public List<OrgUnitView> within(long agencyId) {
        return new OrgTree(em).within(agencyId).stream().map(Views::unit).toList();
    }
}
