package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A postal address in the two-level tree in force since 1 July 2025: province and commune by
 * their statistics office codes, and the rest (house number, street, hamlet) as written.
 * Immutable; an edit replaces it.
 */
@Embeddable
public class Address {

    @Column(name = "PROVINCE_CODE", length = 10)
    private String provinceCode;

    @Column(name = "COMMUNE_CODE", length = 10)
    private String communeCode;

    // Sized in bytes for Oracle: 200 characters of Vietnamese take up to 600.
    @Column(name = "STREET", length = 600)
    private String street;

    /** For JPA only. */
    protected Address() {
    }

    public Address(String provinceCode, String communeCode, String street) {
        this.provinceCode = Objects.requireNonNull(provinceCode, "provinceCode");
        this.communeCode = Objects.requireNonNull(communeCode, "communeCode");
        this.street = Objects.requireNonNull(street, "street");
    }

    /** Two digits, e.g. "01" for Hà Nội. */
    public String getProvinceCode() {
        return provinceCode;
    }

    /** Five digits, e.g. "00004" for Phường Ba Đình. */
    public String getCommuneCode() {
        return communeCode;
    }

    /** House number, street, hamlet or residential group, in NFC. */
    public String getStreet() {
        return street;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(provinceCode, a.provinceCode)
                && Objects.equals(communeCode, a.communeCode) && Objects.equals(street, a.street);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provinceCode, communeCode, street);
    }
}
