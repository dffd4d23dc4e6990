package vn.dvcportal.files.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvcportal.files.control.BlobDirectory;
import vn.dvcportal.files.control.FileSettings;
import vn.dvcportal.files.control.SampleFiles;
import vn.dvcportal.files.control.StoredFileRows;
import vn.dvcportal.files.control.StoredFileWriter;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.platform.TestDatabase;

/**
 * The store on an H2 database with the real schema and mapping; the writer's own transaction
 * is played by a second entity manager, as the container's REQUIRES_NEW would.
 */
class FileStoreTest {

    private static final long MB = 1024 * 1024;

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabase.open("file-store");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void theSameContentUploadedTwiceIsOneRowAndOneFile() throws Exception {
        byte[] pdf = pdf("twice");

        StoredFile first = db.inTransaction(em -> store(em, () -> { })
                .store(new ByteArrayInputStream(pdf), "Giấy khai sinh.pdf", MB));
        StoredFile second = db.inTransaction(em -> store(em, () -> { })
                .store(new ByteArrayInputStream(pdf), "Bản sao.pdf", MB));

        assertEquals(first.getId(), second.getId());
        assertEquals("application/pdf", first.getMediaType());
        assertEquals(pdf.length, first.getSizeBytes());
        assertEquals(1, rowsOf(first.getSha256()));
        assertEquals(1, filesInStore());
        try (InputStream in = store(null, () -> { }).open(first)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
    }

    @Test
    void anUploadThatLosesTheRaceUsesTheWinnersRow() throws Exception {
        byte[] docx = SampleFiles.docx();
        AtomicInteger winners = new AtomicInteger();
        // Between this upload's look-up and its insert, another upload records the content.
        Runnable otherUploadFirst = () -> winners.set(db.inTransaction(em -> store(em, () -> { })
                .store(new ByteArrayInputStream(docx), "Đơn.docx", MB)).getId().intValue());

        StoredFile mine = db.inTransaction(em -> store(em, otherUploadFirst)
                .store(new ByteArrayInputStream(docx), "Đơn đề nghị.docx", MB));

        assertEquals(winners.get(), mine.getId().intValue());
        assertEquals(1, rowsOf(mine.getSha256()));
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                mine.getMediaType());
    }

    @Test
    void refusedUploadsLeaveNoRowAndNoFile() throws Exception {
        int rows = db.count("SELECT COUNT(*) FROM STORED_FILE");
        for (byte[] content : new byte[][] {SampleFiles.exe(), new byte[0],
            SampleFiles.plainZip(), pdf("x".repeat((int) MB))}) {
            ValidationFailure refused = assertThrows(ValidationFailure.class, () ->
                    db.inTransaction(em -> store(em, () -> { })
                            .store(new ByteArrayInputStream(content), "Hồ sơ.pdf", MB)));
            assertTrue(refused.problem("file") != null, refused.getMessage());
        }
        assertEquals(rows, db.count("SELECT COUNT(*) FROM STORED_FILE"));
        assertEquals(0, filesInStore());
    }

    @Test
    void aNameTooLongIsRefusedBeforeAnythingIsRead() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("the upload was read");
            }
        };
        ValidationFailure refused = assertThrows(ValidationFailure.class, () ->
                store(null, () -> { }).store(untouchable, "ệ".repeat(300), MB));
        assertTrue(refused.problem("file").startsWith("Tên tệp quá dài"));
    }

    @Test
    void statesWhatItAccepts() {
        FileStore store = store(null, () -> { });
        assertEquals(MB, store.maxBytes());
        assertEquals("PDF, JPEG, PNG, DOCX hoặc XLSX; tối đa 1 MB mỗi tệp",
                store.acceptedTypesText());
    }

    @Test
    void everyPublicMethodNamesItsCallers() {
        assertTrue(FileStore.class.isAnnotationPresent(Stateless.class));
        for (Class<?> bean : new Class<?>[] {FileStore.class, StoredFileWriter.class}) {
            for (Method m : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    assertTrue(m.isAnnotationPresent(PermitAll.class)
                            ^ m.isAnnotationPresent(RolesAllowed.class), m.getName());
                }
            }
        }
    }

    private FileStore store(EntityManager em, Runnable beforeInsert) {
        FileStore store = new FileStore();
        store.em = em;
        store.writer = new OwnTransactionWriter(beforeInsert);
        store.configure(new FileSettings(dir, MB));
        return store;
    }

    private int rowsOf(String sha256) throws Exception {
        return db.count("SELECT COUNT(*) FROM STORED_FILE WHERE SHA256 = '" + sha256 + "'");
    }

    private long filesInStore() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A real PDF made distinct by a comment after its end, so tests do not share rows. */
    private static byte[] pdf(String tag) {
        byte[] pdf = SampleFiles.pdf();
        byte[] comment = ("%" + tag + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[pdf.length + comment.length];
        System.arraycopy(pdf, 0, all, 0, pdf.length);
        System.arraycopy(comment, 0, all, pdf.length, comment.length);
        return all;
    }

    /** What the container makes of the writer: its insert in a transaction of its own. */
    private static final class OwnTransactionWriter extends StoredFileWriter {

        private final Runnable beforeInsert;

        OwnTransactionWriter(Runnable beforeInsert) {
            this.beforeInsert = beforeInsert;
        }

        @Override
        public Optional<Long> insert(BlobDirectory.Blob blob) {
            beforeInsert.run();
            return db.inTransaction(em -> {
                try {
                    return Optional.of(new StoredFileRows(em).insert(blob, Instant.now())
                            .getId());
                } catch (PersistenceException e) {
                    em.getTransaction().setRollbackOnly();
                    return Optional.empty();
                }
            });
        }
    }
}
