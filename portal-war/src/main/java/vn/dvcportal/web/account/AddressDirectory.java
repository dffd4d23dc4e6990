package vn.dvcportal.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * The provinces and communes in force since 1 July 2025, for the address fields of the forms.
 * The lists change only when the official lists are loaded again, so they are read once; while
 * none are loaded, nothing is kept and the forms ask for the codes as text.
 */
@ApplicationScoped
public class AddressDirectory {

    /** A unit as a choice of a list. */
    public record Place(String code, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    AdministrativeUnits units;

    private volatile List<Place> provinces = List.of();
    private final Map<String, List<Place>> communes = new ConcurrentHashMap<>();

    /** True when the current provinces are loaded and can be offered as a list. */
    public boolean isLoaded() {
        return !provinces().isEmpty();
    }

    public List<Place> provinces() {
        List<Place> known = provinces;
        if (known.isEmpty()) {
            known = units.provinces(UnitEra.CURRENT).stream().map(AddressDirectory::place)
                    .toList();
            provinces = known;
        }
        return known;
    }

    /** The communes of a province, by code; empty for an unknown or empty code. */
    public List<Place> communes(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank() || !isLoaded()) {
            return List.of();
        }
        List<Place> known = communes.get(provinceCode);
        if (known == null) {
            Optional<AdministrativeUnit> province =
                    units.find(UnitEra.CURRENT, UnitLevel.PROVINCE, provinceCode);
            if (province.isEmpty()) {
                return List.of();
            }
            known = units.children(province.get().getId()).stream()
                    .map(AddressDirectory::place).toList();
            communes.put(provinceCode, known);
        }
        return known;
    }

    /** The name of a province, or the code itself when it is not known. */
    public String provinceName(String code) {
        return provinces().stream().filter(p -> p.code().equals(code)).map(Place::name)
                .findFirst().orElse(code);
    }

    /** The name of a commune of a province, or the code itself when it is not known. */
    public String communeName(String provinceCode, String code) {
        return communes(provinceCode).stream().filter(p -> p.code().equals(code))
                .map(Place::name).findFirst().orElse(code);
    }

    private static Place place(AdministrativeUnit unit) {
        return new Place(unit.getCode(), unit.getName());
    }
}
