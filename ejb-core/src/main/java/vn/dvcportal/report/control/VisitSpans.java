package vn.dvcportal.report.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Visits of one visitor: its page views grouped so that within a visit each gap between
 * consecutive views is under {@link #GAP}, and between visits it is {@link #GAP} or more.
 *
 * <p>Views may be added in any order and the visits come out the same: a view closer than the
 * gap to a visit joins it, and one that comes closer than the gap to two visits joins them into
 * one. The access log is read in the order of its ids, which is only roughly the order of time,
 * and a restarted job adds the rest of the views to visits it stored before; both give the
 * visits an uninterrupted reading in time order would.
 */
public final class VisitSpans {

    /** The gap that ends a visit: 30 minutes without a page view. */
    public static final Duration GAP = Duration.ofMinutes(30);

    /**
     * One visit: first and last view and how many views.
     *
     * @param start first page view
     * @param end   last page view, not before the start
     * @param views number of page views, at least 1
     */
    public record Span(Instant start, Instant end, int views) {

        public Span {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start) || views < 1) {
                throw new IllegalArgumentException("Not a visit: " + start + ".." + end
                        + " with " + views + " views");
            }
        }

        static Span of(Instant at) {
            return new Span(at, at, 1);
        }

        /** True when a view at {@code at} belongs to this visit. */
        boolean reaches(Instant at, Duration gap) {
            return at.isAfter(start.minus(gap)) && at.isBefore(end.plus(gap));
        }
    }

    private VisitSpans() {
    }

    /** The visits once a page view at {@code at} is added; sorted by start. */
    public static List<Span> add(List<Span> visits, Instant at) {
        return add(visits, at, GAP);
    }

    /** As {@link #add(List, Instant)} with another gap. */
    public static List<Span> add(List<Span> visits, Instant at, Duration gap) {
        Objects.requireNonNull(at, "at");
        List<Span> result = new ArrayList<>(visits.size() + 1);
        Instant start = at;
        Instant end = at;
        int views = 1;
        for (Span visit : visits) {
            if (visit.reaches(at, gap)) {
                start = visit.start().isBefore(start) ? visit.start() : start;
                end = visit.end().isAfter(end) ? visit.end() : end;
                views += visit.views();
            } else {
                result.add(visit);
            }
        }
        result.add(new Span(start, end, views));
        result.sort(Comparator.comparing(Span::start));
        return result;
    }

    /** The visits of a set of page views, whatever their order. */
    public static List<Span> of(List<Instant> views) {
        List<Span> visits = List.of();
        for (Instant at : views) {
            visits = add(visits, at);
        }
        return visits;
    }
}
