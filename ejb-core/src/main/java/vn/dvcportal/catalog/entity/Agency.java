package vn.dvcportal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A public authority named by the catalogue: competent, implementing, coordinating or delegated
 * for some procedures. Agencies are shared by name so that filters and statistics count one
 * authority once, however many procedures mention it.
 */
@Entity
@Table(name = "AGENCY")
@NamedQuery(name = Agency.FIND_BY_NAME, query = "SELECT a FROM Agency a WHERE a.name = :name")
public class Agency {

    public static final String FIND_BY_NAME = "Agency.findByName";

    @Id
    @SequenceGenerator(name = "agencySeq", sequenceName = "AGENCY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agencySeq")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 1000)
    private String name;

    @Version
    private int version;

    protected Agency() {
    }

    public Agency(String name) {
        this.name = Objects.requireNonNull(name, "An agency needs a name");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
