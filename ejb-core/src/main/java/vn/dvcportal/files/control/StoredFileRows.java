package vn.dvcportal.files.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import vn.dvcportal.files.entity.StoredFile;

/** The persistence work on stored-file rows, in whatever transaction the caller has. */
public final class StoredFileRows {

    private final EntityManager em;

    public StoredFileRows(EntityManager em) {
        this.em = em;
    }

    /** The row of a content, if it was stored before. */
    public Optional<StoredFile> bySha256(String sha256) {
        return em.createNamedQuery(StoredFile.BY_SHA256, StoredFile.class)
                .setParameter("sha256", sha256).getResultStream().findFirst();
    }

    /**
     * Inserts the row of a content now, so that a row with the same SHA-256 written meanwhile
     * makes this call fail rather than the commit.
     *
     * @throws jakarta.persistence.PersistenceException when the content has a row already;
     *                                                 the transaction is then lost
     */
    public StoredFile insert(BlobDirectory.Blob blob, Instant now) {
        StoredFile file = new StoredFile(blob.sha256(), blob.size(), blob.kind().mediaType(),
                blob.storageKey(), now);
        em.persist(file);
        em.flush();
        return file;
    }
}
