package vn.dvcportal.report.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The visitor a request comes from, as a hash of its client address and user agent: the access
 * log keeps no session, and the report must not keep addresses. With a secret key
 * ({@code dvc.report.visitor-key}, or {@code DVC_REPORT_VISITOR_KEY}) the hash is keyed, so
 * nobody without the key can test an address against it; without one it is a plain SHA-256.
 */
public final class VisitorKeys {

    public static final String KEY_PROPERTY = "dvc.report.visitor-key";
    public static final String KEY_VARIABLE = "DVC_REPORT_VISITOR_KEY";

    /** Length of a key: SHA-256 in hexadecimal. */
    public static final int LENGTH = 64;

    private final byte[] secret;

    public VisitorKeys(String secret) {
        this.secret = secret == null || secret.isEmpty() ? null
                : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Keys with the secret of the settings, if there is one. */
    public static VisitorKeys configured() {
        String value = System.getProperty(KEY_PROPERTY);
        return new VisitorKeys(value != null ? value : System.getenv(KEY_VARIABLE));
    }

    /** The key of a visitor; a missing address or user agent counts as empty. */
    public String of(String clientAddress, String userAgent) {
        byte[] input = ((clientAddress == null ? "" : clientAddress) + "\n"
                + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8);
        try {
            if (secret == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(input));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The visitor key cannot be used", e);
        }
    }
}
