package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VisitSpansTest {

    private static final Instant T0 = Instant.parse("2025-03-14T01:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void viewsUnderThirtyMinutesApartMakeOneVisit() {
        List<VisitSpans.Span> visits = VisitSpans.of(List.of(at(0), at(29), at(58)));
        assertEquals(List.of(new VisitSpans.Span(at(0), at(58), 3)), visits);
    }

    @Test
    void aGapOfThirtyMinutesOrMoreStartsANewVisit() {
        List<VisitSpans.Span> visits = VisitSpans.of(List.of(at(0), at(30), at(90), at(119)));
        assertEquals(List.of(new VisitSpans.Span(at(0), at(0), 1),
                new VisitSpans.Span(at(30), at(30), 1),
                new VisitSpans.Span(at(90), at(119), 2)), visits);
    }

    @Test
    void aViewBetweenTwoVisitsJoinsThem() {
        List<VisitSpans.Span> visits = VisitSpans.of(List.of(at(0), at(10), at(50), at(60)));
        assertEquals(2, visits.size());
        visits = VisitSpans.add(visits, at(30));
        assertEquals(List.of(new VisitSpans.Span(at(0), at(60), 5)), visits);
    }

    @Test
    void theOrderOfTheViewsDoesNotMatter() {
        Random random = new Random(20250314);
        List<Instant> views = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            views.add(at(random.nextInt(24 * 60)).plusMillis(random.nextInt(60_000)));
        }
        List<Instant> sorted = new ArrayList<>(views);
        Collections.sort(sorted);
        List<VisitSpans.Span> expected = inTimeOrder(sorted);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(views, random);
            assertEquals(expected, VisitSpans.of(views), "round " + round);
            // Cut anywhere, as a restart would, and go on from the stored visits.
            int cut = random.nextInt(views.size());
            List<VisitSpans.Span> first = VisitSpans.of(views.subList(0, cut));
            for (Instant view : views.subList(cut, views.size())) {
                first = VisitSpans.add(first, view);
            }
            assertEquals(expected, first, "cut at " + cut);
        }
    }

    /** The definition, applied plainly to views sorted by time. */
    private static List<VisitSpans.Span> inTimeOrder(List<Instant> sorted) {
        List<VisitSpans.Span> visits = new ArrayList<>();
        Instant start = sorted.get(0);
        Instant last = start;
        int views = 1;
        for (Instant view : sorted.subList(1, sorted.size())) {
            if (Duration.between(last, view).compareTo(VisitSpans.GAP) < 0) {
                views++;
            } else {
                visits.add(new VisitSpans.Span(start, last, views));
                start = view;
                views = 1;
            }
            last = view;
        }
        visits.add(new VisitSpans.Span(start, last, views));
        return visits;
    }

    @Test
    void aSpanIsAVisit() {
        assertThrows(IllegalArgumentException.class,
                () -> new VisitSpans.Span(at(5), at(4), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new VisitSpans.Span(at(5), at(5), 0));
    }
}
