package vn.dvcportal.report.control;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessDimension;
import vn.dvcportal.report.entity.AccessMeasure;

/**
 * The page-view counters a batch of page views adds to: the total, its page, its day, its hour
 * and its device class. Counting a batch and adding the counts up gives the same figures
 * however the page views were cut into batches.
 */
public final class AccessTally {

    /** One counter of a period: dimension, bucket and measure. */
    public record Key(AccessDimension dimension, String bucket, AccessMeasure measure) {
    }

    private AccessTally() {
    }

    /** How much each counter grows with these page views; in order of first appearance. */
    public static Map<Key, Long> pageViews(List<AccessHit> hits) {
        Map<Key, Long> adds = new LinkedHashMap<>();
        for (AccessHit hit : hits) {
            ZonedDateTime local = hit.at().atZone(ReportPeriod.ZONE);
            add(adds, AccessDimension.TOTAL, AccessCount.ALL);
            add(adds, AccessDimension.PAGE, hit.page());
            add(adds, AccessDimension.DAY, local.toLocalDate().toString());
            add(adds, AccessDimension.HOUR, hour(local.getHour()));
            add(adds, AccessDimension.DEVICE, hit.device().name());
        }
        return adds;
    }

    /** The bucket of an hour: two digits, so that buckets sort as hours do. */
    public static String hour(int hour) {
        return hour < 10 ? "0" + hour : Integer.toString(hour);
    }

    private static void add(Map<Key, Long> adds, AccessDimension dimension, String bucket) {
        adds.merge(new Key(dimension, bucket, AccessMeasure.PAGE_VIEWS), 1L, Long::sum);
    }
}
