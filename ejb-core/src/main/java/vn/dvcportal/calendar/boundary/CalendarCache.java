package vn.dvcportal.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.dvcportal.calendar.control.WorkingCalendar;

/**
 * The calendar last read from the database, shared by every request of this server. A change
 * made here empties it once committed; a change made on another server of a cluster reaches
 * this one within {@link #MAX_AGE}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class CalendarCache {

    /** How long a calendar read from the database is trusted. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Snapshot(WorkingCalendar calendar, Instant loadedAt, long generation) {
    }

    private long generation;
    private Snapshot snapshot;

    /** The cached calendar, unless none is cached or it is older than {@link #MAX_AGE}. */
    public synchronized Optional<WorkingCalendar> get(Instant now) {
        if (snapshot == null || snapshot.generation() != generation
                || snapshot.loadedAt().plus(MAX_AGE).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(snapshot.calendar());
    }

    /** To be read before loading a calendar and handed back to {@link #offer}. */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Keeps a calendar just loaded, unless the calendar changed while it was being read: the
     * load may then have seen the old days.
     */
    public synchronized void offer(WorkingCalendar calendar, long readAtGeneration,
            Instant loadedAt) {
        if (readAtGeneration == generation) {
            snapshot = new Snapshot(calendar, loadedAt, readAtGeneration);
        }
    }

    /** Forgets the cached calendar; the next reader loads it again. */
    public synchronized void invalidate() {
        generation++;
        snapshot = null;
    }
}
