package vn.dvcportal.statistics.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Which counters of its row a dossier adds to, for one period. The definitions make the
 * counters of every row add up: {@code carried over + received = settled + in progress +
 * paused + withdrawn or returned + refused}.
 *
 * <p>For a period from {@code S} (its first moment) to {@code T} (the first moment after it,
 * or the moment the figures were made when the period is not over), and a dossier:
 * <ul>
 * <li>{@code E}, its arrival: when it was submitted online, else when the desk received it.
 * Drafts have neither and are never counted.</li>
 * <li>{@code X}, its end: when the result was approved or the refusal decided
 * ({@code finishedAt}), else when it was closed without a decision, withdrawn or not received
 * ({@code closedAt}). Empty while the dossier is open.</li>
 * </ul>
 * A dossier counts in the period when {@code E < T} and it had not ended before the period
 * ({@code X} empty or {@code X >= S}): every dossier the agency had in hand at some moment of
 * the period. Each such dossier adds one to exactly one counter of each side:
 * <ol>
 * <li>Where it came from, by {@code E}: <b>carried over</b> when {@code E < S}, else
 * <b>received</b> online, at the desk or by post, by its channel. {@code E < S} or not: one of
 * the two, never both.</li>
 * <li>Where it stands at {@code T}, by the first rule that applies:
 * <ol type="a">
 * <li>It ended in the period ({@code X < T}), by its outcome (or, lacking one, its step):
 * <b>settled</b> when granted, <b>refused</b> when refused after processing,
 * <b>withdrawn</b> when the applicant took it back, <b>returned</b> when the desk did not
 * receive it. A settled dossier is <b>late</b> when the result came after its due time,
 * <b>early</b> when it came at least one working day before its due day, else <b>on time</b>
 * (as is one without a due date).</li>
 * <li>It was waiting for the applicant at {@code T} (its supplement request,
 * {@code pausedAt}, came before {@code T} and was not answered): <b>paused</b> for a
 * supplement. Paused for payment cannot happen until fees are paid through the portal.</li>
 * <li>Otherwise it is <b>in progress</b>: <b>overdue</b> when the due time it had at
 * {@code T} had passed by {@code T}, else <b>within time</b>. The due time at {@code T} is
 * the one before the extension when the extension came after {@code T}.</li>
 * </ol>
 * The rules a, b and c are tried in order and c takes whatever a and b left: exactly one
 * applies.</li>
 * </ol>
 * Since both sides count the same dossiers once each, they have the same total in every row,
 * and in every sum of rows.
 *
 * <p>The state at {@code T} is read from the dossier as it stands when the figures are made. A
 * pause answered since {@code T}, or a due date set again by a supplement after {@code T}, is
 * no longer on the dossier; making a period's figures soon after it ends, as the nightly run
 * does, keeps that gap small. Arrival and end never change once set, so the carried over,
 * received, settled, withdrawn, returned and refused counters are exact whenever they are made.
 *
 * <p>The working days from receipt to result of a settled dossier are those after the day it
 * was received (or arrived, without a receipt) up to and including the day of the result, on
 * the working calendar: zero for a result the same day. A settled dossier without a result
 * moment or a due date counts as on time and with no working days.
 *
 * <p>The job counts in the database with the same rules ({@link StatisticsQuery}); this class
 * is their plain statement, which the tests hold the query to.
 */
public final class DossierBuckets {

    /** An empty moment. */
    public static final long NONE = Long.MIN_VALUE;

    private static final long DAY_MILLIS = 86_400_000L;

    private final long from;
    private final long to;
    private final WorkdayIndex workdays;
    private final ZoneRules zone;
    /** The zone's offset has not changed since this moment, so days are found by arithmetic. */
    private final long steadySince;
    private final long steadyOffsetMillis;

    /**
     * @param from     the first moment of the period ({@code S})
     * @param to       the moment the figures describe ({@code T})
     * @param workdays the working calendar
     */
    public DossierBuckets(Instant from, Instant to, WorkdayIndex workdays) {
        this.from = from.toEpochMilli();
        this.to = to.toEpochMilli();
        this.workdays = Objects.requireNonNull(workdays, "workdays");
        if (this.to < this.from) {
            throw new IllegalArgumentException("The period ends before it begins");
        }
        this.zone = StatisticsPeriod.ZONE.getRules();
        ZoneOffsetTransition last = zone.previousTransition(Instant.now());
        this.steadySince = last == null ? Long.MIN_VALUE : last.toEpochSecond() * 1000;
        ZoneOffset offset = last == null ? zone.getOffset(Instant.EPOCH) : last.getOffsetAfter();
        this.steadyOffsetMillis = offset.getTotalSeconds() * 1000L;
    }

