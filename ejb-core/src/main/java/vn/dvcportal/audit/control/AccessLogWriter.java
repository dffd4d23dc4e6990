package vn.dvcportal.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AccessRecord;
import vn.dvcportal.audit.entity.AccessLogEntry;

/**
 * Moves access records from request threads to the database. Requests only queue their record;
 * one background round a second, or sooner when a full batch waits, writes them in batches,
 * each in a transaction of its own so one bad batch costs no more than itself.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLogWriter {

    /** Records held while the database is slow; about a few megabytes at most. */
    static final int CAPACITY = 20_000;

    static final int BATCH_SIZE = 500;

    static final Duration ROUND = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    private final AccessQueue queue = AccessQueue.of(CAPACITY, BATCH_SIZE, total ->
            LOG.log(Level.WARNING, "Access log queue full: {0} records dropped since start",
                    total));

    private final RateLimit writeFailures = new RateLimit(Duration.ofMinutes(1));

    private volatile boolean stopping;
    private AccessLogWriter self;
    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        self = context.getBusinessObject(AccessLogWriter.class);
        rounds = scheduler.scheduleWithFixedDelay(this::writeQueued, ROUND.toMillis(),
                ROUND.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues a record without waiting; drops it when the queue is full. */
    @PermitAll
    public void offer(AccessRecord record) {
        if (queue.offer(record) == AccessQueue.Outcome.BATCH_READY && !stopping) {
            try {
                scheduler.execute(this::writeQueued);
            } catch (RejectedExecutionException e) {
                // The regular round will take the batch.
            }
        }
    }

    /** Writes one batch in a transaction of its own; called by the background rounds. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<AccessRecord> batch) {
        persist(batch);
    }

    /** Writes what is still queued before the application stops. */
    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void stop() {
        stopping = true;
        if (rounds != null) {
            rounds.cancel(false);
        }
        int written = 0;
        try {
            for (List<AccessRecord> batch = queue.drain(); !batch.isEmpty();
                    batch = queue.drain()) {
                persist(batch);
                written += batch.size();
            }
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not write the last access records");
            return;
        }
        LOG.log(Level.FINE, "Wrote {0} queued access records on shutdown", written);
    }

    /**
     * Empties the queue batch by batch. Never throws: an exception would end the periodic
     * rounds for good.
     */
    private void writeQueued() {
        if (stopping) {
            return;
        }
        List<AccessRecord> batch = List.of();
        try {
            for (batch = queue.drain(); !batch.isEmpty(); batch = queue.drain()) {
                self.write(batch);
            }
        } catch (RuntimeException e) {
            if (writeFailures.tryAcquire()) {
                LOG.log(Level.WARNING, e, () -> "Could not write a batch of access records");
            } else {
                LOG.log(Level.FINE, "Could not write {0} access records", batch.size());
            }
        }
    }

    private void persist(List<AccessRecord> batch) {
        for (AccessRecord r : batch) {
            em.persist(toEntry(r));
        }
    }

    /** The record cut to the columns, with text safe to show on one line. */
    static AccessLogEntry toEntry(AccessRecord r) {
        String method = AuditTexts.clip(r.method(), AccessLogEntry.METHOD_LENGTH);
        String path = AuditTexts.clip(r.path(), AccessLogEntry.PATH_LENGTH);
        return new AccessLogEntry(r.at() == null ? Instant.now() : r.at(),
                AuditTexts.clip(r.user(), AccessLogEntry.USER_LENGTH),
                AuditTexts.clip(r.clientAddress(), AccessLogEntry.ADDRESS_LENGTH),
                method == null ? "?" : method, path == null ? "/" : path, r.status(),
                Math.max(0, r.durationMillis()),
                AuditTexts.clip(r.userAgent(), AccessLogEntry.USER_AGENT_LENGTH));
    }

    /** Records waiting to be written. */
    int queued() {
        return queue.size();
    }
}
