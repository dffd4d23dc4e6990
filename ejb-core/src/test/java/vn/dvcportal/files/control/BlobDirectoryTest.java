package vn.dvcportal.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvcportal.identity.control.ValidationFailure;

class BlobDirectoryTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void keepsTheContentUnderItsHash() throws Exception {
        byte[] png = SampleFiles.png();
        BlobDirectory store = new BlobDirectory(root);

        BlobDirectory.Blob blob = store.store(new ByteArrayInputStream(png), MB);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(sha, blob.sha256());
        assertEquals(png.length, blob.size());
        assertEquals(FileKind.PNG, blob.kind());
        assertEquals(sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha,
                blob.storageKey());
        assertArrayEquals(png, Files.readAllBytes(root.resolve(blob.storageKey())));
        try (InputStream in = store.open(blob.storageKey())) {
            assertArrayEquals(png, in.readAllBytes());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void theSameContentIsKeptOnce() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        BlobDirectory store = new BlobDirectory(root);

        BlobDirectory.Blob first = store.store(new ByteArrayInputStream(pdf), MB);
        BlobDirectory.Blob second = store.store(new ByteArrayInputStream(pdf), MB);

        assertEquals(first, second);
        assertEquals(1, storedFiles().size());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void eachKindIsKept() throws Exception {
        BlobDirectory store = new BlobDirectory(root);
        for (byte[] content : List.of(SampleFiles.pdf(), SampleFiles.jpeg(), SampleFiles.png(),
                SampleFiles.docx(), SampleFiles.xlsx())) {
            store.store(new ByteArrayInputStream(content), MB);
        }
        assertEquals(5, storedFiles().size());
    }

    @Test
    void anEmptyUploadIsRefused() throws IOException {
        ValidationFailure refused = assertThrows(ValidationFailure.class, () ->
                new BlobDirectory(root).store(InputStream.nullInputStream(), 20 * MB));

        assertEquals("Tệp rỗng (0 byte). Vui lòng chọn tệp PDF, JPEG, PNG, DOCX hoặc XLSX,"
                + " tối đa 20 MB.", refused.problem("file"));
        assertEquals(List.of(), leftovers());
        assertEquals(List.of(), storedFiles());
    }

    @Test
    void aProgramIsRefusedAndNotKept() throws IOException {
        ValidationFailure refused = assertThrows(ValidationFailure.class, () ->
                new BlobDirectory(root).store(new ByteArrayInputStream(SampleFiles.exe()), MB));

        assertEquals("Tệp không phải PDF, JPEG, PNG, DOCX hoặc XLSX (đã kiểm tra nội dung tệp).",
                refused.problem("file"));
        assertEquals(List.of(), leftovers());
        assertEquals(List.of(), storedFiles());
    }

    @Test
    void aContentJustOverTheLimitIsRefused() throws IOException {
        byte[] pdf = SampleFiles.pdf();
        BlobDirectory store = new BlobDirectory(root);

        assertThrows(ValidationFailure.class,
                () -> store.store(new ByteArrayInputStream(pdf), pdf.length - 1));
        assertEquals(pdf.length, store.store(new ByteArrayInputStream(pdf), pdf.length).size());
        assertEquals(List.of(), leftovers());
    }

    /**
     * A stream of 8 GB that exists nowhere: were it held in memory or read to its end, the test
     * would run out of heap or time. Reading stops one byte past the limit.
     */
    @Test
    void readingStopsAsSoonAsTheLimitIsPassed() throws IOException {
        EndlessPdf upload = new EndlessPdf(8L * 1024 * MB);

        ValidationFailure refused = assertThrows(ValidationFailure.class,
                () -> new BlobDirectory(root).store(upload, 20 * MB));

        assertEquals("Tệp quá lớn: tối đa 20 MB.", refused.problem("file"));
        assertEquals(20 * MB + 1, upload.served);
        assertEquals(List.of(), leftovers());
        assertEquals(List.of(), storedFiles());
    }

    @Test
    void aBrokenUploadLeavesNothingBehind() throws IOException {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return '%';
            }
        };

        assertThrows(IOException.class, () -> new BlobDirectory(root).store(broken, MB));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void concurrentUploadsOfTheSameContentLeaveOneFile() throws Exception {
        byte[] docx = SampleFiles.docx();
        BlobDirectory store = new BlobDirectory(root);
        int uploads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<BlobDirectory.Blob>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.store(new ByteArrayInputStream(docx), MB);
                }));
            }
            start.countDown();
            Set<BlobDirectory.Blob> blobs = new HashSet<>();
            for (Future<BlobDirectory.Blob> result : results) {
                blobs.add(result.get());
            }
            assertEquals(1, blobs.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, storedFiles().size());
        assertArrayEquals(docx, Files.readAllBytes(storedFiles().get(0)));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aDamagedFileInPlaceIsReplaced() throws Exception {
        byte[] png = SampleFiles.png();
        BlobDirectory store = new BlobDirectory(root);
        String key = store.store(new ByteArrayInputStream(png), MB).storageKey();
        Files.write(root.resolve(key), new byte[] {1, 2, 3});

        store.store(new ByteArrayInputStream(png), MB);

        assertArrayEquals(png, Files.readAllBytes(root.resolve(key)));
    }

    @Test
    void onlyKeysOfTheStoreAreOpened() {
        BlobDirectory store = new BlobDirectory(root);
        for (String key : new String[] {"../../etc/passwd", "ab/cd/../../x", "/etc/passwd",
            "AB/CD/" + "A".repeat(64), "", null}) {
            assertThrows(IllegalArgumentException.class, () -> store.open(key), key);
        }
    }

    private List<Path> leftovers() throws IOException {
        Path incoming = root.resolve("incoming");
        if (!Files.exists(incoming)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.toList();
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(root.resolve("incoming"))).toList();
        }
    }

    /** A PDF header, then as many bytes as asked, made up as they are read. */
    private static final class EndlessPdf extends InputStream {

        private final long length;
        private long served;

        EndlessPdf(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                b[off + i] = at < 5 ? (byte) "%PDF-".charAt((int) at) : (byte) 'x';
            }
            served += n;
            return n;
        }
    }
}
