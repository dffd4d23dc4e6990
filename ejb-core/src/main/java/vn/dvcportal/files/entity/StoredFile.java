package vn.dvcportal.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import vn.dvcportal.platform.entity.InstantConverter;

/**
 * One distinct file content, kept once however many dossiers refer to it. The row carries no
 * name: the same content may be uploaded under many names, which belong to whoever refers to
 * it. Written once and never changed, so it has no version.
 */
@Entity
@Table(name = "STORED_FILE", uniqueConstraints = @UniqueConstraint(
        name = "UQ_STORED_FILE_SHA256", columnNames = "SHA256"))
@NamedQuery(name = StoredFile.BY_SHA256,
        query = "SELECT f FROM StoredFile f WHERE f.sha256 = :sha256")
public class StoredFile {

    /** The file with a content hash; parameter {@code sha256}, lower-case hexadecimal. */
    public static final String BY_SHA256 = "StoredFile.bySha256";

    /** Database sequence that feeds {@link #getId()}. */
    public static final String SEQUENCE = "STORED_FILE_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Longest media type kept; the accepted ones are plain ASCII. */
    public static final int MEDIA_TYPE_LENGTH = 100;

    /** Longest storage key kept: {@code ab/cd/} and 64 hexadecimal digits fit easily. */
    public static final int STORAGE_KEY_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "StoredFileIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "StoredFileIds")
    @Column(name = "ID")
    private Long id;

    /** Lower-case hexadecimal SHA-256 of the content. */
    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    /** The media type found in the content, never the one the browser declared. */
    @Column(name = "MEDIA_TYPE", nullable = false, length = MEDIA_TYPE_LENGTH)
    private String mediaType;

    /** Path relative to the store directory, with forward slashes. */
    @Column(name = "STORAGE_KEY", nullable = false, length = STORAGE_KEY_LENGTH)
    private String storageKey;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected StoredFile() {
    }

    public StoredFile(String sha256, long sizeBytes, String mediaType, String storageKey,
            Instant createdAt) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.sizeBytes = sizeBytes;
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
