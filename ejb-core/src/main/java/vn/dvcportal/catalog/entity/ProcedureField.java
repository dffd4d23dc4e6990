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

/** A field of administration (lĩnh vực), such as "Hộ tịch" or "Hoạt động xây dựng". */
@Entity
@Table(name = "PROC_FIELD")
@NamedQuery(name = ProcedureField.FIND_BY_NAME,
        query = "SELECT f FROM ProcedureField f WHERE f.name = :name")
public class ProcedureField {

    public static final String FIND_BY_NAME = "ProcedureField.findByName";

    @Id
    @SequenceGenerator(name = "fieldSeq", sequenceName = "PROC_FIELD_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fieldSeq")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 500)
    private String name;

    @Version
    private int version;

    protected ProcedureField() {
    }

    public ProcedureField(String name) {
        this.name = Objects.requireNonNull(name, "A field needs a name");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
