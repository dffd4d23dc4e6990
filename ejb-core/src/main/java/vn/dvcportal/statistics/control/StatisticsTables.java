package vn.dvcportal.statistics.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dvcportal.report.control.TableExport;
import vn.dvcportal.report.control.TableExport.Column;
import vn.dvcportal.report.control.TableExport.Section;

/**
 * The back-office statistics as an exportable document, in Vietnamese. The workbook has every
 * counter in a column of its own, as numbers; the PDF, an A4 page across, groups them so that a
 * line fits the page.
 */
public final class StatisticsTables {

    public static final String TITLE = "Thống kê tình trạng giải quyết hồ sơ";

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(
            "HH:mm 'ngày' dd/MM/yyyy");

    private StatisticsTables() {
    }

    /** The document for Excel: every counter. */
    public static TableExport workbook(StatisticsReport report, Instant now) {
        List<Column> detail = detailColumns();
        List<Section> sections = new ArrayList<>();
        sections.add(totals(report.totals()));
        sections.add(indicators(report.totals()));
        sections.add(section("Theo cơ quan", List.of(Column.text("Cơ quan")), detail,
                report.byAgency(), true));
        sections.add(section("Theo lĩnh vực", List.of(Column.text("Lĩnh vực")), detail,
                report.byField(), true));
        List<Column> columns = new ArrayList<>(List.of(Column.text("Cơ quan"),
                Column.text("Lĩnh vực"), Column.text("Mã thủ tục"),
                Column.text("Tên thủ tục")));
        columns.addAll(detail);
        List<List<Object>> rows = new ArrayList<>();
        for (ProcedureLine line : report.rows()) {
            List<Object> row = new ArrayList<>(List.of(line.agencyName(), line.fieldName(),
                    line.procedureCode(), line.procedureName()));
            row.addAll(detailValues(line.figures()));
            rows.add(row);
        }
        sections.add(new Section("Theo thủ tục", columns, rows));
        return new TableExport(TITLE, notes(report, now), sections);
    }

    /** The document for PDF: counters grouped so that a line fits an A4 page across. */
    public static TableExport printable(StatisticsReport report, Instant now) {
        List<Column> brief = briefColumns();
        List<Section> sections = new ArrayList<>();
        sections.add(totals(report.totals()));
        sections.add(indicators(report.totals()));
        sections.add(section("Theo cơ quan", List.of(Column.text("Cơ quan")), brief,
                report.byAgency(), false));
        sections.add(section("Theo lĩnh vực", List.of(Column.text("Lĩnh vực")), brief,
                report.byField(), false));
        List<Column> columns = new ArrayList<>(List.of(Column.text("Thủ tục")));
        columns.addAll(brief);
        List<List<Object>> rows = new ArrayList<>();
        for (ProcedureLine line : report.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(line.procedureCode() + " – " + line.procedureName()
                    + (report.scope() == null ? " (" + line.agencyName() + ")" : ""));
            row.addAll(briefValues(line.figures()));
            rows.add(row);
        }
        sections.add(new Section("Theo thủ tục", columns, rows));
        return new TableExport(TITLE, notes(report, now), sections);
    }

    static List<String> notes(StatisticsReport report, Instant now) {
        List<String> notes = new ArrayList<>();
        notes.add(report.scope() == null ? "Tất cả cơ quan" : "Cơ quan: " + report.scope());
        if (report.fieldName() != null) {
            notes.add("Lĩnh vực: " + report.fieldName());
        }
        notes.add("Kỳ thống kê: " + report.periodLabel());
        if (report.asOf() != null) {
            notes.add("Số liệu tính đến " + MOMENT.format(report.asOf()
                    .atZone(StatisticsPeriod.ZONE)));
        }
        notes.add("Lập lúc " + MOMENT.format(now.atZone(StatisticsPeriod.ZONE))
                + (report.complete() ? "" : " (số liệu chưa đầy đủ: đang được lập)"));
        notes.add("Kỳ trước chuyển qua + tiếp nhận mới = đã giải quyết + đang giải quyết"
                + " + tạm dừng + trả lại/rút + từ chối. Hạn giải quyết và thời gian giải quyết"
                + " tính theo ngày làm việc.");
        return notes;
    }

