package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessMeasure;
import vn.dvcportal.report.entity.DeviceClass;

/**
 * The figures of the access report of one period, as pages and exports show them.
 *
 * @param complete false while a run is still making them: the figures so far
 */
public record AccessReport(String periodKey, String periodLabel, boolean complete,
        Instant startedAt, Instant finishedAt, Totals totals, List<PageLine> pages,
        List<DayLine> days, List<HourLine> hours, List<DeviceLine> devices)
        implements Serializable {

    /** The period's totals. */
    public record Totals(long requests, long pageViews, long visits, long visitors,
            long signIns, long passwordSignIns, long nationalSignIns, long skipped)
            implements Serializable {

        /** Page views per visit, 0 without visits. */
        public double viewsPerVisit() {
            return visits == 0 ? 0 : (double) pageViews / visits;
        }
    }

    public record PageLine(String page, long views, double share) implements Serializable {
    }

    public record DayLine(LocalDate day, long views, long visits, long visitors)
            implements Serializable {
    }

    public record HourLine(int hour, long views, long visits) implements Serializable {

        /** "07:00–07:59". */
        public String label() {
            String h = AccessTally.hour(hour);
            return h + ":00–" + h + ":59";
        }
    }

    public record DeviceLine(DeviceClass device, long views, long visits, long visitors)
            implements Serializable {
    }

    public AccessReport {
        pages = List.copyOf(pages);
        days = List.copyOf(days);
        hours = List.copyOf(hours);
        devices = List.copyOf(devices);
    }

    /** Builds the report from the stored counters of one run. */
    public static AccessReport of(ReportPeriod period, boolean complete, Instant startedAt,
            Instant finishedAt, List<AccessCount> counts) {
        Map<AccessMeasure, Long> totals = new EnumMap<>(AccessMeasure.class);
        Map<String, Long> signIns = new TreeMap<>();
        Map<String, Long> pages = new TreeMap<>();
        Map<String, long[]> days = new TreeMap<>();
        long[][] hours = new long[24][2];
        Map<DeviceClass, long[]> devices = new EnumMap<>(DeviceClass.class);
        for (DeviceClass d : DeviceClass.values()) {
            devices.put(d, new long[3]);
        }
        for (AccessCount c : counts) {
            int slot = switch (c.getMeasure()) {
                case PAGE_VIEWS -> 0;
                case VISITS -> 1;
                case VISITORS -> 2;
                default -> -1;
            };
            switch (c.getDimension()) {
                case TOTAL -> totals.merge(c.getMeasure(), c.getAmount(), Long::sum);
                case SIGN_IN -> signIns.merge(c.getBucket(), c.getAmount(), Long::sum);
                case PAGE -> {
                    if (slot == 0) {
                        pages.merge(c.getBucket(), c.getAmount(), Long::sum);
                    }
                }
                case DAY -> {
                    if (slot >= 0) {
                        days.computeIfAbsent(c.getBucket(), k -> new long[3])[slot] +=
                                c.getAmount();
                    }
                }
                case HOUR -> {
                    int hour = Integer.parseInt(c.getBucket());
                    if ((slot == 0 || slot == 1) && hour >= 0 && hour < 24) {
                        hours[hour][slot] += c.getAmount();
                    }
                }
                case DEVICE -> {
                    if (slot >= 0) {
                        devices.get(DeviceClass.valueOf(c.getBucket()))[slot] += c.getAmount();
                    }
                }
                default -> {
                    // No other dimension is stored.
                }
            }
        }
        long views = totals.getOrDefault(AccessMeasure.PAGE_VIEWS, 0L);
        List<PageLine> pageLines = new ArrayList<>();
        pages.forEach((page, n) -> pageLines.add(new PageLine(page, n,
                views == 0 ? 0 : (double) n / views)));
        pageLines.sort(Comparator.comparingLong(PageLine::views).reversed()
                .thenComparing(PageLine::page));
        List<DayLine> dayLines = new ArrayList<>();
        days.forEach((day, v) -> dayLines.add(new DayLine(LocalDate.parse(day), v[0], v[1],
                v[2])));
        List<HourLine> hourLines = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hourLines.add(new HourLine(h, hours[h][0], hours[h][1]));
        }
        List<DeviceLine> deviceLines = new ArrayList<>();
        devices.forEach((d, v) -> deviceLines.add(new DeviceLine(d, v[0], v[1], v[2])));
        long password = signIns.getOrDefault(AccessReportStore.PASSWORD, 0L);
        long national = signIns.getOrDefault(AccessReportStore.NATIONAL, 0L);
        Totals t = new Totals(totals.getOrDefault(AccessMeasure.REQUESTS, 0L), views,
                totals.getOrDefault(AccessMeasure.VISITS, 0L),
                totals.getOrDefault(AccessMeasure.VISITORS, 0L),
                totals.getOrDefault(AccessMeasure.SIGN_INS, 0L), password, national,
                totals.getOrDefault(AccessMeasure.SKIPPED, 0L));
        return new AccessReport(period.key(), period.label(), complete, startedAt, finishedAt,
                t, pageLines, dayLines, hourLines, deviceLines);
    }
}
