package vn.dvcportal.files.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Inserts a stored-file row in a transaction of its own. When another upload of the same
 * content inserts first, the unique key refuses this row; that failure must not cost the
 * caller its own transaction (the dossier the file is attached to), so it happens here, where
 * only this insert is rolled back, and the caller then reads the other upload's row.
 */
@Stateless
public class StoredFileWriter {

    private static final Logger LOG = Logger.getLogger(StoredFileWriter.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * The id of the new row, or empty when the content could not be inserted, normally
     * because another upload of it was recorded at the same moment.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> insert(BlobDirectory.Blob blob) {
        try {
            return Optional.of(new StoredFileRows(em).insert(blob, Instant.now()).getId());
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            LOG.log(Level.FINE, e, () -> "Could not insert stored file " + blob.sha256()
                    + "; another upload of the same content is the likely cause");
            return Optional.empty();
        }
    }
}
