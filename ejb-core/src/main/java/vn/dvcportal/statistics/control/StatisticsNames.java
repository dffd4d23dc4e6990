package vn.dvcportal.statistics.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The names a statistics row is written with: the agency's code and name, the procedure's name
 * and its field, from the organisation and the catalogue as they are now. A procedure the
 * catalogue no longer has keeps the name its dossiers were submitted under, without a field.
 * Read once per step; a province has a few thousand procedures at most.
 */
public final class StatisticsNames {

    /** The agency of a row. */
    public record AgencyName(String code, String name) {
    }

    /** The procedure of a row and its field, which may be unknown. */
    public record ProcedureName(String name, Long fieldId, String fieldName) {
    }

    private final EntityManager em;
    private final Map<Long, AgencyName> agencies = new HashMap<>();
    private final Map<String, ProcedureName> procedures = new HashMap<>();

    public StatisticsNames(EntityManager em) {
        this.em = em;
        for (Object[] u : em.createQuery("SELECT u.id, u.code, u.name FROM OrgUnit u",
                Object[].class).getResultList()) {
            agencies.put((Long) u[0], new AgencyName((String) u[1], (String) u[2]));
        }
        for (Object[] p : em.createQuery("SELECT p.code, p.name, f.id, f.name FROM Procedure p"
                + " LEFT JOIN p.field f", Object[].class).getResultList()) {
            procedures.put((String) p[0], new ProcedureName((String) p[1], (Long) p[2],
                    (String) p[3]));
        }
    }

    public AgencyName agency(long unitId) {
        return agencies.computeIfAbsent(unitId, id -> {
            Object[] d = em.createQuery("SELECT MAX(d.agencyCode), MAX(d.agencyName)"
                    + " FROM Dossier d WHERE d.agencyUnitId = :id", Object[].class)
                    .setParameter("id", id).getSingleResult();
            return new AgencyName(d[0] == null ? String.valueOf(id) : (String) d[0],
                    d[1] == null ? String.valueOf(id) : (String) d[1]);
        });
    }

    public ProcedureName procedure(String code) {
        return procedures.computeIfAbsent(code, c -> {
            String name = em.createQuery("SELECT MAX(d.procedureName) FROM Dossier d"
                    + " WHERE d.procedureCode = :code", String.class)
                    .setParameter("code", c).getSingleResult();
            return new ProcedureName(name == null ? c : name, null, null);
        });
    }
}
