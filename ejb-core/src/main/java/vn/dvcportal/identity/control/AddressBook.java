package vn.dvcportal.identity.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * Checks that an address names a province and one of its communes in the tree in force since
 * 1 July 2025. Where the official lists have not been loaded there is nothing to check against,
 * and well-formed codes are accepted.
 */
public class AddressBook {

    private final EntityManager em;

    public AddressBook(EntityManager em) {
        this.em = em;
    }

    /** Problems of well-formed codes against the stored units; empty when they agree. */
    public Map<String, String> problems(String provinceCode, String communeCode) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!loaded()) {
            return problems;
        }
        Optional<AdministrativeUnit> province = find(UnitLevel.PROVINCE, provinceCode);
        if (province.isEmpty()) {
            problems.put("provinceCode", FieldRules.PROVINCE
                    + " không có trong danh mục đơn vị hành chính hiện hành.");
            return problems;
        }
        Optional<AdministrativeUnit> commune = find(UnitLevel.COMMUNE, communeCode);
        if (commune.isEmpty()) {
            problems.put("communeCode", FieldRules.COMMUNE
                    + " không có trong danh mục đơn vị hành chính hiện hành.");
        } else if (commune.get().getParent() == null
                || !province.get().getId().equals(commune.get().getParent().getId())) {
            problems.put("communeCode", FieldRules.COMMUNE + " không thuộc "
                    + province.get().getName() + ".");
        }
        return problems;
    }

    private boolean loaded() {
        return em.createNamedQuery(AdministrativeUnit.COUNT_BY_ERA_AND_LEVEL, Long.class)
                .setParameter("era", UnitEra.CURRENT)
                .setParameter("level", UnitLevel.PROVINCE)
                .getSingleResult() > 0;
    }

    private Optional<AdministrativeUnit> find(UnitLevel level, String code) {
        return em.createNamedQuery(AdministrativeUnit.BY_KEY, AdministrativeUnit.class)
                .setParameter("era", UnitEra.CURRENT)
                .setParameter("level", level)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }
}
