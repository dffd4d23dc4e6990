package vn.dvcportal.report.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dvcportal.report.entity.DeviceClass;

/** The access report as an exportable document, in Vietnamese. */
public final class AccessReportTables {

    /** Names of the device classes in the documents. */
    public static final Map<DeviceClass, String> DEVICE_NAMES = Map.of(
            DeviceClass.DESKTOP, "Máy tính",
            DeviceClass.MOBILE, "Điện thoại di động",
            DeviceClass.TABLET, "Máy tính bảng",
            DeviceClass.BOT, "Máy tự động (bot)");

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern(
            "HH:mm 'ngày' dd/MM/yyyy");

    private AccessReportTables() {
    }

    public static TableExport of(AccessReport report, String agency, Instant now) {
        List<String> notes = new ArrayList<>();
        if (agency != null && !agency.isBlank()) {
            notes.add(agency);
        }
        notes.add("Kỳ báo cáo: " + report.periodLabel());
        notes.add("Lập lúc " + MADE.format(now.atZone(ReportPeriod.ZONE))
                + (report.complete() ? "" : " (số liệu chưa đầy đủ: báo cáo đang được lập)"));
        notes.add("Một lượt truy cập gồm các lần xem trang của một khách cách nhau dưới 30 phút;"
                + " khách được nhận biết qua địa chỉ mạng và trình duyệt (đã mã hóa).");

        AccessReport.Totals t = report.totals();
        List<List<Object>> totals = List.of(
                List.of("Số yêu cầu", t.requests()),
                List.of("Lượt xem trang", t.pageViews()),
                List.of("Lượt truy cập", t.visits()),
                List.of("Khách truy cập", t.visitors()),
                List.of("Đăng nhập thành công", t.signIns()),
                List.of("– bằng mật khẩu", t.passwordSignIns()),
                List.of("– qua định danh điện tử quốc gia", t.nationalSignIns()),
                List.of("Bản ghi không xác định được khách", t.skipped()));
        List<List<Object>> pages = new ArrayList<>();
        for (AccessReport.PageLine p : report.pages()) {
            pages.add(List.of(p.page(), p.views(), p.share()));
        }
        List<List<Object>> days = new ArrayList<>();
        for (AccessReport.DayLine d : report.days()) {
            days.add(List.of(d.day(), d.views(), d.visits(), d.visitors()));
        }
        List<List<Object>> hours = new ArrayList<>();
        for (AccessReport.HourLine h : report.hours()) {
            hours.add(List.of(h.label(), h.views(), h.visits()));
        }
        List<List<Object>> devices = new ArrayList<>();
        for (AccessReport.DeviceLine d : report.devices()) {
            devices.add(List.of(DEVICE_NAMES.get(d.device()), d.views(), d.visits(),
                    d.visitors()));
        }
        return new TableExport("Báo cáo truy cập Cổng Dịch vụ công", notes, List.of(
                new TableExport.Section("Tổng hợp", List.of(
                        TableExport.Column.text("Chỉ tiêu"),
                        TableExport.Column.integer("Số lượng")), totals),
                new TableExport.Section("Theo trang", List.of(
                        TableExport.Column.text("Trang"),
                        TableExport.Column.integer("Lượt xem"),
                        TableExport.Column.percent("Tỷ lệ")), pages),
                new TableExport.Section("Theo ngày", List.of(
                        TableExport.Column.date("Ngày"),
                        TableExport.Column.integer("Lượt xem trang"),
                        TableExport.Column.integer("Lượt truy cập"),
                        TableExport.Column.integer("Khách truy cập")), days),
                new TableExport.Section("Theo giờ", List.of(
                        TableExport.Column.text("Giờ"),
                        TableExport.Column.integer("Lượt xem trang"),
                        TableExport.Column.integer("Lượt truy cập")), hours),
                new TableExport.Section("Theo thiết bị", List.of(
                        TableExport.Column.text("Thiết bị"),
                        TableExport.Column.integer("Lượt xem trang"),
                        TableExport.Column.integer("Lượt truy cập"),
                        TableExport.Column.integer("Khách truy cập")), devices)));
    }
}
