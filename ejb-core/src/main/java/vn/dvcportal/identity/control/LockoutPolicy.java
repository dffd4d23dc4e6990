package vn.dvcportal.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.entity.Account;

/**
 * Stops password guessing: after five failed sign-ins in a row an account refuses every
 * sign-in for fifteen minutes, then unlocks by itself and counts again from zero. A successful
 * sign-in clears the count. Attempts during the lock neither count nor extend it, so the owner
 * knows when they can try again.
 *
 * <p>The lock lasts {@code dvc.lockout.minutes} (or {@code DVC_LOCKOUT_MINUTES}) minutes when
 * that is set, so that the automatic unlock can be exercised without waiting a quarter hour.
 */
@ApplicationScoped
public class LockoutPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(LockoutPolicy.class.getName());

    private final int maxFailures;
    private final Duration lockDuration;

    public LockoutPolicy() {
        this(MAX_FAILURES, configuredDuration());
    }

    public LockoutPolicy(int maxFailures, Duration lockDuration) {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("Invalid lockout policy");
        }
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    /** Whether the account refuses sign-in at that moment. */
    public boolean isLocked(Account account, Instant now) {
        Instant until = account.getLockedUntil();
        return until != null && now.isBefore(until);
    }

    /** Whole minutes until the lock ends, rounded up; 0 when not locked. */
    public long minutesLeft(Account account, Instant now) {
        if (!isLocked(account, now)) {
            return 0;
        }
        long seconds = Duration.between(now, account.getLockedUntil()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /**
     * Forgets a lock that has run out, so counting starts again from zero.
     *
     * @return whether there was such a lock
     */
    public boolean releaseIfExpired(Account account, Instant now) {
        Instant until = account.getLockedUntil();
        if (until == null || now.isBefore(until)) {
            return false;
        }
        account.setLockedUntil(null);
        account.setFailedSignIns(0);
        return true;
    }

    /**
     * Counts a wrong password; locks the account when that makes too many in a row. Does
     * nothing to an account that is locked.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailure(Account account, Instant now) {
        Objects.requireNonNull(now, "now");
        if (isLocked(account, now)) {
            return false;
        }
        releaseIfExpired(account, now);
        int failures = account.getFailedSignIns() + 1;
        account.setFailedSignIns(failures);
        if (failures >= maxFailures) {
            account.setLockedUntil(now.plus(lockDuration));
            return true;
        }
        return false;
    }

    /** A successful sign-in: the count starts again. */
    public void recordSuccess(Account account) {
        account.setFailedSignIns(0);
        account.setLockedUntil(null);
    }

    /** Lifts a lock at once, as an administrator or a password reset may. */
    public void unlock(Account account) {
        recordSuccess(account);
    }

    /** What to tell someone whose account is locked, with the minutes left. */
    public static String lockedMessage(long minutesLeft) {
        return "Tài khoản tạm thời bị khóa vì đã nhập sai mật khẩu " + MAX_FAILURES
                + " lần liên tiếp. Vui lòng thử lại sau " + Math.max(1, minutesLeft)
                + " phút, hoặc đặt lại mật khẩu qua thư điện tử.";
    }

    private static Duration configuredDuration() {
        String minutes = System.getProperty("dvc.lockout.minutes",
                System.getenv("DVC_LOCKOUT_MINUTES"));
        if (minutes == null || minutes.isBlank()) {
            return LOCK_DURATION;
        }
        try {
            long value = Long.parseLong(minutes.strip());
            if (value >= 1 && value <= 24 * 60) {
                return Duration.ofMinutes(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(Level.WARNING, "Ignoring dvc.lockout.minutes={0}; locking for {1} minutes",
                new Object[] {minutes, LOCK_DURATION.toMinutes()});
        return LOCK_DURATION;
    }
}
