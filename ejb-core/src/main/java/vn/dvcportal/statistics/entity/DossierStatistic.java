package vn.dvcportal.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import vn.dvcportal.statistics.control.Figures;

/**
 * The dossier figures of one period for one agency and procedure, with the procedure's field.
 * Names are copied in as they stood when the figures were made. Written once by the job and
 * never changed: a new run of the period deletes and writes them again.
 */
@Entity
@Table(name = "REPORT_DOSSIER_STAT", uniqueConstraints = @UniqueConstraint(
        name = "UQ_REPORT_DOSSIER_STAT",
        columnNames = {"RUN_ID", "AGENCY_UNIT_ID", "PROCEDURE_CODE"}))
public class DossierStatistic {

    public static final String SEQUENCE = "REPORT_DOSSIER_STAT_SEQ";

    /** Must equal the sequence's INCREMENT BY. */
    public static final int ID_ALLOCATION = 50;

    /** Characters kept of names; the columns hold four bytes per character. */
    public static final int AGENCY_NAME_LENGTH = 600;
    public static final int FIELD_NAME_LENGTH = 500;
    public static final int PROCEDURE_NAME_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "DossierStatisticIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierStatisticIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "AGENCY_UNIT_ID", nullable = false)
    private long agencyUnitId;

    @Column(name = "AGENCY_CODE", nullable = false, length = 30)
    private String agencyCode;

    @Column(name = "AGENCY_NAME", nullable = false, length = 2400)
    private String agencyName;

    @Column(name = "FIELD_ID")
    private Long fieldId;

    @Column(name = "FIELD_NAME", length = 2000)
    private String fieldName;

    @Column(name = "PROCEDURE_CODE", nullable = false, length = 20)
    private String procedureCode;

    @Column(name = "PROCEDURE_NAME", nullable = false, length = 4000)
    private String procedureName;

    @Column(name = "CARRIED_OVER", nullable = false)
    private long carriedOver;

    @Column(name = "RECEIVED_ONLINE", nullable = false)
    private long receivedOnline;

    @Column(name = "RECEIVED_DESK", nullable = false)
    private long receivedDesk;

    @Column(name = "RECEIVED_POST", nullable = false)
    private long receivedPost;

    @Column(name = "SETTLED_EARLY", nullable = false)
    private long settledEarly;

    @Column(name = "SETTLED_ON_TIME", nullable = false)
    private long settledOnTime;

    @Column(name = "SETTLED_LATE", nullable = false)
    private long settledLate;

    @Column(name = "SETTLED_DAYS", nullable = false)
    private long settledDays;

    @Column(name = "PENDING_ON_TIME", nullable = false)
    private long pendingOnTime;

    @Column(name = "PENDING_OVERDUE", nullable = false)
    private long pendingOverdue;

    @Column(name = "PAUSED_SUPPLEMENT", nullable = false)
    private long pausedSupplement;

    @Column(name = "PAUSED_PAYMENT", nullable = false)
    private long pausedPayment;

    @Column(name = "WITHDRAWN", nullable = false)
    private long withdrawn;

    @Column(name = "RETURNED", nullable = false)
    private long returned;

    @Column(name = "REFUSED", nullable = false)
    private long refused;

    /** For JPA only. */
    protected DossierStatistic() {
    }

    public DossierStatistic(long runId, long agencyUnitId, String agencyCode, String agencyName,
            Long fieldId, String fieldName, String procedureCode, String procedureName,
            Figures f) {
        this.runId = runId;
        this.agencyUnitId = agencyUnitId;
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.agencyName = cut(Objects.requireNonNull(agencyName, "agencyName"),
                AGENCY_NAME_LENGTH);
        this.fieldId = fieldId;
        this.fieldName = cut(fieldName, FIELD_NAME_LENGTH);
        this.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
        this.procedureName = cut(Objects.requireNonNull(procedureName, "procedureName"),
                PROCEDURE_NAME_LENGTH);
        this.carriedOver = f.carriedOver();
        this.receivedOnline = f.receivedOnline();
        this.receivedDesk = f.receivedDesk();
        this.receivedPost = f.receivedPost();
        this.settledEarly = f.settledEarly();
        this.settledOnTime = f.settledOnTime();
        this.settledLate = f.settledLate();
        this.settledDays = f.settledDays();
        this.pendingOnTime = f.pendingOnTime();
        this.pendingOverdue = f.pendingOverdue();
        this.pausedSupplement = f.pausedSupplement();
        this.pausedPayment = f.pausedPayment();
        this.withdrawn = f.withdrawn();
        this.returned = f.returned();
        this.refused = f.refused();
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    public Figures figures() {
        return new Figures(carriedOver, receivedOnline, receivedDesk, receivedPost,
                settledEarly, settledOnTime, settledLate, pendingOnTime, pendingOverdue,
                pausedSupplement, pausedPayment, withdrawn, returned, refused, settledDays);
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getAgencyUnitId() {
        return agencyUnitId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getProcedureName() {
        return procedureName;
    }
}
