package vn.dvcportal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a random 16-byte salt, and checks them.
 *
 * <p>A stored hash reads {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in
 * unpadded Base64, so that the iteration count can be raised later: a hash made with fewer
 * iterations still verifies and {@link #needsRehash(String)} says to replace it at the next
 * sign-in. Passwords are normalised to NFC first, so the same Vietnamese password typed on two
 * keyboards that compose letters differently is the same password.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String SCHEME = "pbkdf2-sha256";

    /** The current work factor: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    /** Never hash with less: the floor the project set for PBKDF2. */
    public static final int MIN_ITERATIONS = 210_000;

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** Refuses to run a stored count above this: a tampered row must not stall a request. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    private final String dummy;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** With another work factor; below {@link #MIN_ITERATIONS} only to keep tests fast. */
    PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
        this.dummy = hash("not a password".toCharArray());
    }

    public int iterations() {
        return iterations;
    }

    /** A new hash with a fresh salt; the array is left as given. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        return SCHEME + "$" + iterations + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(hash);
    }

    /**
     * Whether the password matches the stored hash. A missing or malformed hash matches
     * nothing. The hashes are compared in time that does not depend on where they differ.
     */
    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null || password == null) {
            burn(password);
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return sameBytes(actual, parsed.hash);
    }

    /**
     * Does the work of a verification against nothing, so that a sign-in with an unknown login
     * name takes as long as one with a wrong password and does not reveal which names exist.
     */
    public void burn(char[] password) {
        verify(password == null ? new char[0] : password, dummy);
    }

    /** Whether the stored hash is weaker than what this hasher makes, or unreadable. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations
                || parsed.salt.length < SALT_BYTES || parsed.hash.length < HASH_BYTES;
    }

    /** Compares in time that depends only on the lengths, never on where the bytes differ. */
    static boolean sameBytes(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
        char[] normalised = nfc(password);
        PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /** The password in NFC; the same array when it is plain ASCII, which NFC leaves alone. */
    private static char[] nfc(char[] password) {
        for (char c : password) {
            if (c > 0x7f) {
                return Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC)
                        .toCharArray();
            }
        }
        return password;
    }

    /** The parts of a stored hash, or null when it does not read as one. */
    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])
                    || !parts[1].matches("[1-9][0-9]{0,7}")) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = DECODER.decode(parts[2]);
                byte[] hash = DECODER.decode(parts[3]);
                if (iterations > MAX_ITERATIONS || salt.length < 8 || salt.length > 64
                        || hash.length < 16 || hash.length > 64) {
                    return null;
                }
                return new Parsed(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
