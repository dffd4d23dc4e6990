package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a business's account knows beyond its name and address. The tax code is also the login
 * name. Immutable; an edit replaces it.
 */
@Embeddable
public class BusinessProfile {

    /** Ten digits, or ten, a dash and the three digits of a dependent unit. */
    @Column(name = "TAX_CODE", length = 14)
    private String taxCode;

    @Column(name = "LEGAL_REPRESENTATIVE", length = 300)
    private String legalRepresentative;

    /** For JPA only. */
    protected BusinessProfile() {
    }

    public BusinessProfile(String taxCode, String legalRepresentative) {
        this.taxCode = Objects.requireNonNull(taxCode, "taxCode");
        this.legalRepresentative =
                Objects.requireNonNull(legalRepresentative, "legalRepresentative");
    }

    /** In its written form, e.g. "0100109106" or "0100109106-001". */
    public String getTaxCode() {
        return taxCode;
    }

    /** Người đại diện theo pháp luật. */
    public String getLegalRepresentative() {
        return legalRepresentative;
    }
}
