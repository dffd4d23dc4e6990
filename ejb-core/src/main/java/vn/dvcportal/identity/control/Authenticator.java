package vn.dvcportal.identity.control;

import java.time.Instant;
import java.util.Optional;
import vn.dvcportal.identity.entity.Account;

/**
 * Decides a password sign-in and updates the account's failure count and lock accordingly.
 * The caller audits what it reports and commits.
 *
 * <p>The order matters: a locked account is refused before its password is checked, so that
 * guessing stops while the lock lasts; an account that is disabled or not yet verified is
 * reported as such only to someone who gave its password.
 */
public class Authenticator {

    /**
     * One sign-in decided.
     *
     * @param result      what the user is told
     * @param account     the account the login name named, or null when none
     * @param lockedNow   this failure locked the account
     * @param unlockedNow a lock had run out and was lifted before the attempt
     * @param failures    consecutive failures after this attempt
     */
    public record Attempt(SignInResult result, Account account, boolean lockedNow,
            boolean unlockedNow, int failures) {
    }

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;

    public Authenticator(AccountStore store, PasswordHasher hasher, LockoutPolicy lockout) {
        this.store = store;
        this.hasher = hasher;
        this.lockout = lockout;
    }

    public Attempt signIn(String typedLogin, char[] password, Instant now) {
        Optional<Account> found = password == null ? Optional.empty()
                : store.forSignIn(typedLogin);
        if (found.isEmpty()) {
            hasher.burn(password);
            return new Attempt(SignInResult.wrong(), null, false, false, 0);
        }
        Account account = found.get();
        boolean unlocked = lockout.releaseIfExpired(account, now);
        if (lockout.isLocked(account, now)) {
            return new Attempt(SignInResult.locked(lockout.minutesLeft(account, now)), account,
                    false, false, account.getFailedSignIns());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            boolean locked = lockout.recordFailure(account, now);
            SignInResult result = locked
                    ? SignInResult.locked(lockout.minutesLeft(account, now))
                    : SignInResult.wrong();
            return new Attempt(result, account, locked, unlocked, account.getFailedSignIns());
        }
        lockout.recordSuccess(account);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        SignInResult result;
        if (!account.isEnabled()) {
            result = SignInResult.disabled();
        } else if (!account.isEmailVerified()) {
            result = SignInResult.unverified();
        } else {
            result = SignInResult.ok(store.summary(account));
        }
        return new Attempt(result, account, false, unlocked, 0);
    }
}
