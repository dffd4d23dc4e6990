package vn.dvcportal.identity.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.dvcportal.catalog.entity.Agency;
import vn.dvcportal.identity.entity.OrgUnit;

/** The organisation tree: agencies at the root, departments below. */
public class OrgTree {

    private static final String CODE = "Mã đơn vị";
    private static final String NAME = "Tên đơn vị";

    private final EntityManager em;

    public OrgTree(EntityManager em) {
        this.em = em;
    }

    /**
     * @param catalogAgencyId the catalogue's agency this one is, or null
     * @throws ValidationFailure for a malformed or taken code, a bad name, an unknown agency
     */
    public OrgUnit createAgency(String code, String name, Long catalogAgencyId) {
        Map<String, String> problems = problems(code, name);
        if (catalogAgencyId != null && em.find(Agency.class, catalogAgencyId) == null) {
            problems.put("catalogAgencyId", "Cơ quan trong danh mục thủ tục không tồn tại.");
        }
        return store(problems, () -> new OrgUnit(cleanCode(code), FieldRules.clean(name), null,
                catalogAgencyId));
    }

    /** @throws ValidationFailure for a malformed or taken code, a bad name, an unknown parent */
    public OrgUnit createDepartment(long parentId, String code, String name) {
        Map<String, String> problems = problems(code, name);
        OrgUnit parent = em.find(OrgUnit.class, parentId);
        if (parent == null) {
            problems.put("parentId", "Đơn vị cấp trên không tồn tại.");
        }
        return store(problems, () -> new OrgUnit(cleanCode(code), FieldRules.clean(name),
                parent, null));
    }

    /** Every unit: each agency, by name, followed by the units below it, depth first. */
    public List<OrgUnit> all() {
        List<OrgUnit> units = em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
        Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.getParent() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.getParent().getId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<OrgUnit> ordered = new ArrayList<>();
        roots.sort(Comparator.comparing(OrgUnit::getName));
        roots.forEach(r -> walk(r, children, ordered, 0));
        return ordered;
    }

    /** An agency and every unit below it, in the order of {@link #all()}. */
    public List<OrgUnit> within(long agencyId) {
        return all().stream()
                .filter(u -> u.agency().getId() == agencyId)
                .toList();
    }

    private static void walk(OrgUnit unit, Map<Long, List<OrgUnit>> children,
            List<OrgUnit> out, int depth) {
        out.add(unit);
        if (depth > 32) {
            return;
        }
        List<OrgUnit> below = new ArrayList<>(children.getOrDefault(unit.getId(), List.of()));
        below.sort(Comparator.comparing(OrgUnit::getName));
        below.forEach(c -> walk(c, children, out, depth + 1));
    }

    private Map<String, String> problems(String code, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        String c = cleanCode(code);
        if (FieldRules.blank(c)) {
            problems.put("code", CODE + " không được để trống.");
        } else if (!c.matches("[A-Z0-9][A-Z0-9._-]{0,29}")) {
            problems.put("code", CODE + " dài tối đa 30 ký tự, chỉ gồm chữ in hoa không dấu,"
                    + " chữ số và các dấu . _ -.");
        } else if (!em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", c).getResultList().isEmpty()) {
            problems.put("code", CODE + " này đã được dùng.");
        }
        String problem = FieldRules.organisationName(NAME, FieldRules.clean(name));
        if (problem != null) {
            problems.put("name", problem);
        }
        return problems;
    }

    private OrgUnit store(Map<String, String> problems, Supplier<OrgUnit> created) {
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        OrgUnit unit = created.get();
        em.persist(unit);
        return unit;
    }

    private static String cleanCode(String code) {
        String c = FieldRules.clean(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}
