package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.control.CalendarSeed;
import vn.dvcportal.calendar.control.WorkingCalendar;

/**
 * Each bucket of February 2026, the month of Tết (off from Saturday 14 to Sunday 22/02), with
 * the moments chosen by hand.
 */
class DossierBucketsTest {

    static final StatisticsPeriod FEBRUARY = StatisticsPeriod.parse("2026-02");
    static final WorkingCalendar CALENDAR = WorkingCalendar.of(CalendarSeed.shipped());
    static final WorkdayIndex DAYS = new WorkdayIndex(CALENDAR, LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31));

    private final DossierBuckets buckets = new DossierBuckets(FEBRUARY.from(), FEBRUARY.to(),
            DAYS);

    /** A dossier built step by step; moments are Viet Nam's local times. */
    static final class D {
        final DossierBuckets.Facts f = new DossierBuckets.Facts();

        D(String channel, String step, String outcome) {
            f.channel = channel;
            f.step = step;
            f.outcome = outcome;
        }

        static long at(String local) {
            return LocalDateTime.parse(local).atZone(StatisticsPeriod.ZONE).toInstant()
                    .toEpochMilli();
        }

        D submitted(String t) {
            f.submittedAt = at(t);
            return this;
        }

        D received(String t) {
            f.receivedAt = at(t);
            return this;
        }

        D due(String t) {
            f.dueAt = at(t);
            return this;
        }

        D extended(String t, String previousDue) {
            f.extendedAt = at(t);
            f.previousDueAt = at(previousDue);
            return this;
        }

        D paused(String t) {
            f.pausedAt = at(t);
            return this;
        }

        D finished(String t) {
            f.finishedAt = at(t);
            return this;
        }

        D closed(String t) {
            f.closedAt = at(t);
            return this;
        }
    }

    static D online(String step, String outcome) {
        return new D("ONLINE", step, outcome);
    }

    @Test
    void arrivalDecidesCarriedOverOrReceivedByChannel() {
        D carried = online("PROCESSING", null).submitted("2026-01-20T09:00")
                .received("2026-01-20T10:00").due("2026-03-20T17:00");
        D online = online("PROCESSING", null).submitted("2026-02-01T00:00")
                .due("2026-03-20T17:00");
        D desk = new D("DESK", "PROCESSING", null).received("2026-02-27T16:00")
                .due("2026-03-20T17:00");
        D post = new D("POST", "PROCESSING", null).received("2026-02-28T23:59:59")
                .due("2026-03-20T17:00");
        assertEquals(Bucket.CARRIED_OVER, buckets.incoming(carried.f));
        assertEquals(Bucket.RECEIVED_ONLINE, buckets.incoming(online.f));
        assertEquals(Bucket.RECEIVED_DESK, buckets.incoming(desk.f));
        assertEquals(Bucket.RECEIVED_POST, buckets.incoming(post.f));
    }

    @Test
    void onlyDossiersInHandDuringThePeriodCount() {
        assertFalse(buckets.counts(online("DRAFT", null).f), "a draft");
        assertFalse(buckets.counts(online("SUBMITTED", null).submitted("2026-03-01T00:00").f),
                "arrived after");
        assertFalse(buckets.counts(online("WITHDRAWN", "WITHDRAWN").submitted("2026-01-05T08:00")
                .closed("2026-01-31T23:59").f), "ended before");
        assertTrue(buckets.counts(online("WITHDRAWN", "WITHDRAWN").submitted("2026-01-05T08:00")
                .closed("2026-02-01T00:00").f), "ended at the first moment");
        assertTrue(buckets.counts(online("RETURNED", "GRANTED").submitted("2026-01-05T08:00")
                .finished("2026-02-10T08:00").closed("2026-03-02T08:00").f));
    }

    @Test
    void settledEarlyOnTimeAndLateAgainstTheDueTimeAcrossTet() {
        String due = "2026-02-23T17:00"; // the Monday after Tết
        assertEquals(Bucket.SETTLED_EARLY, standing(granted(due, "2026-02-13T10:00")));
        assertEquals(Bucket.SETTLED_EARLY, standing(granted(due, "2026-02-18T10:00")),
                "on a holiday before the due day");
        assertEquals(Bucket.SETTLED_ON_TIME, standing(granted(due, "2026-02-23T17:00")));
        assertEquals(Bucket.SETTLED_LATE, standing(granted(due, "2026-02-23T17:00:01")));
        assertEquals(Bucket.SETTLED_LATE, standing(granted(due, "2026-02-24T08:00")));
        assertEquals(Bucket.SETTLED_ON_TIME, standing(granted(null, "2026-02-24T08:00")),
                "no due date, never late");
    }

    @Test
    void workingDaysFromReceiptToResultSkipTet() {
        D d = granted("2026-02-26T17:00", "2026-02-24T11:00");
        assertEquals(3, buckets.workingDays(d.f), "13/02, 23/02 and 24/02");
        D sameDay = granted("2026-02-26T17:00", "2026-02-12T16:00");
        assertEquals(0, buckets.workingDays(sameDay.f));
    }

    @Test
    void endedDossiersByOutcome() {
        assertEquals(Bucket.REFUSED, standing(online("STOPPED", "REFUSED")
                .submitted("2026-02-02T09:00").finished("2026-02-25T10:00")
                .closed("2026-02-25T10:00")));
        assertEquals(Bucket.WITHDRAWN, standing(online("WITHDRAWN", "WITHDRAWN")
                .submitted("2026-02-02T09:00").closed("2026-02-05T10:00")));
        assertEquals(Bucket.RETURNED, standing(online("NOT_RECEIVED", "NOT_RECEIVED")
                .submitted("2026-02-02T09:00").closed("2026-02-03T10:00")));
        assertEquals(Bucket.REFUSED, standing(online("STOPPED", null)
                .submitted("2026-02-02T09:00").closed("2026-02-25T10:00")),
                "no outcome: the step decides");
    }

    @Test
    void openDossiersArePausedOverdueOrWithinTime() {
        assertEquals(Bucket.PAUSED_SUPPLEMENT, standing(online("SUPPLEMENT_IN_PROCESS", null)
                .submitted("2026-02-02T09:00").due("2026-02-10T17:00")
                .paused("2026-02-09T10:00")));
        assertEquals(Bucket.PAUSED_SUPPLEMENT, standing(online("WITHDRAWN", "WITHDRAWN")
                .submitted("2026-02-02T09:00").paused("2026-02-09T10:00")
                .closed("2026-03-03T10:00")), "withdrawn after the period while paused");
        assertEquals(Bucket.PENDING_OVERDUE, standing(online("SUPPLEMENT_IN_PROCESS", null)
                .submitted("2026-02-02T09:00").due("2026-02-10T17:00")
                .paused("2026-03-02T10:00")), "paused only after the period");
        assertEquals(Bucket.PENDING_ON_TIME, standing(online("PROCESSING", null)
                .submitted("2026-02-25T09:00").due("2026-03-05T17:00")));
        assertEquals(Bucket.PENDING_OVERDUE, standing(online("RESULT_READY", "GRANTED")
                .submitted("2026-02-10T09:00").due("2026-02-27T17:00")
                .finished("2026-03-03T10:00")), "settled after the period");
        assertEquals(Bucket.PENDING_OVERDUE, standing(online("PROCESSING", null)
                .submitted("2026-02-10T09:00").due("2026-03-10T17:00")
                .extended("2026-03-02T09:00", "2026-02-26T17:00")),
                "extended only after the period: the old due date counts");
        assertEquals(Bucket.PENDING_ON_TIME, standing(online("PROCESSING", null)
                .submitted("2026-02-10T09:00").due("2026-03-10T17:00")
                .extended("2026-02-20T09:00", "2026-02-26T17:00")));
    }

    @Test
    void bothSidesCountEachDossierOnce() {
        List<D> all = new ArrayList<>(List.of(
                online("PROCESSING", null).submitted("2026-01-20T09:00").due("2026-01-30T17:00"),
                grantedEarlyIn("2026-02-11T10:00"),
                grantedEarlyIn("2026-02-12T16:00"),
                grantedEarlyIn("2026-02-13T08:00"),
                online("STOPPED", "REFUSED").submitted("2026-01-02T09:00")
                        .finished("2026-02-25T10:00").closed("2026-02-25T10:00"),
                online("WITHDRAWN", "WITHDRAWN").submitted("2026-02-02T09:00")
                        .closed("2026-02-05T10:00"),
                online("SUPPLEMENT_AT_RECEIPT", null).submitted("2026-02-27T09:00")
                        .paused("2026-02-27T15:00"),
                new D("POST", "PROCESSING", null).received("2026-02-26T09:00")
                        .due("2026-03-12T17:00"),
                online("WITHDRAWN", "WITHDRAWN").submitted("2026-01-05T08:00")
                        .closed("2026-01-31T23:59")));
        DossierBuckets.Tally tally = new DossierBuckets.Tally();
        int counted = 0;
        for (D d : all) {
            if (buckets.add(d.f, tally)) {
                counted++;
            }
        }
        Figures f = tally.figures();
        assertEquals(8, counted);
        assertEquals(8, tally.dossiers());
        assertEquals(2, f.carriedOver());
        assertEquals(5, f.receivedOnline());
        assertEquals(1, f.receivedPost());
        assertEquals(1, f.settledEarly());
        assertEquals(1, f.settledOnTime());
        assertEquals(1, f.settledLate());
        assertEquals(1, f.pendingOverdue());
        assertEquals(1, f.pendingOnTime());
        assertEquals(1, f.pausedSupplement());
        assertEquals(1, f.withdrawn());
        assertEquals(1, f.refused());
        assertTrue(f.reconciles(), f.balance());
        assertEquals(8, f.handled());
        assertEquals(8, f.accountedFor());
    }

    private Bucket standing(D d) {
        assertTrue(buckets.counts(d.f));
        return buckets.standing(d.f);
    }

    /** Submitted on Monday 02/02/2026, due on Thursday 12/02 at 17:00. */
    static D grantedEarlyIn(String finished) {
        return online("RESULT_READY", "GRANTED").submitted("2026-02-02T09:00")
                .received("2026-02-02T10:00").due("2026-02-12T17:00").finished(finished);
    }

    /** Received on Thursday 12/02/2026 at 10:00, result approved at {@code finished}. */
    static D granted(String due, String finished) {
        D d = online("RESULT_READY", "GRANTED").submitted("2026-02-12T09:00")
                .received("2026-02-12T10:00").finished(finished);
        if (due != null) {
            d.due(due);
        }
        return d;
    }
}
