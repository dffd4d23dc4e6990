package vn.dvcportal.eform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The e-form of one procedure as an administrator defined it, overriding the built-in one. The
 * code {@value #DEFAULT} stands for the form of every procedure that has none of its own.
 */
@Entity
@Table(name = "DOSSIER_FORM")
@NamedQuery(name = FormDefinition.BY_PROCEDURE,
        query = "SELECT f FROM FormDefinition f WHERE f.procedureCode = :code")
public class FormDefinition {

    public static final String BY_PROCEDURE = "FormDefinition.byProcedure";
    public static final String DEFAULT = "*";

    @Id
    @SequenceGenerator(name = "formSeq", sequenceName = "DOSSIER_FORM_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "formSeq")
    private Long id;

    @Column(name = "PROCEDURE_CODE", nullable = false, length = 20, updatable = false)
    private String procedureCode;

    @Lob
    @Column(name = "DEFINITION", nullable = false)
    private String json;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected FormDefinition() {
    }

    public FormDefinition(String procedureCode) {
        this.procedureCode = Objects.requireNonNull(procedureCode);
    }

    public void define(String json, String by, Instant at) {
        this.json = Objects.requireNonNull(json);
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getJson() {
        return json;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
