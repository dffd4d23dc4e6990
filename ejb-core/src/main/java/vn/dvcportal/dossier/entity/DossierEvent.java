package vn.dvcportal.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * One step taken on a dossier: who, from which unit, when, what, from which step to which, why
 * and by when. The rows, in order, are the process control sheet (phiếu kiểm soát quá trình).
 * Only ever added.
 */
@Entity
@Table(name = "DOSSIER_EVENT", indexes =
        @Index(name = "IX_DOSSIER_EVENT_DOSSIER", columnList = "DOSSIER_ID,EVENT_AT"))
@NamedQueries({
    @NamedQuery(name = DossierEvent.OF_DOSSIER,
            query = "SELECT e FROM DossierEvent e WHERE e.dossier.id = :dossierId"
                    + " ORDER BY e.at, e.id")
})
public class DossierEvent {

    /** The events of a dossier in order; parameter {@code dossierId}. */
    public static final String OF_DOSSIER = "DossierEvent.ofDossier";

    public static final String SEQUENCE = "DOSSIER_EVENT_SEQ";

    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "DossierEventIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierEventIds")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DOSSIER_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_DOSSIER_EVENT_DOSSIER"))
    private Dossier dossier;

    @Column(name = "EVENT_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR_LOGIN", nullable = false, length = 100)
    private String actorLogin;

    @Column(name = "ACTOR_NAME", nullable = false, length = 2400)
    private String actorName;

    @Column(name = "ACTOR_UNIT", length = 2400)
    private String actorUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION_NAME", nullable = false, length = 30)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STEP", length = 30)
    private DossierStep fromStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STEP", nullable = false, length = 30)
    private DossierStep toStep;

    @Lob
    @Column(name = "NOTE")
    private String note;

    /** Documents asked for, one per line, when the applicant must complete the dossier. */
    @Lob
    @Column(name = "MISSING")
    private String missing;

    @Column(name = "DEADLINE")
    private Instant deadline;

    /** For JPA only. */
    protected DossierEvent() {
    }

    public DossierEvent(Dossier dossier, Instant at, String actorLogin, String actorName,
            String actorUnit, DossierAction action, DossierStep fromStep, DossierStep toStep,
            String note, String missing, Instant deadline) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.at = Objects.requireNonNull(at, "at");
        this.actorLogin = Objects.requireNonNull(actorLogin, "actorLogin");
        this.actorName = Dossier.cut(Objects.requireNonNull(actorName, "actorName"),
                Dossier.NAME_LENGTH);
        this.actorUnit = Dossier.cut(actorUnit, Dossier.NAME_LENGTH);
        this.action = Objects.requireNonNull(action, "action");
        this.fromStep = fromStep;
        this.toStep = Objects.requireNonNull(toStep, "toStep");
        this.note = note;
        this.missing = missing;
        this.deadline = deadline;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorUnit() {
        return actorUnit;
    }

    public DossierAction getAction() {
        return action;
    }

    public DossierStep getFromStep() {
        return fromStep;
    }

    public DossierStep getToStep() {
        return toStep;
    }

    public String getNote() {
        return note;
    }

    public String getMissing() {
        return missing;
    }

    public Instant getDeadline() {
        return deadline;
    }

    @Override
    public String toString() {
        return "DossierEvent[" + id + ", " + action + ", " + fromStep + "→" + toStep + "]";
    }
}
