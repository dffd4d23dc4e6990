package vn.dvcportal.statistics.control;

import java.io.Serializable;

/**
 * The counters of a statistics row, or of a sum of rows, and the figures derived from them.
 * The identity {@code carried over + received = settled + in progress + paused + withdrawn or
 * returned + refused} holds for every row by construction ({@link DossierBuckets});
 * {@link #reconciles()} checks it.
 *
 * @param settledDays working days from receipt to result, summed over the settled dossiers
 */
public record Figures(long carriedOver, long receivedOnline, long receivedDesk,
        long receivedPost, long settledEarly, long settledOnTime, long settledLate,
        long pendingOnTime, long pendingOverdue, long pausedSupplement, long pausedPayment,
        long withdrawn, long returned, long refused, long settledDays) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Figures from counters indexed by {@link Bucket#ordinal()}. */
    public static Figures of(long[] counts, long settledDays) {
        if (counts.length != Bucket.values().length) {
            throw new IllegalArgumentException("One counter per bucket expected");
        }
        return new Figures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                counts[6], counts[7], counts[8], counts[9], counts[10], counts[11], counts[12],
                counts[13], settledDays);
    }

    /** The counter of one bucket. */
    public long count(Bucket bucket) {
        return switch (bucket) {
            case CARRIED_OVER -> carriedOver;
            case RECEIVED_ONLINE -> receivedOnline;
            case RECEIVED_DESK -> receivedDesk;
            case RECEIVED_POST -> receivedPost;
            case SETTLED_EARLY -> settledEarly;
            case SETTLED_ON_TIME -> settledOnTime;
            case SETTLED_LATE -> settledLate;
            case PENDING_ON_TIME -> pendingOnTime;
            case PENDING_OVERDUE -> pendingOverdue;
            case PAUSED_SUPPLEMENT -> pausedSupplement;
            case PAUSED_PAYMENT -> pausedPayment;
            case WITHDRAWN -> withdrawn;
            case RETURNED -> returned;
            case REFUSED -> refused;
        };
    }

    public long received() {
        return receivedOnline + receivedDesk + receivedPost;
    }

    /** Every dossier the agency had in hand during the period: carried over and received. */
    public long handled() {
        return carriedOver + received();
    }

    public long settled() {
        return settledEarly + settledOnTime + settledLate;
    }

    /** Settled early or on time. */
    public long settledInTime() {
        return settledEarly + settledOnTime;
    }

    /** In progress at the end of the period. */
    public long pending() {
        return pendingOnTime + pendingOverdue;
    }

    public long paused() {
        return pausedSupplement + pausedPayment;
    }

    /** Withdrawn by the applicant or returned at the desk. */
    public long withdrawnOrReturned() {
        return withdrawn + returned;
    }

    /** Where the dossiers stand at the end: must equal {@link #handled()}. */
    public long accountedFor() {
        return settled() + pending() + paused() + withdrawnOrReturned() + refused;
    }

    public boolean reconciles() {
        return handled() == accountedFor() && settledDays >= 0;
    }

    /** The identity with its numbers, for messages when it fails. */
    public String balance() {
        return "carried over " + carriedOver + " + received " + received() + " = "
                + handled() + (reconciles() ? " = " : " != ") + "settled " + settled()
                + " + in progress " + pending() + " + paused " + paused()
                + " + withdrawn/returned " + withdrawnOrReturned() + " + refused " + refused
                + " = " + accountedFor();
    }

    /** Share of the settled that were settled early or on time; empty when none was settled. */
    public Double onTimeRate() {
        long settled = settled();
        return settled == 0 ? null : (double) settledInTime() / settled;
    }

    /** Average working days from receipt to result of the settled; empty when none. */
    public Double averageDays() {
        long settled = settled();
        return settled == 0 ? null : (double) settledDays / settled;
    }

    public Figures plus(Figures o) {
        return new Figures(carriedOver + o.carriedOver, receivedOnline + o.receivedOnline,
                receivedDesk + o.receivedDesk, receivedPost + o.receivedPost,
                settledEarly + o.settledEarly, settledOnTime + o.settledOnTime,
                settledLate + o.settledLate, pendingOnTime + o.pendingOnTime,
                pendingOverdue + o.pendingOverdue, pausedSupplement + o.pausedSupplement,
                pausedPayment + o.pausedPayment, withdrawn + o.withdrawn, returned + o.returned,
                refused + o.refused, settledDays + o.settledDays);
    }
}
