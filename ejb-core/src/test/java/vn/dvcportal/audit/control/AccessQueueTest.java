package vn.dvcportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.dvcportal.audit.boundary.AccessRecord;
import vn.dvcportal.audit.control.AccessQueue.Outcome;

class AccessQueueTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Long> warnings = new ArrayList<>();

    private AccessQueue queue(int capacity, int batchSize) {
        return new AccessQueue(capacity, batchSize,
                new RateLimit(Duration.ofMinutes(1), now::get), warnings::add);
    }

    private static AccessRecord record(int n) {
        return new AccessRecord(Instant.EPOCH.plusSeconds(n), null, "127.0.0.1", "GET",
                "/p" + n, 200, 1, null);
    }

    @Test
    void drainsInBatchesOldestFirst() {
        AccessQueue q = queue(100, 3);
        for (int i = 0; i < 7; i++) {
            q.offer(record(i));
        }
        assertEquals(List.of("/p0", "/p1", "/p2"), paths(q.drain()));
        assertEquals(List.of("/p3", "/p4", "/p5"), paths(q.drain()));
        assertEquals(List.of("/p6"), paths(q.drain()));
        assertTrue(q.drain().isEmpty());
    }

    @Test
    void aFullQueueDropsAndCountsWithoutWaiting() {
        AccessQueue q = queue(2, 10);
        assertEquals(Outcome.QUEUED, q.offer(record(1)));
        assertEquals(Outcome.QUEUED, q.offer(record(2)));
        assertEquals(Outcome.DROPPED, q.offer(record(3)));
        assertEquals(Outcome.DROPPED, q.offer(record(4)));
        assertEquals(2, q.dropped());
        assertEquals(2, q.size());
        assertEquals(List.of("/p1", "/p2"), paths(q.drain()));
    }

    @Test
    void dropsAreReportedAtMostOnceAMinute() {
        AccessQueue q = queue(1, 10);
        q.offer(record(0));
        for (int i = 0; i < 5; i++) {
            q.offer(record(i));
        }
        assertEquals(List.of(1L), warnings, "one warning, telling the first drop");

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        q.offer(record(9));
        assertEquals(1, warnings.size());

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        q.offer(record(10));
        assertEquals(List.of(1L, 7L), warnings, "the second warning gives the running total");
    }

    @Test
    void aFullBatchIsSignalledOnceUntilTheWriterComes() {
        AccessQueue q = queue(100, 3);
        assertEquals(Outcome.QUEUED, q.offer(record(1)));
        assertEquals(Outcome.QUEUED, q.offer(record(2)));
        assertEquals(Outcome.BATCH_READY, q.offer(record(3)));
        assertEquals(Outcome.QUEUED, q.offer(record(4)), "the writer is already called");

        q.drain();
        assertEquals(Outcome.QUEUED, q.offer(record(5)));
        assertEquals(Outcome.BATCH_READY, q.offer(record(6)),
                "after a drain a full batch is signalled again");
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> queue(0, 1));
        assertThrows(IllegalArgumentException.class, () -> queue(1, 0));
    }

    @Test
    void concurrentOffersAreNeitherLostNorDuplicated() throws Exception {
        AccessQueue q = queue(100_000, 500);
        int threads = 8;
        int each = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch done = new CountDownLatch(threads);
        Set<String> seen = new HashSet<>();
        try {
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                pool.execute(() -> {
                    for (int i = 0; i < each; i++) {
                        q.offer(record(base + i));
                    }
                    done.countDown();
                });
            }
            while (done.getCount() > 0 || q.size() > 0) {
                for (AccessRecord r : q.drain()) {
                    assertTrue(seen.add(r.path()), r.path());
                }
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, seen.size());
        assertEquals(0, q.dropped());
    }

    private static List<String> paths(List<AccessRecord> records) {
        return records.stream().map(AccessRecord::path).toList();
    }
}
