package vn.dvcportal.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.files.control.BlobDirectory;
import vn.dvcportal.files.control.FileSettings;
import vn.dvcportal.files.control.StoredFileRows;
import vn.dvcportal.files.control.StoredFileWriter;
import vn.dvcportal.files.control.UploadNames;
import vn.dvcportal.files.control.UploadRules;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * Keeps uploaded files and reads them back. Only other features' beans call it; they decide
 * who may upload and download what, and keep the names users gave. Each distinct content is
 * kept once, as one file and one {@link StoredFile} row, whoever uploads it and however often.
 */
@Stateless
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @EJB
    StoredFileWriter writer;

    private FileSettings settings;
    private BlobDirectory directory;

    @PostConstruct
    void configure() {
        configure(FileSettings.current());
    }

    void configure(FileSettings settings) {
        this.settings = settings;
        this.directory = new BlobDirectory(settings.directory());
    }

    /**
     * Keeps the content of the stream, read to its end but never whole in memory, if it is a
     * PDF, JPEG, PNG, DOCX or XLSX file by its content, and returns its row: the existing one
     * when the same content was kept before. Does not close the stream.
     *
     * @param declaredName the name the user gave; only checked here (see
     *                     {@link UploadNames#clean}), the caller keeps it
     * @param maxBytes     the largest size accepted, normally {@link #maxBytes()}
     * @throws ValidationFailure on field {@code file}, with a Vietnamese message naming what
     *                           is accepted, when the name is unusable or the content empty,
     *                           too large or of no accepted kind; it rolls back the caller's
     *                           transaction, as every ValidationFailure does
     */
    @PermitAll
    public StoredFile store(InputStream in, String declaredName, long maxBytes) {
        Objects.requireNonNull(in, "in");
        String name = UploadNames.clean(declaredName);
        BlobDirectory.Blob blob;
        try {
            blob = directory.store(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload " + name, e);
        }
        StoredFileRows rows = new StoredFileRows(em);
        Optional<StoredFile> known = rows.bySha256(blob.sha256());
        if (known.isPresent()) {
            LOG.log(Level.FINE, "Upload {0} is stored file {1} already",
                    new Object[] {name, known.get().getId()});
            return known.get();
        }
        StoredFile stored = writer.insert(blob)
                .map(id -> em.find(StoredFile.class, id))
                .or(() -> rows.bySha256(blob.sha256()))
                .orElseThrow(() -> new IllegalStateException("Stored file " + blob.sha256()
                        + " could neither be inserted nor found; see the log of "
                        + StoredFileWriter.class.getName()));
        LOG.log(Level.FINE, "Upload {0} stored as file {1} ({2}, {3} bytes)",
                new Object[] {name, stored.getId(), blob.kind(), blob.size()});
        return stored;
    }

    /**
     * The content of a stored file, for the caller to close.
     *
     * @throws UncheckedIOException when its file is missing from the store directory
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InputStream open(StoredFile file) {
        Objects.requireNonNull(file, "file");
        try {
            return directory.open(file.getStorageKey());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "Stored file " + file.getId() + " cannot be read"
                    + " from " + directory.root());
            throw new UncheckedIOException("Stored file " + file.getId() + " cannot be read", e);
        }
    }

    /** The largest upload accepted, in bytes (setting {@code dvc.upload.max-bytes}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long maxBytes() {
        return settings.maxBytes();
    }

    /**
     * What is accepted, in Vietnamese, to show beside a file input:
     * {@code PDF, JPEG, PNG, DOCX hoặc XLSX; tối đa 20 MB mỗi tệp}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String acceptedTypesText() {
        return UploadRules.acceptedText(maxBytes());
    }
}
