package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** One agency in one role for a procedure. */
@Embeddable
public class AgencyAssignment {

    @ManyToOne(optional = false)
    @JoinColumn(name = "AGENCY_ID", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "AGENCY_ROLE", nullable = false, length = 20)
    private AgencyRole role;

    protected AgencyAssignment() {
    }

    public AgencyAssignment(Agency agency, AgencyRole role) {
        this.agency = Objects.requireNonNull(agency);
        this.role = Objects.requireNonNull(role);
    }

    public Agency getAgency() {
        return agency;
    }

    public AgencyRole getRole() {
        return role;
    }
}
