package vn.dvcportal.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The directory that holds every accepted content once, at {@code ab/cd/<sha256>} after the
 * first hexadecimal digits of its SHA-256, so that no folder grows too large to list.
 *
 * <p>An upload is streamed into {@code incoming/} while it is hashed, never held in memory,
 * checked there, then renamed into place. Incoming files sit on the same file system as their
 * final place, so the rename is atomic: a reader finds a complete file or none, and two
 * uploads of the same content at once leave one identical file. Whatever is refused is
 * deleted before the refusal is reported.
 */
public final class BlobDirectory {

    /** A content now in the directory. */
    public record Blob(String sha256, long size, FileKind kind, String storageKey) {
    }

    private static final Logger LOG = Logger.getLogger(BlobDirectory.class.getName());

    private static final Pattern STORAGE_KEY =
            Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path incoming;

    public BlobDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
    }

    public Path root() {
        return root;
    }

    /**
     * Reads the stream to its end, or until it passes {@code maxBytes}, and keeps its content
     * if it is of an accepted kind. Does not close the stream.
     *
     * @throws ValidationFailure when the content is empty, longer than {@code maxBytes} (read
     *                           no further than one byte past it) or of no accepted kind
     * @throws IOException       when the stream or the directory fails
     */
    public Blob store(InputStream in, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Files.createDirectories(incoming);
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = copy(in, temp, sha256, maxBytes);
            if (size == 0) {
                throw UploadRules.empty(maxBytes);
            }
            FileKind kind = ContentSniffer.detect(temp).orElseThrow(UploadRules::notAccepted);
            String hash = HexFormat.of().formatHex(sha256.digest());
            String key = storageKey(hash);
            place(temp, root.resolve(key), size);
            return new Blob(hash, size, kind, key);
        } catch (ValidationFailure refused) {
            LOG.log(Level.FINE, "Upload refused: {0}", refused.getMessage());
            throw refused;
        } finally {
            // Gone already when the content was moved into place.
            Files.deleteIfExists(temp);
        }
    }

    /** The file of a content stored earlier. */
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(resolve(storageKey));
    }

    /**
     * Where a content lives. Only keys of the form this directory writes are taken, so a key
     * from a damaged row can never name a file outside it.
     */
    public Path resolve(String storageKey) {
        if (storageKey == null || !STORAGE_KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return root.resolve(storageKey);
    }

    /** {@code ab/cd/abcd...}: the key of a content with that SHA-256. */
    public static String storageKey(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /**
     * Copies into {@code target} while hashing; stops as soon as more than {@code maxBytes}
     * have come, since a client may send without end. Forced to disk before it returns: the
     * row that will name the file must not outlive it in a crash.
     */
    private static long copy(InputStream in, Path target, MessageDigest digest, long maxBytes)
            throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            while (true) {
                int wanted = (int) Math.min(buffer.length, maxBytes + 1 - size);
                int n = in.read(buffer, 0, wanted);
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > maxBytes) {
                    throw UploadRules.tooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return size;
    }

    /**
     * Moves the checked file to its place, unless the same content is there already. A file
     * of the wrong size there can only be damage, and is replaced.
     */
    private static void place(Path temp, Path target, long size) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentJustStored) {
            // Another upload of the same content got there first; its file is this one.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The store directory " + target.getParent()
                    + " cannot take an atomic rename from " + temp.getParent(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
