package vn.dvcportal.dossier.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvcportal.catalog.entity.AgencyAssignment;
import vn.dvcportal.catalog.entity.AgencyRole;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.identity.entity.OrgUnit;

/**
 * Which agency of the portal receives the dossiers of a procedure: the first of the
 * procedure's competent or implementing agencies that is an agency of the organisation tree.
 * A procedure no agency of the tree is linked to cannot be submitted online.
 */
public class DossierRoutes {

    /** The catalogue roles of an agency that takes dossiers in. */
    static final Set<AgencyRole> RECEIVING = EnumSet.of(AgencyRole.COMPETENT,
            AgencyRole.IMPLEMENTING);

    public static final String NO_RECEIVER = "Thủ tục này chưa được cơ quan nào tiếp nhận trực"
            + " tuyến trên Cổng.";

    private final EntityManager em;

    public DossierRoutes(EntityManager em) {
        this.em = em;
    }

    public Optional<ReceivingAgency> receiver(Procedure procedure) {
        Map<Long, OrgUnit> agencies = agenciesByCatalogId();
        return receiver(procedure, agencies).map(u -> new ReceivingAgency(u.getId(),
                u.getCode(), u.getName()));
    }

    /** Codes of the procedures the agency receives, ordered, at most {@code max}. */
    public List<String> proceduresReceivedBy(String agencyUnitCode, int max) {
        if (agencyUnitCode == null || max <= 0) {
            return List.of();
        }
        Optional<OrgUnit> unit = em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", agencyUnitCode.strip()).getResultStream().findFirst();
        if (unit.isEmpty() || !unit.get().isAgency()
                || unit.get().getCatalogAgencyId() == null) {
            return List.of();
        }
        List<String> candidates = em.createQuery("SELECT DISTINCT p.code FROM Procedure p"
                + " JOIN p.agencies a WHERE a.agency.id = :agencyId AND a.role IN :roles"
                + " ORDER BY p.code", String.class)
                .setParameter("agencyId", unit.get().getCatalogAgencyId())
                .setParameter("roles", RECEIVING).getResultList();
        Map<Long, OrgUnit> agencies = agenciesByCatalogId();
        List<String> codes = new ArrayList<>();
        for (String code : candidates) {
            if (codes.size() >= max) {
                break;
            }
            Optional<Procedure> p = em.createNamedQuery(Procedure.FIND_BY_CODE, Procedure.class)
                    .setParameter("code", code).getResultStream().findFirst();
            // A procedure shared by two agencies of the tree goes to the first one only.
            if (p.flatMap(x -> receiver(x, agencies)).map(OrgUnit::getId)
                    .filter(unit.get().getId()::equals).isPresent()) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Optional<OrgUnit> receiver(Procedure p, Map<Long, OrgUnit> agencies) {
        for (AgencyAssignment a : p.getAgencies()) {
            if (RECEIVING.contains(a.getRole())) {
                OrgUnit unit = agencies.get(a.getAgency().getId());
                if (unit != null) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** Agencies of the tree linked to the catalogue, by catalogue agency id. */
    private Map<Long, OrgUnit> agenciesByCatalogId() {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL"
                + " AND u.catalogAgencyId IS NOT NULL ORDER BY u.code", OrgUnit.class)
                .getResultList().stream()
                .collect(Collectors.toMap(OrgUnit::getCatalogAgencyId, Function.identity(),
                        (first, second) -> first));
    }
}
