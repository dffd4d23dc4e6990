package vn.dvcportal.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

/**
 * One application for one procedure, from the applicant's draft to its closing. What the
 * dossier was submitted with (procedure name, agency, applicant, required documents, time
 * allowed) is copied in, so that a later change to the catalogue or to a profile does not
 * rewrite the record of what was asked and promised.
 */
@Entity
@Table(name = "DOSSIER",
        uniqueConstraints = @UniqueConstraint(name = "UQ_DOSSIER_CODE", columnNames = "CODE"),
        indexes = {
            @Index(name = "IX_DOSSIER_APPLICANT", columnList = "APPLICANT_LOGIN"),
            @Index(name = "IX_DOSSIER_AGENCY_STEP", columnList = "AGENCY_UNIT_ID,STEP"),
            @Index(name = "IX_DOSSIER_DUE", columnList = "DUE_AT")
        })
@NamedQueries({
    @NamedQuery(name = Dossier.BY_CODE,
            query = "SELECT d FROM Dossier d WHERE d.code = :code"),
    @NamedQuery(name = Dossier.OPEN_DRAFT,
            query = "SELECT d FROM Dossier d WHERE d.applicantLogin = :login"
                    + " AND d.procedureCode = :procedureCode"
                    + " AND d.step = vn.dvcportal.dossier.entity.DossierStep.DRAFT"
                    + " ORDER BY d.updatedAt DESC, d.id DESC"),
    @NamedQuery(name = Dossier.OF_APPLICANT,
            query = "SELECT d FROM Dossier d WHERE d.applicantLogin = :login"
                    + " ORDER BY d.updatedAt DESC, d.id DESC")
})
public class Dossier {

    /** The dossier with a code; parameter {@code code}. */
    public static final String BY_CODE = "Dossier.byCode";

    /** The applicant's drafts for a procedure, latest first; {@code login, procedureCode}. */
    public static final String OPEN_DRAFT = "Dossier.openDraft";

    /** Every dossier of an applicant, drafts included, latest first; {@code login}. */
    public static final String OF_APPLICANT = "Dossier.ofApplicant";

