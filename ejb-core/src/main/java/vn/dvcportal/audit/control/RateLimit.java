package vn.dvcportal.audit.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Lets something happen at most once per interval, whichever thread asks. */
public final class RateLimit {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong last;

    public RateLimit(Duration interval) {
        this(interval, System::nanoTime);
    }

    public RateLimit(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        // Far enough back that the first request is always allowed.
        this.last = new AtomicLong(nanoClock.getAsLong() - intervalNanos);
    }

    /** True for the first caller of each interval, false for everyone else in it. */
    public boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        long previous = last.get();
        return now - previous >= intervalNanos && last.compareAndSet(previous, now);
    }
}
