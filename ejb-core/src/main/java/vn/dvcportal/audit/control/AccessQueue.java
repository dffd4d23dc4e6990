package vn.dvcportal.audit.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import vn.dvcportal.audit.boundary.AccessRecord;

/**
 * The buffer between request threads and the access log writer. Offering never waits: when
 * the writer has fallen so far behind that the buffer is full, the record is dropped and
 * counted, because a slow database must not slow every page down with it.
 */
public final class AccessQueue {

    /** What became of an offered record. */
    public enum Outcome {
        /** Queued; the writer will take it at its next round. */
        QUEUED,
        /** Queued, and a full batch is now waiting: worth waking the writer early. */
        BATCH_READY,
        /** Not queued: the buffer is full. */
        DROPPED
    }

    private final BlockingQueue<AccessRecord> records;
    private final int batchSize;
    private final RateLimit dropWarnings;
    private final LongConsumer dropWarning;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean batchSignalled = new AtomicBoolean();

    /**
     * @param capacity     records held at most
     * @param batchSize    records the writer takes at once
     * @param dropWarnings how often a drop may be reported
     * @param dropWarning  told the total dropped so far, at most once per rate limit interval
     */
    public AccessQueue(int capacity, int batchSize, RateLimit dropWarnings,
            LongConsumer dropWarning) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batch size must be positive");
        }
        this.records = new LinkedBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.dropWarnings = dropWarnings;
        this.dropWarning = dropWarning;
    }

    /** A queue that reports drops at most once a minute. */
    public static AccessQueue of(int capacity, int batchSize, LongConsumer dropWarning) {
        return new AccessQueue(capacity, batchSize, new RateLimit(Duration.ofMinutes(1)),
                dropWarning);
    }

    public Outcome offer(AccessRecord record) {
        if (!records.offer(record)) {
            long total = dropped.incrementAndGet();
            if (dropWarnings.tryAcquire()) {
                dropWarning.accept(total);
            }
            return Outcome.DROPPED;
        }
        if (records.size() >= batchSize && batchSignalled.compareAndSet(false, true)) {
            return Outcome.BATCH_READY;
        }
        return Outcome.QUEUED;
    }

    /** Takes up to one batch, oldest first; empty when nothing waits. */
    public List<AccessRecord> drain() {
        batchSignalled.set(false);
        List<AccessRecord> batch = new ArrayList<>(Math.min(batchSize, records.size()));
        records.drainTo(batch, batchSize);
        return batch;
    }

    public int size() {
        return records.size();
    }

    public int batchSize() {
        return batchSize;
    }

    /** Records dropped since start because the queue was full. */
    public long dropped() {
        return dropped.get();
    }
}
