package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a citizen's account knows beyond its name and address. The personal identification
 * number is also the login name; it is kept here as well so that a federated sign-in can find
 * the account by the number the identity provider asserts. Immutable; an edit replaces it.
 */
@Embeddable
public class CitizenProfile {

    @Column(name = "PERSONAL_ID", length = 12)
    private String personalId;

    @Column(name = "DATE_OF_BIRTH")
    private LocalDate dateOfBirth;

    /** For JPA only. */
    protected CitizenProfile() {
    }

    public CitizenProfile(String personalId, LocalDate dateOfBirth) {
        this.personalId = Objects.requireNonNull(personalId, "personalId");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    /** The 12-digit personal identification number (số định danh cá nhân). */
    public String getPersonalId() {
        return personalId;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }
}