    /** One dossier as the statistics read it; moments in epoch milliseconds or {@link #NONE}. */
    public static final class Facts {
        /** ONLINE, DESK or POST. */
        public String channel;
        /** Name of its step. */
        public String step;
        /** Name of its outcome, or null. */
        public String outcome;
        public long submittedAt = NONE;
        public long receivedAt = NONE;
        public long dueAt = NONE;
        public long extendedAt = NONE;
        public long previousDueAt = NONE;
        public long pausedAt = NONE;
        public long finishedAt = NONE;
        public long closedAt = NONE;

        /** Arrival: submitted, else received. */
        long arrival() {
            return submittedAt != NONE ? submittedAt : receivedAt;
        }

        /** End: decided, else closed; NONE while open. */
        long end() {
            return finishedAt != NONE ? finishedAt : closedAt;
        }
    }

    /** True when the dossier counts in the period. */
    public boolean counts(Facts d) {
        long arrival = d.arrival();
        long end = d.end();
        return arrival != NONE && arrival < to && (end == NONE || end >= from);
    }

    /** Where the dossier came from; only for a dossier that {@link #counts}. */
    public Bucket incoming(Facts d) {
        if (d.arrival() < from) {
            return Bucket.CARRIED_OVER;
        }
        if ("DESK".equals(d.channel)) {
            return Bucket.RECEIVED_DESK;
        }
        if ("POST".equals(d.channel)) {
            return Bucket.RECEIVED_POST;
        }
        return Bucket.RECEIVED_ONLINE;
    }

    /** Where the dossier stands at the end; only for a dossier that {@link #counts}. */
    public Bucket standing(Facts d) {
        long end = d.end();
        if (end != NONE && end < to) {
            return ended(d);
        }
        if (d.pausedAt != NONE && d.pausedAt < to) {
            return Bucket.PAUSED_SUPPLEMENT;
        }
        long due = d.extendedAt != NONE && d.extendedAt >= to && d.previousDueAt != NONE
                ? d.previousDueAt : d.dueAt;
        return due != NONE && due < to ? Bucket.PENDING_OVERDUE : Bucket.PENDING_ON_TIME;
    }

    /** How a dossier that ended did: its outcome, or what its step says without one. */
    private Bucket ended(Facts d) {
        String how = d.outcome != null ? d.outcome : switch (d.step == null ? "" : d.step) {
            case "STOPPED" -> "REFUSED";
            case "WITHDRAWN" -> "WITHDRAWN";
            case "NOT_RECEIVED" -> "NOT_RECEIVED";
            default -> "GRANTED";
        };
        return switch (how) {
            case "REFUSED" -> Bucket.REFUSED;
            case "WITHDRAWN" -> Bucket.WITHDRAWN;
            case "NOT_RECEIVED" -> Bucket.RETURNED;
            default -> settled(d);
        };
    }

    private Bucket settled(Facts d) {
        if (d.dueAt == NONE || d.finishedAt == NONE) {
            return Bucket.SETTLED_ON_TIME;
        }
        if (d.finishedAt > d.dueAt) {
            return Bucket.SETTLED_LATE;
        }
        return workdays.between(epochDay(d.finishedAt), epochDay(d.dueAt)) >= 1
                ? Bucket.SETTLED_EARLY : Bucket.SETTLED_ON_TIME;
    }

    /** Working days from receipt to result of a settled dossier; never negative. */
    public long workingDays(Facts d) {
        if (d.finishedAt == NONE) {
            return 0;
        }
        long start = d.receivedAt != NONE ? d.receivedAt : d.arrival();
        return Math.max(0, workdays.between(epochDay(start), epochDay(d.finishedAt)));
    }

    /** Adds the dossier to the counters when it counts in the period; true if it did. */
    public boolean add(Facts d, Tally tally) {
        if (!counts(d)) {
            return false;
        }
        Bucket standing = standing(d);
        tally.add(incoming(d), standing,
                isSettled(standing) ? workingDays(d) : 0);
        return true;
    }

    static boolean isSettled(Bucket b) {
        return b == Bucket.SETTLED_EARLY || b == Bucket.SETTLED_ON_TIME
                || b == Bucket.SETTLED_LATE;
    }

    /** The day in Viet Nam of a moment, as an epoch day. */
    long epochDay(long millis) {
        long offset = millis >= steadySince ? steadyOffsetMillis
                : zone.getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds() * 1000L;
        return Math.floorDiv(millis + offset, DAY_MILLIS);
    }

    /** The counters of one row while its dossiers are read. */
    public static final class Tally {

        private final long[] counts = new long[Bucket.values().length];
        private long settledDays;
        private long dossiers;

        void add(Bucket incoming, Bucket standing, long days) {
            counts[incoming.ordinal()]++;
            counts[standing.ordinal()]++;
            settledDays += days;
            dossiers++;
        }

        /** Dossiers added. */
        public long dossiers() {
            return dossiers;
        }

        public Figures figures() {
            return Figures.of(counts.clone(), settledDays);
        }
    }
}
