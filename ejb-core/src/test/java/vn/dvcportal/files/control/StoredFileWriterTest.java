package vn.dvcportal.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.SessionContext;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.platform.TestDatabase;

/** The unique key keeps one row per content, and the writer turns a duplicate into empty. */
class StoredFileWriterTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabase.open("stored-file-writer");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void aSecondRowForTheSameContentIsRefusedByTheDatabase() throws Exception {
        BlobDirectory.Blob blob = blob("1");
        StoredFile first = db.inTransaction(em -> new StoredFileRows(em).insert(blob, now()));

        assertThrows(PersistenceException.class, () -> db.inTransaction(
                em -> new StoredFileRows(em).insert(blob, now())));

        StoredFile found = db.inTransaction(em ->
                new StoredFileRows(em).bySha256(blob.sha256()).orElseThrow());
        assertEquals(first.getId(), found.getId());
        assertEquals(blob.size(), found.getSizeBytes());
        assertEquals("application/pdf", found.getMediaType());
        assertEquals(blob.storageKey(), found.getStorageKey());
        assertEquals(1, db.count("SELECT COUNT(*) FROM STORED_FILE WHERE SHA256 = '"
                + blob.sha256() + "'"));
    }

    @Test
    void theWriterReportsADuplicateAsEmptyAndRollsItsTransactionBack() {
        BlobDirectory.Blob blob = blob("2");
        AtomicBoolean rolledBack = new AtomicBoolean();

        Optional<Long> first = db.inTransaction(em -> writer(em, rolledBack).insert(blob));
        Optional<Long> second = db.inTransaction(em -> writer(em, rolledBack).insert(blob));

        assertTrue(first.isPresent());
        assertTrue(first.get() > 0);
        assertFalse(second.isPresent());
        assertTrue(rolledBack.get());
    }

    private static StoredFileWriter writer(jakarta.persistence.EntityManager em,
            AtomicBoolean rolledBack) {
        StoredFileWriter writer = new StoredFileWriter();
        writer.em = em;
        writer.context = (SessionContext) Proxy.newProxyInstance(
                SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setRollbackOnly")) {
                        rolledBack.set(true);
                        em.getTransaction().setRollbackOnly();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return writer;
    }

    private static BlobDirectory.Blob blob(String digit) {
        String sha = digit.repeat(64);
        return new BlobDirectory.Blob(sha, 1234, FileKind.PDF, BlobDirectory.storageKey(sha));
    }

    private static Instant now() {
        return Instant.now();
    }
}
