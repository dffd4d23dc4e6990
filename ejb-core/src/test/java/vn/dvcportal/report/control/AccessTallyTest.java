package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvcportal.report.entity.AccessDimension;
import vn.dvcportal.report.entity.AccessMeasure;
import vn.dvcportal.report.entity.DeviceClass;

class AccessTallyTest {

    private static AccessHit hit(long id, String at, DeviceClass device, String page) {
        return new AccessHit(id, Instant.parse(at), "v" + id, device, page);
    }

    private static AccessTally.Key key(AccessDimension d, String bucket) {
        return new AccessTally.Key(d, bucket, AccessMeasure.PAGE_VIEWS);
    }

    @Test
    void countsEachViewUnderItsPageDayHourAndDeviceInVietnamTime() {
        List<AccessHit> hits = List.of(
                hit(1, "2025-03-13T17:00:00Z", DeviceClass.DESKTOP, "/"),
                hit(2, "2025-03-13T17:59:59Z", DeviceClass.MOBILE, "/thu-tuc"),
                hit(3, "2025-03-14T16:59:59Z", DeviceClass.MOBILE, "/thu-tuc"));
        Map<AccessTally.Key, Long> adds = AccessTally.pageViews(hits);
        assertEquals(3L, adds.get(key(AccessDimension.TOTAL, "*")));
        assertEquals(1L, adds.get(key(AccessDimension.PAGE, "/")));
        assertEquals(2L, adds.get(key(AccessDimension.PAGE, "/thu-tuc")));
        assertEquals(3L, adds.get(key(AccessDimension.DAY, "2025-03-14")));
        assertEquals(2L, adds.get(key(AccessDimension.HOUR, "00")));
        assertEquals(1L, adds.get(key(AccessDimension.HOUR, "23")));
        assertEquals(1L, adds.get(key(AccessDimension.DEVICE, "DESKTOP")));
        assertEquals(2L, adds.get(key(AccessDimension.DEVICE, "MOBILE")));
        assertEquals(8, adds.size());
    }

    @Test
    void batchesAddUpToTheWhole() {
        List<AccessHit> hits = List.of(
                hit(1, "2025-03-14T01:00:00Z", DeviceClass.DESKTOP, "/"),
                hit(2, "2025-03-14T02:00:00Z", DeviceClass.BOT, "/"),
                hit(3, "2025-03-14T03:00:00Z", DeviceClass.TABLET, "/hoi-dap"));
        Map<AccessTally.Key, Long> sum = new HashMap<>();
        AccessTally.pageViews(hits.subList(0, 1)).forEach((k, v) -> sum.merge(k, v, Long::sum));
        AccessTally.pageViews(hits.subList(1, 3)).forEach((k, v) -> sum.merge(k, v, Long::sum));
        assertEquals(AccessTally.pageViews(hits), sum);
    }
}
