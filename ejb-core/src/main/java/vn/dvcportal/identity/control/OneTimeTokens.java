package vn.dvcportal.identity.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.OneTimeToken;
import vn.dvcportal.identity.entity.TokenPurpose;

/**
 * Issues and redeems the links mailed to account owners. A token is 32 random bytes in URL-safe
 * Base64; only its SHA-256 is stored. Issuing a token retires the account's earlier unused
 * ones of the same purpose, so only the newest mail works.
 */
public class OneTimeTokens {

    public static final Duration VERIFY_EMAIL_VALIDITY = Duration.ofHours(24);
    public static final Duration RESET_PASSWORD_VALIDITY = Duration.ofHours(1);
    /** An official's first password: their administrator may create the account on a Friday. */
    public static final Duration FIRST_PASSWORD_VALIDITY = Duration.ofDays(3);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHAPE = "[A-Za-z0-9_-]{43}";

    private final EntityManager em;

    public OneTimeTokens(EntityManager em) {
        this.em = em;
    }

    /** Stores a new token for the account and returns it, as it goes into the link. */
    public String issue(Account account, TokenPurpose purpose, Duration validity, Instant now) {
        retire(account, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new OneTimeToken(purpose, hash(token), account, now, now.plus(validity)));
        return token;
    }

    /**
     * The account a token was issued to, when the token is one of ours for that purpose,
     * unused and unexpired; the token is then used up. Concurrent redemptions of one token
     * wait for each other, so exactly one succeeds.
     */
    public Optional<Account> redeem(String token, TokenPurpose purpose, Instant now) {
        if (token == null || !token.matches(SHAPE)) {
            return Optional.empty();
        }
        Optional<OneTimeToken> found = em.createNamedQuery(OneTimeToken.BY_HASH,
                        OneTimeToken.class)
                .setParameter("tokenHash", hash(token))
                .setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isUsableAt(now)) {
            return Optional.empty();
        }
        found.get().markUsed(now);
        return Optional.of(found.get().getAccount());
    }

    /** When the newest unused token of that purpose was issued, if there is one. */
    public Optional<Instant> lastIssued(Account account, TokenPurpose purpose) {
        return open(account, purpose).findFirst().map(OneTimeToken::getCreatedAt);
    }

    /** Marks the account's unused tokens of that purpose as used. */
    public void retire(Account account, TokenPurpose purpose, Instant now) {
        open(account, purpose).forEach(t -> t.markUsed(now));
    }

    private Stream<OneTimeToken> open(Account account, TokenPurpose purpose) {
        if (account.getId() == null) {
            return Stream.empty();
        }
        return em.createNamedQuery(OneTimeToken.OPEN_OF_ACCOUNT, OneTimeToken.class)
                .setParameter("accountId", account.getId())
                .setParameter("purpose", purpose)
                .getResultList().stream();
    }

    /** Lower-case hexadecimal SHA-256 of the token's characters. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