    public static final String SEQUENCE = "DOSSIER_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Characters kept of names and addresses; the columns hold four bytes per character. */
    public static final int NAME_LENGTH = 600;
    public static final int PROCEDURE_NAME_LENGTH = 1000;
    public static final int ADDRESS_LENGTH = 1000;
    public static final int SEARCH_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "DossierIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierIds")
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    /** Empty while a draft: the code is given on submission. */
    @Column(name = "CODE", length = 60)
    private String code;

    @Column(name = "PROCEDURE_CODE", nullable = false, length = 20)
    private String procedureCode;

    @Column(name = "PROCEDURE_NAME", nullable = false, length = 4000)
    private String procedureName;

    @Lob
    @Column(name = "CASE_NAME")
    private String caseName;

    @Column(name = "AGENCY_UNIT_ID", nullable = false)
    private Long agencyUnitId;

    @Column(name = "AGENCY_CODE", nullable = false, length = 30)
    private String agencyCode;

    @Column(name = "AGENCY_NAME", nullable = false, length = 2400)
    private String agencyName;

    @Column(name = "APPLICANT_LOGIN", nullable = false, length = 100)
    private String applicantLogin;

    @Column(name = "APPLICANT_NAME", nullable = false, length = 2400)
    private String applicantName;

    @Column(name = "APPLICANT_ID_NO", length = 20)
    private String applicantIdNo;

    @Column(name = "APPLICANT_PHONE", length = 20)
    private String applicantPhone;

    @Column(name = "APPLICANT_EMAIL", length = 254)
    private String applicantEmail;

    @Column(name = "APPLICANT_ADDRESS", length = 4000)
    private String applicantAddress;

    /** A JSON object of form field key to value. */
    @Lob
    @Column(name = "FORM_DATA")
    private String formData;

    /** The procedure's documents when the draft began, as a JSON array. */
    @Lob
    @Column(name = "DOCUMENTS")
    private String documents;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY", length = 10)
    private Delivery delivery;

    @Column(name = "POSTAL_ADDRESS", length = 4000)
    private String postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 10)
    private SubmissionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "STEP", nullable = false, length = 30)
    private DossierStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20)
    private Outcome outcome;

    /** What the processor proposed, for the approver to confirm; empty otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "PROPOSED_OUTCOME", length = 20)
    private Outcome proposedOutcome;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "RECEIVED_AT")
    private Instant receivedAt;

    @Column(name = "DUE_AT")
    private Instant dueAt;

    /** How the due date was found: a JSON object with start, working days, days skipped. */
    @Lob
    @Column(name = "DUE_BASIS")
    private String dueBasis;

    @Column(name = "TIME_VALUE", precision = 10, scale = 2)
    private BigDecimal timeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIME_UNIT", length = 20)
    private ProcessingTimeUnit timeUnit;

    @Column(name = "EXTENDED_AT")
    private Instant extendedAt;

    @Lob
    @Column(name = "EXTENSION_REASON")
    private String extensionReason;

    @Column(name = "PREVIOUS_DUE_AT")
    private Instant previousDueAt;

    /** When the clock stopped to wait for the applicant. */
    @Column(name = "PAUSED_AT")
    private Instant pausedAt;

    @Column(name = "PROCESSOR_LOGIN", length = 100)
    private String processorLogin;

    @Column(name = "PROCESSOR_NAME", length = 2400)
    private String processorName;

    /** The department of the assigned processor. */
    @Column(name = "DEPARTMENT_UNIT_ID")
    private Long departmentUnitId;

    /** When the result was approved. */
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "RETURNED_AT")
    private Instant returnedAt;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    /** Code, applicant and procedure folded for searching (no marks, no case). */
    @Column(name = "SEARCH_TEXT", length = 4000)
    private String searchText;

    /** For JPA only. */
    protected Dossier() {
    }

    /** A new draft of an applicant for a procedure received by an agency. */
    public Dossier(String procedureCode, String procedureName, long agencyUnitId,
            String agencyCode, String agencyName, String applicantLogin, String applicantName,
            Instant now) {
        this.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
        this.procedureName = cut(Objects.requireNonNull(procedureName, "procedureName"),
                PROCEDURE_NAME_LENGTH);
        this.agencyUnitId = agencyUnitId;
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.agencyName = cut(Objects.requireNonNull(agencyName, "agencyName"), NAME_LENGTH);
        this.applicantLogin = Objects.requireNonNull(applicantLogin, "applicantLogin");
        this.applicantName = cut(Objects.requireNonNull(applicantName, "applicantName"),
                NAME_LENGTH);
        this.channel = SubmissionChannel.ONLINE;
        this.step = DossierStep.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** Cuts text to at most {@code max} characters so that it fits its column. */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public String getCaseName() {
        return caseName;
    }

    public void setCaseName(String caseName) {
        this.caseName = caseName;
    }

    public Long getAgencyUnitId() {
        return agencyUnitId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getApplicantLogin() {
        return applicantLogin;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = cut(applicantName, NAME_LENGTH);
    }

    public String getApplicantIdNo() {
        return applicantIdNo;
    }

    public void setApplicantIdNo(String applicantIdNo) {
        this.applicantIdNo = cut(applicantIdNo, 20);
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = cut(applicantPhone, 20);
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = cut(applicantEmail, 254);
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public void setApplicantAddress(String applicantAddress) {
        this.applicantAddress = cut(applicantAddress, ADDRESS_LENGTH);
    }

    public String getFormData() {
        return formData;
    }

    public void setFormData(String formData) {
        this.formData = formData;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = cut(postalAddress, ADDRESS_LENGTH);
    }

    public SubmissionChannel getChannel() {
        return channel;
    }

    public void setChannel(SubmissionChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    public DossierStep getStep() {
        return step;
    }

    public void setStep(DossierStep step) {
        this.step = Objects.requireNonNull(step, "step");
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome getProposedOutcome() {
        return proposedOutcome;
    }

    public void setProposedOutcome(Outcome proposedOutcome) {
        this.proposedOutcome = proposedOutcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public String getDueBasis() {
        return dueBasis;
    }

    public void setDueBasis(String dueBasis) {
        this.dueBasis = dueBasis;
    }

    public BigDecimal getTimeValue() {
        return timeValue;
    }

    public ProcessingTimeUnit getTimeUnit() {
        return timeUnit;
    }

    public void setProcessingTime(BigDecimal timeValue, ProcessingTimeUnit timeUnit) {
        this.timeValue = timeValue;
        this.timeUnit = timeUnit;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Instant getPreviousDueAt() {
        return previousDueAt;
    }

    /** Puts the due date back, keeping the date it replaces. */
    public void extend(Instant newDue, String reason, Instant at) {
        this.previousDueAt = this.dueAt;
        this.dueAt = Objects.requireNonNull(newDue, "newDue");
        this.extensionReason = reason;
        this.extendedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isExtended() {
        return extendedAt != null;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public void setPausedAt(Instant pausedAt) {
        this.pausedAt = pausedAt;
    }

    public String getProcessorLogin() {
        return processorLogin;
    }

    public String getProcessorName() {
        return processorName;
    }

    public Long getDepartmentUnitId() {
        return departmentUnitId;
    }

    public void assignTo(String login, String name, Long departmentUnitId) {
        this.processorLogin = login;
        this.processorName = cut(name, NAME_LENGTH);
        this.departmentUnitId = departmentUnitId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public void setReturnedAt(Instant returnedAt) {
        this.returnedAt = returnedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = cut(searchText, SEARCH_LENGTH);
    }

    @Override
    public String toString() {
        return "Dossier[" + id + ", " + (code == null ? "draft" : code) + ", " + step + "]";
    }
}
