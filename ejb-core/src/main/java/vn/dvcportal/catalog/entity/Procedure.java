package vn.dvcportal.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An administrative procedure (thủ tục hành chính) as the national procedure database publishes
 * it, identified by its national code such as {@code 1.000771}.
 *
 * <p>The catalogue is the source of truth: a re-import replaces the whole content of a procedure
 * whose source record changed, recognised by {@link #getContentHash() the hash of that record},
 * and leaves an unchanged one untouched. So importing the same file twice changes nothing, and
 * the code stays the stable key that public URLs carry.
 */
@Entity
@Table(name = "CATALOG_PROCEDURE")
@NamedQuery(name = Procedure.FIND_BY_CODE, query = "SELECT p FROM Procedure p WHERE p.code = :code")
@NamedQuery(name = Procedure.FIND_BY_CODES,
        query = "SELECT p FROM Procedure p WHERE p.code IN :codes")
@NamedQuery(name = Procedure.FIND_ALL_CODES,
        query = "SELECT p.code FROM Procedure p ORDER BY p.code")
public class Procedure {

    public static final String FIND_BY_CODE = "Procedure.findByCode";
    public static final String FIND_BY_CODES = "Procedure.findByCodes";
    public static final String FIND_ALL_CODES = "Procedure.findAllCodes";

    @Id
    @SequenceGenerator(name = "procedureSeq", sequenceName = "CATALOG_PROCEDURE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedureSeq")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 20, updatable = false)
    private String code;

    @Column(name = "NAME", nullable = false, length = 4000)
    private String name;

    @Column(name = "DECISION", length = 200)
    private String decision;

    @Column(name = "PROC_TYPE", length = 500)
    private String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "FIELD_ID")
    private ProcedureField field;

    @ElementCollection
    @CollectionTable(name = "CATALOG_PROCEDURE_LEVEL",
            joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    @Column(name = "LEVEL_NAME", length = 100)
    private List<String> levels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CATALOG_PROCEDURE_AUDIENCE",
            joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    @Column(name = "AUDIENCE", length = 1000)
    private List<String> audiences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "PROC_AGENCY", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    private List<AgencyAssignment> agencies = new ArrayList<>();

    @Lob
    @Column(name = "SUBMISSION_ADDRESS")
    private String submissionAddress;

    @ElementCollection
    @CollectionTable(name = "PROC_STEP", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    private List<ProcedureStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "PROCEDURE_ID")
    @OrderColumn(name = "POS")
    private List<ProcedureChannel> channels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "PROC_DOCUMENT", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    private List<RequiredDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "PROC_LEGAL_BASIS", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    private List<LegalBasis> legalBases = new ArrayList<>();

    @Lob
    @Column(name = "CONDITIONS")
    private String conditions;

    @ElementCollection
    @CollectionTable(name = "PROC_RESULT", joinColumns = @JoinColumn(name = "PROCEDURE_ID"))
    @OrderColumn(name = "POS")
    private List<ProcedureResult> results = new ArrayList<>();

    @Lob
    @Column(name = "RELATED_PROCEDURES")
    private String relatedProcedures;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_LEVEL", length = 20)
    private ServiceLevel serviceLevel;

    @Column(name = "DETAIL_URL", length = 1000)
    private String detailUrl;

    @Column(name = "SOURCE", length = 100)
    private String source;

    @Column(name = "CONTENT_HASH", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Procedure() {
    }

    public Procedure(String code) {
        this.code = Objects.requireNonNull(code, "A procedure needs its national code");
    }

    /** Replaces every part of the content with what the catalogue now says. */
    public void replaceContent(Content content, String contentHash, Instant now) {
        this.name = Objects.requireNonNull(content.name(), "A procedure needs a name");
        this.decision = content.decision();
        this.type = content.type();
        this.field = content.field();
        this.levels = new ArrayList<>(content.levels());
        this.audiences = new ArrayList<>(content.audiences());
        this.agencies = new ArrayList<>(content.agencies());
        this.submissionAddress = content.submissionAddress();
        this.steps = new ArrayList<>(content.steps());
        this.channels.clear();
        this.channels.addAll(content.channels());
        this.documents = new ArrayList<>(content.documents());
        this.legalBases = new ArrayList<>(content.legalBases());
        this.conditions = content.conditions();
        this.results = new ArrayList<>(content.results());
        this.relatedProcedures = content.relatedProcedures();
        this.serviceLevel = content.serviceLevel();
        this.detailUrl = content.detailUrl();
        this.source = content.source();
        this.contentHash = Objects.requireNonNull(contentHash);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Everything a procedure says, as one value, so that it is replaced as a whole. */
    public record Content(String name, String decision, String type, ProcedureField field,
            List<String> levels, List<String> audiences, List<AgencyAssignment> agencies,
            String submissionAddress, List<ProcedureStep> steps, List<ProcedureChannel> channels,
            List<RequiredDocument> documents, List<LegalBasis> legalBases, String conditions,
            List<ProcedureResult> results, String relatedProcedures, ServiceLevel serviceLevel,
            String detailUrl, String source) {
    }

    public boolean offers(ChannelKind kind) {
        return channels.stream().anyMatch(c -> c.getKind() == kind);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDecision() {
        return decision;
    }

    public String getType() {
        return type;
    }

    public ProcedureField getField() {
        return field;
    }

    public List<String> getLevels() {
        return levels;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public List<AgencyAssignment> getAgencies() {
        return agencies;
    }

    public String getSubmissionAddress() {
        return submissionAddress;
    }

    public List<ProcedureStep> getSteps() {
        return steps;
    }

    public List<ProcedureChannel> getChannels() {
        return channels;
    }

    public List<RequiredDocument> getDocuments() {
        return documents;
    }

    public List<LegalBasis> getLegalBases() {
        return legalBases;
    }

    public String getConditions() {
        return conditions;
    }

    public List<ProcedureResult> getResults() {
        return results;
    }

    public String getRelatedProcedures() {
        return relatedProcedures;
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public String getDetailUrl() {
        return detailUrl;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
