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
import vn.dvcportal.files.entity.StoredFile;

/**
 * A file of a dossier: its content is a stored file, shared when the same bytes are handed in
 * twice; the row says for which required document, why, by whom and under which name.
 */
@Entity
@Table(name = "DOSSIER_FILE", indexes = {
    @Index(name = "IX_DOSSIER_FILE_DOSSIER", columnList = "DOSSIER_ID"),
    @Index(name = "IX_DOSSIER_FILE_STORED", columnList = "STORED_FILE_ID")
})
@NamedQueries({
    @NamedQuery(name = DossierFile.OF_DOSSIER,
            query = "SELECT f FROM DossierFile f WHERE f.dossier.id = :dossierId"
                    + " AND f.removed = FALSE ORDER BY f.part, f.id"),
    @NamedQuery(name = DossierFile.OF_APPLICANT,
            query = "SELECT f FROM DossierFile f JOIN f.dossier d"
                    + " WHERE d.applicantLogin = :login AND f.removed = FALSE"
                    + " AND d.step <> vn.dvcportal.dossier.entity.DossierStep.DRAFT"
                    + " AND f.kind IN (vn.dvcportal.dossier.entity.DossierFileKind.APPLICANT,"
                    + " vn.dvcportal.dossier.entity.DossierFileKind.SUPPLEMENT)"
                    + " ORDER BY f.uploadedAt DESC, f.id DESC")
})
public class DossierFile {

    /** Files of a dossier not removed, by part; parameter {@code dossierId}. */
    public static final String OF_DOSSIER = "DossierFile.ofDossier";

    /**
     * Files an applicant handed in on dossiers submitted, latest first; parameter
     * {@code login}. Files of drafts are left out: they are in the draft already, and a
     * draft's files have not been handed in.
     */
    public static final String OF_APPLICANT = "DossierFile.ofApplicant";

    public static final String SEQUENCE = "DOSSIER_FILE_SEQ";

    public static final int ID_ALLOCATION = 50;

    /** The part of a file that answers no required document. */
    public static final int OTHER_PART = -1;

    @Id
    @SequenceGenerator(name = "DossierFileIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DossierFileIds")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "DOSSIER_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_DOSSIER_FILE_DOSSIER"))
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STORED_FILE_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_DOSSIER_FILE_STORED"))
    private StoredFile storedFile;

    /** Index of the required document in the dossier's documents, or {@link #OTHER_PART}. */
    @Column(name = "PART_NO", nullable = false)
    private int part;

    @Lob
    @Column(name = "PART_NAME")
    private String partName;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private DossierFileKind kind;

    @Column(name = "ORIGINAL_NAME", nullable = false, length = 1020)
    private String originalName;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    private String uploadedBy;

    /** Taken out of a draft; kept so that a file handed in once is never lost. */
    @Column(name = "REMOVED", nullable = false)
    private boolean removed;

    /** For JPA only. */
    protected DossierFile() {
    }

    public DossierFile(Dossier dossier, StoredFile storedFile, int part, String partName,
            DossierFileKind kind, String originalName, Instant uploadedAt, String uploadedBy) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.storedFile = Objects.requireNonNull(storedFile, "storedFile");
        this.part = part;
        this.partName = partName;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.originalName = Dossier.cut(Objects.requireNonNull(originalName, "originalName"),
                255);
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public StoredFile getStoredFile() {
        return storedFile;
    }

    public int getPart() {
        return part;
    }

    public String getPartName() {
        return partName;
    }

    public DossierFileKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public boolean isRemoved() {
        return removed;
    }

    public void remove() {
        this.removed = true;
    }

    @Override
    public String toString() {
        return "DossierFile[" + id + ", part " + part + ", " + kind + "]";
    }
}
