package vn.dvcportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void allowsOncePerInterval() {
        AtomicLong now = new AtomicLong(1_000);
        RateLimit limit = new RateLimit(Duration.ofMinutes(1), now::get);

        assertTrue(limit.tryAcquire(), "the first time is always allowed");
        assertFalse(limit.tryAcquire());
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertFalse(limit.tryAcquire());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(limit.tryAcquire());
        assertFalse(limit.tryAcquire());
    }

    @Test
    void worksWhenTheNanoClockIsNegative() {
        AtomicLong now = new AtomicLong(Long.MIN_VALUE + 5);
        RateLimit limit = new RateLimit(Duration.ofSeconds(1), now::get);
        assertTrue(limit.tryAcquire());
        assertFalse(limit.tryAcquire());
    }
}
