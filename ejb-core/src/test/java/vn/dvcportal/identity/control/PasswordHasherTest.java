package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** Few iterations keep the tests fast; the format and the checks are the same. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void aPasswordVerifiesAgainstItsOwnHash() {
        char[] password = "Đường về nhà 2025!".toCharArray();
        String hash = hasher.hash(password);
        assertTrue(hasher.verify(password, hash));
        assertArrayEquals("Đường về nhà 2025!".toCharArray(), password, "left as given");
    }

    @Test
    void theStoredFormNamesSchemeIterationsSaltAndHash() {
        String[] parts = hasher.hash("mật khẩu".toCharArray()).split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        char[] password = "cùng một mật khẩu".toCharArray();
        String first = hasher.hash(password);
        String second = hasher.hash(password);
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(hasher.verify(password, first));
        assertTrue(hasher.verify(password, second));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String hash = hasher.hash("mật khẩu đúng".toCharArray());
        assertFalse(hasher.verify("mật khẩu sai".toCharArray(), hash));
        assertFalse(hasher.verify("Mật khẩu đúng".toCharArray(), hash));
        assertFalse(hasher.verify("mật khẩu đúng ".toCharArray(), hash));
        assertFalse(hasher.verify(new char[0], hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void composedAndDecomposedVietnameseAreTheSamePassword() {
        String composed = "Trường Sơn";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        String hash = hasher.hash(decomposed.toCharArray());
        assertTrue(hasher.verify(composed.toCharArray(), hash));
    }

    @Test
    void aTamperedHashVerifiesNothing() {
        char[] password = "không ai đoán được".toCharArray();
        String hash = hasher.hash(password);
        String[] p = hash.split("\\$");
        byte[] digest = Base64.getDecoder().decode(p[3]);
        digest[digest.length - 1] ^= 1;
        String flippedLast = p[0] + "$" + p[1] + "$" + p[2] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(digest);
        assertFalse(hasher.verify(password, flippedLast));
        byte[] salt = Base64.getDecoder().decode(p[2]);
        salt[0] ^= 1;
        String otherSalt = p[0] + "$" + p[1] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(salt) + "$" + p[3];
        assertFalse(hasher.verify(password, otherSalt));
        assertFalse(hasher.verify(password, p[0] + "$1$" + p[2] + "$" + p[3]),
                "fewer iterations derive another hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "pbkdf2-sha256$1000$$", "pbkdf2-sha1$1000$AAAA$AAAA",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$99999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$!!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$x"})
    void aMalformedHashVerifiesNothing(String stored) {
        assertFalse(hasher.verify("bất kỳ".toCharArray(), stored));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void aMissingHashVerifiesNothing() {
        assertFalse(hasher.verify("bất kỳ".toCharArray(), null));
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesButAsksToBeReplaced() {
        char[] password = "nâng cấp dần".toCharArray();
        String weak = new PasswordHasher(500).hash(password);
        assertTrue(hasher.verify(password, weak));
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(hasher.hash(password)));
        assertFalse(new PasswordHasher(500).needsRehash(hasher.hash(password)));
    }

    @Test
    void theDefaultWorkFactorMeetsTheFloor() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= PasswordHasher.MIN_ITERATIONS);
        assertTrue(PasswordHasher.MIN_ITERATIONS >= 210_000);
        PasswordHasher standard = new PasswordHasher();
        assertEquals(PasswordHasher.DEFAULT_ITERATIONS, standard.iterations());
        String hash = standard.hash("mật khẩu thật".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$"));
        assertTrue(standard.verify("mật khẩu thật".toCharArray(), hash));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }

    @Test
    void theComparisonGivesTheSameAnswersAsEquality() {
        byte[] a = {1, 2, 3, 4};
        assertTrue(PasswordHasher.sameBytes(a, new byte[] {1, 2, 3, 4}));
        assertFalse(PasswordHasher.sameBytes(a, new byte[] {0, 2, 3, 4}));
        assertFalse(PasswordHasher.sameBytes(a, new byte[] {1, 2, 3, 5}));
        assertFalse(PasswordHasher.sameBytes(a, new byte[] {1, 2, 3}));
        assertTrue(PasswordHasher.sameBytes(new byte[0], new byte[0]));
    }

    /**
     * A comparison that stopped at the first difference would answer a difference in the
     * first byte hundreds of times faster than one in the last byte of these long arrays; the
     * one used must not. The bound is loose, so that a busy machine does not fail it.
     */
    @Test
    void theComparisonTakesAsLongWhereverTheBytesDiffer() {
        byte[] reference = new byte[8192];
        Arrays.fill(reference, (byte) 7);
        byte[] differsFirst = reference.clone();
        differsFirst[0] = 8;
        byte[] differsLast = reference.clone();
        differsLast[reference.length - 1] = 8;
        for (int i = 0; i < 3; i++) {
            time(reference, differsFirst);
            time(reference, differsLast);
        }
        long first = Long.MAX_VALUE;
        long last = Long.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            first = Math.min(first, time(reference, differsFirst));
            last = Math.min(last, time(reference, differsLast));
        }
        double ratio = (double) last / first;
        assertTrue(ratio < 4 && ratio > 0.25, "last/first = " + ratio);
    }

    private static long time(byte[] a, byte[] b) {
        long start = System.nanoTime();
        boolean any = false;
        for (int i = 0; i < 2_000; i++) {
            any |= PasswordHasher.sameBytes(a, b);
        }
        long elapsed = System.nanoTime() - start;
        assertFalse(any);
        return elapsed;
    }

    @Test
    void unknownAccountsCostAVerificationToo() {
        PasswordHasher slow = new PasswordHasher(50_000);
        String hash = slow.hash("x".toCharArray());
        long verify = Long.MAX_VALUE;
        long burn = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            slow.verify("y".toCharArray(), hash);
            verify = Math.min(verify, System.nanoTime() - t);
            t = System.nanoTime();
            slow.burn("y".toCharArray());
            burn = Math.min(burn, System.nanoTime() - t);
        }
        assertTrue(burn > verify / 3, "burn " + burn + " ns, verify " + verify + " ns");
    }
}