    private static Section totals(Figures f) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Kỳ trước chuyển qua", f.carriedOver()));
        rows.add(row("Tiếp nhận mới", f.received()));
        rows.add(row("– trực tuyến", f.receivedOnline()));
        rows.add(row("– trực tiếp", f.receivedDesk()));
        rows.add(row("– qua dịch vụ bưu chính", f.receivedPost()));
        rows.add(row("Tổng số hồ sơ", f.handled()));
        rows.add(row("Đã giải quyết", f.settled()));
        rows.add(row("– trước hạn", f.settledEarly()));
        rows.add(row("– đúng hạn", f.settledOnTime()));
        rows.add(row("– quá hạn", f.settledLate()));
        rows.add(row("Đang giải quyết", f.pending()));
        rows.add(row("– trong hạn", f.pendingOnTime()));
        rows.add(row("– quá hạn", f.pendingOverdue()));
        rows.add(row("Tạm dừng", f.paused()));
        rows.add(row("– chờ bổ sung hồ sơ", f.pausedSupplement()));
        rows.add(row("– chờ thực hiện nghĩa vụ tài chính", f.pausedPayment()));
        rows.add(row("Trả lại/rút hồ sơ", f.withdrawnOrReturned()));
        rows.add(row("– công dân rút hồ sơ", f.withdrawn()));
        rows.add(row("– trả lại, không tiếp nhận", f.returned()));
        rows.add(row("Từ chối giải quyết", f.refused()));
        return new Section("Tổng hợp", List.of(Column.text("Chỉ tiêu"),
                Column.integer("Số hồ sơ")), rows);
    }

    private static Section indicators(Figures f) {
        List<Object> row = new ArrayList<>();
        row.add(f.onTimeRate());
        row.add(f.averageDays());
        return new Section("Chỉ số", List.of(
                Column.percent("Tỷ lệ giải quyết đúng hạn (gồm trước hạn)"),
                Column.decimal("Thời gian giải quyết trung bình (ngày làm việc)")),
                List.of(row));
    }

    private static List<Object> row(String label, long value) {
        return List.of(label, value);
    }

    private static Section section(String heading, List<Column> first, List<Column> figures,
            List<StatisticsLine> lines, boolean detail) {
        List<Column> columns = new ArrayList<>(first);
        columns.addAll(figures);
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsLine line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.label());
            row.addAll(detail ? detailValues(line.figures()) : briefValues(line.figures()));
            rows.add(row);
        }
        return new Section(heading, columns, rows);
    }

    static List<Column> detailColumns() {
        return List.of(Column.integer("Kỳ trước chuyển qua"),
                Column.integer("Tiếp nhận trực tuyến"), Column.integer("Tiếp nhận trực tiếp"),
                Column.integer("Tiếp nhận qua bưu chính"), Column.integer("Tổng số hồ sơ"),
                Column.integer("Đã giải quyết trước hạn"),
                Column.integer("Đã giải quyết đúng hạn"), Column.integer("Đã giải quyết quá hạn"),
                Column.integer("Đang giải quyết trong hạn"),
                Column.integer("Đang giải quyết quá hạn"), Column.integer("Tạm dừng chờ bổ sung"),
                Column.integer("Tạm dừng chờ nghĩa vụ tài chính"),
                Column.integer("Công dân rút hồ sơ"), Column.integer("Trả lại, không tiếp nhận"),
                Column.integer("Từ chối giải quyết"), Column.percent("Tỷ lệ đúng hạn"),
                Column.decimal("Thời gian giải quyết trung bình (ngày làm việc)"));
    }

    static List<Object> detailValues(Figures f) {
        List<Object> values = new ArrayList<>(List.of(f.carriedOver(), f.receivedOnline(),
                f.receivedDesk(), f.receivedPost(), f.handled(), f.settledEarly(),
                f.settledOnTime(), f.settledLate(), f.pendingOnTime(), f.pendingOverdue(),
                f.pausedSupplement(), f.pausedPayment(), f.withdrawn(), f.returned(),
                f.refused()));
        values.add(f.onTimeRate());
        values.add(f.averageDays());
        return values;
    }

    static List<Column> briefColumns() {
        return List.of(Column.integer("Kỳ trước chuyển qua"), Column.integer("Tiếp nhận mới"),
                Column.integer("Đã giải quyết trước, đúng hạn"),
                Column.integer("Đã giải quyết quá hạn"),
                Column.integer("Đang giải quyết trong hạn"),
                Column.integer("Đang giải quyết quá hạn"), Column.integer("Tạm dừng"),
                Column.integer("Trả lại/rút"), Column.integer("Từ chối"),
                Column.percent("Tỷ lệ đúng hạn"));
    }

    static List<Object> briefValues(Figures f) {
        List<Object> values = new ArrayList<>(List.of(f.carriedOver(), f.received(),
                f.settledInTime(), f.settledLate(), f.pendingOnTime(), f.pendingOverdue(),
                f.paused(), f.withdrawnOrReturned(), f.refused()));
        values.add(f.onTimeRate());
        return values;
    }
}
