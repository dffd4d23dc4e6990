package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvcportal.identity.entity.Account;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");

    private final LockoutPolicy policy = new LockoutPolicy();

    private static Account account() {
        return Account.official("thu.nghiem", "Thử Nghiệm", null, null, null, T0);
    }

    @Test
    void theDefaultsAreFiveFailuresAndFifteenMinutes() {
        assertEquals(5, LockoutPolicy.MAX_FAILURES);
        assertEquals(Duration.ofMinutes(15), LockoutPolicy.LOCK_DURATION);
        assertEquals(5, policy.maxFailures());
        assertEquals(Duration.ofMinutes(15), policy.lockDuration());
    }

    @Test
    void theFifthConsecutiveFailureLocks() {
        Account a = account();
        for (int i = 1; i <= 4; i++) {
            assertFalse(policy.recordFailure(a, T0.plusSeconds(i)));
            assertFalse(policy.isLocked(a, T0.plusSeconds(i)));
            assertEquals(i, a.getFailedSignIns());
        }
        assertTrue(policy.recordFailure(a, T0.plusSeconds(5)));
        assertTrue(policy.isLocked(a, T0.plusSeconds(5)));
        assertEquals(T0.plusSeconds(5).plus(Duration.ofMinutes(15)), a.getLockedUntil());
    }

    @Test
    void theLockLastsFifteenMinutesWithTheMinutesLeftRoundedUp() {
        Account a = lockedAt(T0);
        assertEquals(15, policy.minutesLeft(a, T0));
        assertEquals(15, policy.minutesLeft(a, T0.plusSeconds(1)));
        assertEquals(14, policy.minutesLeft(a, T0.plusSeconds(60)));
        assertEquals(1, policy.minutesLeft(a, T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertTrue(policy.isLocked(a, T0.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(policy.isLocked(a, T0.plus(Duration.ofMinutes(15))));
        assertEquals(0, policy.minutesLeft(a, T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void attemptsDuringTheLockNeitherCountNorExtendIt() {
        Account a = lockedAt(T0);
        Instant until = a.getLockedUntil();
        assertFalse(policy.recordFailure(a, T0.plus(Duration.ofMinutes(14))));
        assertEquals(5, a.getFailedSignIns());
        assertEquals(until, a.getLockedUntil());
    }

    @Test
    void theLockEndsByItselfAndCountingStartsAgain() {
        Account a = lockedAt(T0);
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertFalse(policy.isLocked(a, later));
        assertTrue(policy.releaseIfExpired(a, later));
        assertNull(a.getLockedUntil());
        assertEquals(0, a.getFailedSignIns());
        assertFalse(policy.releaseIfExpired(a, later), "nothing left to release");
        assertFalse(policy.recordFailure(a, later), "one failure after a lock does not relock");
        assertEquals(1, a.getFailedSignIns());
    }

    @Test
    void aFailureAfterAnExpiredLockCountsFromZeroEvenWithoutRelease() {
        Account a = lockedAt(T0);
        assertFalse(policy.recordFailure(a, T0.plus(Duration.ofHours(1))));
        assertEquals(1, a.getFailedSignIns());
        assertNull(a.getLockedUntil());
    }

    @Test
    void successClearsTheCount() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            policy.recordFailure(a, T0);
        }
        policy.recordSuccess(a);
        assertEquals(0, a.getFailedSignIns());
        for (int i = 0; i < 4; i++) {
            assertFalse(policy.recordFailure(a, T0));
        }
        assertFalse(policy.isLocked(a, T0));
    }

    @Test
    void anAdministratorUnlocksAtOnce() {
        Account a = lockedAt(T0);
        policy.unlock(a);
        assertFalse(policy.isLocked(a, T0));
        assertEquals(0, a.getFailedSignIns());
    }

    @Test
    void theMessageSaysWhyAndForHowLong() {
        assertEquals("Tài khoản tạm thời bị khóa vì đã nhập sai mật khẩu 5 lần liên tiếp."
                + " Vui lòng thử lại sau 12 phút, hoặc đặt lại mật khẩu qua thư điện tử.",
                LockoutPolicy.lockedMessage(12));
        assertTrue(LockoutPolicy.lockedMessage(0).contains("sau 1 phút"));
    }

    @Test
    void anotherDurationCanBeChosen() {
        LockoutPolicy shortLock = new LockoutPolicy(3, Duration.ofMinutes(1));
        Account a = account();
        shortLock.recordFailure(a, T0);
        shortLock.recordFailure(a, T0);
        assertTrue(shortLock.recordFailure(a, T0));
        assertFalse(shortLock.isLocked(a, T0.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0,
                Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
    }

    private Account lockedAt(Instant at) {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            policy.recordFailure(a, at);
        }
        assertTrue(policy.isLocked(a, at));
        return a;
    }
}
