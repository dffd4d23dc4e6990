package vn.dvcportal.dossier.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
        Map<Long, OrgUnit> agencies = agenciesByCatalogId();
        Long catalogId = unit.get().getCatalogAgencyId();
        OrgUnit owner = agencies.get(catalogId);
        if (owner == null || !unit.get().getId().equals(owner.getId())) {
            // Another unit of the tree stands for the same catalogue agency and takes all.
            return List.of();
        }
        // One query: every receiving assignment of the procedures the agency receives, with
        // its position, so that the first one of the tree is found without loading each
        // procedure.
        List<Object[]> rows = em.createQuery("SELECT p.code, b.agency.id, INDEX(b)"
                + " FROM Procedure p JOIN p.agencies a JOIN p.agencies b"
                + " WHERE a.agency.id = :agencyId AND a.role IN :roles AND b.role IN :roles",
                Object[].class)
                .setParameter("agencyId", catalogId)
                .setParameter("roles", RECEIVING).getResultList();
        Map<String, TreeMap<Integer, Long>> byProcedure = new TreeMap<>();
        for (Object[] row : rows) {
            byProcedure.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                    .put(((Number) row[2]).intValue(), (Long) row[1]);
        }
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Long>> e : byProcedure.entrySet()) {
            if (codes.size() >= max) {
                break;
            }
            // A procedure shared by two agencies of the tree goes to the first one only.
            Long first = e.getValue().values().stream().filter(agencies::containsKey)
                    .findFirst().orElse(null);
            if (catalogId.equals(first)) {
                codes.add(e.getKey());
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
