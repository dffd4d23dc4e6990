package vn.dvcportal.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A question the processor put to a department of the agency, and its answer. */
@Entity
@Table(name = "DOSSIER_CONSULT", indexes = {
    @Index(name = "IX_DOSSIER_CONSULT_DOSSIER", columnList = "DOSSIER_ID"),
    @Index(name = "IX_DOSSIER_CONSULT_UNIT", columnList = "UNIT_ID")
})
@NamedQueries({
    @NamedQuery(name = Consultation.OF_DOSSIER,
            query = "SELECT c FROM Consultation c WHERE c.dossier.id = :dossierId"
                    + " ORDER BY c.askedAt, c.id")
})
public class Consultation {

    /** The consultations of a dossier in order; parameter {@code dossierId}. */
    public static final String OF_DOSSIER = "Consultation.ofDossier";

    public static final String SEQUENCE = "DOSSIER_CONSULT_SEQ";

    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "ConsultationIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ConsultationIds")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DOSSIER_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_DOSSIER_CONSULT_DOSSIER"))
    private Dossier dossier;

    /** The department asked, an org unit under the dossier's agency. */
    @Column(name = "UNIT_ID", nullable = false)
    private Long unitId;

    @Column(name = "UNIT_NAME", nullable = false, length = 2400)
    private String unitName;

    @Column(name = "ASKED_BY", nullable = false, length = 100)
    private String askedBy;

    /** The name as it was then, for the page: the login alone says little to a reader. */
    @Column(name = "ASKED_BY_NAME", length = 100)
    private String askedByName;

    @Column(name = "ASKED_AT", nullable = false)
    private Instant askedAt;

    @Column(name = "DEADLINE", nullable = false)
    private Instant deadline;

    @Lob
    @Column(name = "QUESTION", nullable = false)
    private String question;

    @Lob
    @Column(name = "ANSWER")
    private String answer;

    @Column(name = "ANSWERED_BY", length = 100)
    private String answeredBy;

    @Column(name = "ANSWERED_BY_NAME", length = 100)
    private String answeredByName;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    /** For JPA only. */
    protected Consultation() {
    }

    public Consultation(Dossier dossier, long unitId, String unitName, String askedBy,
            String askedByName, Instant askedAt, Instant deadline, String question) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.unitId = unitId;
        this.unitName = Dossier.cut(Objects.requireNonNull(unitName, "unitName"),
                Dossier.NAME_LENGTH);
        this.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        this.askedByName = askedByName;
        this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.question = Objects.requireNonNull(question, "question");
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getAskedBy() {
        return askedBy;
    }

    /** The asker's name, or the login when no name was recorded. */
    public String getAskedByName() {
        return askedByName == null ? askedBy : askedByName;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    /** The answerer's name, or the login when no name was recorded. */
    public String getAnsweredByName() {
        return answeredByName == null ? answeredBy : answeredByName;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public void answer(String answer, String by, String byName, Instant at) {
        this.answer = Objects.requireNonNull(answer, "answer");
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredByName = byName;
        this.answeredAt = Objects.requireNonNull(at, "at");
    }
}
