package vn.dvcportal.paper.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.dvcportal.paper.control.PaperCanvas.Align;
import vn.dvcportal.paper.control.PaperCanvas.Column;
import vn.dvcportal.paper.control.PaperCanvas.Face;
import vn.dvcportal.paper.control.PaperCanvas.Para;
import vn.dvcportal.paper.control.PaperCanvas.Span;
import vn.dvcportal.paper.control.PaperCanvas.TableColumn;

/**
 * The papers of the one-stop desk (Mẫu 01 to 05 of Thông tư 01/2018/TT-VPCP as amended by
 * Thông tư 01/2023/TT-VPCP) as PDF.
 *
 * <p>Every paper carries the national header with the agency on the left, the dossier code,
 * the applicant, the procedure and a signature block. Dates are those of Asia/Ho_Chi_Minh,
 * written dd/MM/yyyy, with the time (HH:mm) where the hour counts: when a dossier was handed
 * in and when its result is due. A field without value prints as a dotted line, as on the
 * printed forms, so the official can still fill it in by hand.
 *
 * <p>Mẫu 01 to 04 are handed to the applicant and printed on A5 as usual at the desk; the
 * control sheet (Mẫu 05) follows the dossier through the offices and is A4.
 *
 * <p>Stateless and thread-safe; each call builds its own document.
 */
public class Papers {

    /** The time zone of every date printed. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String RECEIPT_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    static final String CONTROL_TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String SIGN_HINT = "(Ký và ghi rõ họ tên)";

    /** Length of the dotted line left for a value inside a sentence. */
    private static final float INLINE_DOTS = 90;
    private static final float DATE_TIME_DOTS = 120;

    /** Side of the QR code on the receipt: about 23 mm, easy for a phone camera. */
    private static final float QR_SIDE = 60;

    /** Paper size, margins (top, right, bottom, left) and body text size. */
    private enum Format {
        A5(PDRectangle.A5, 24, 24, 30, 36, 10),
        A4(PDRectangle.A4, 45, 40, 45, 70, 11);

        final PDRectangle size;
        final float top;
        final float right;
        final float bottom;
        final float left;
        final float body;

        Format(PDRectangle size, float top, float right, float bottom, float left, float body) {
            this.size = size;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
            this.left = left;
            this.body = body;
        }

        PaperCanvas canvas() {
            return new PaperCanvas(size, top, right, bottom, left);
        }
    }

    private record Signer(String role, String hint, String name) {
    }

    private final Clock clock;

    public Papers() {
        this(Clock.system(ZONE));
    }

    /** Papers dated by {@code clock} where the paper itself is dated "today". */
    public Papers(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Mẫu 01: receipt of the dossier and appointment for the result, with the dossier code as a
     * QR code in the top-left corner so the desk can pull the dossier up by scanning it.
     */
    public byte[] receipt(PaperDossier d) {
        Objects.requireNonNull(d, "dossier");
        Format f = Format.A5;
        try (PaperCanvas c = f.canvas()) {
            Instant issued = d.receivedAt() != null ? d.receivedAt() : clock.instant();
            header(c, f, d, issued, true);
            title(c, f, RECEIPT_TITLE, d.code());

            // Submitted online but not yet taken in: the agency has the dossier, it has not
            // received it, and the due date is only what the submission time gives.
            boolean onlyOnline = d.receivedAt() == null && d.submittedAt() != null;
            c.paragraph(Para.of(f.body, Align.LEFT, inline(d.agencyName()),
                    Span.of(onlyOnline ? " đã nhận hồ sơ nộp trực tuyến của:"
                            : " đã tiếp nhận hồ sơ của:")).before(f.body / 2));
            field(c, f, "Ông/Bà", d.applicantName(), true);
            field(c, f, "Số giấy tờ định danh", d.applicantId(), false);
            field(c, f, "Địa chỉ", d.applicantAddress(), false);
            field(c, f, "Số điện thoại", d.applicantPhone(), false);
            field(c, f, "Thư điện tử", d.applicantEmail(), false);
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Nội dung yêu cầu giải quyết: "),
                    d.procedureCode() == null ? value(d.procedureName())
                            : inline(d.procedureName()), Span.of(d.procedureCode() == null ? ""
                            : " (mã thủ tục " + d.procedureCode() + ")")));

            heading(c, f, Span.of("1. Thành phần hồ sơ nộp gồm:"));
            if (d.documents().isEmpty()) {
                c.paragraph(Para.of(f.body, Align.LEFT, Span.dots()));
            } else {
                List<List<List<Span>>> rows = new ArrayList<>();
                int i = 1;
                for (PaperDocument doc : d.documents()) {
                    rows.add(List.of(List.of(Span.of(Integer.toString(i++))),
                            List.of(value(doc.name())),
                            List.of(Span.of(Integer.toString(doc.originals()))),
                            List.of(Span.of(Integer.toString(doc.copies())))));
                }
                c.table(List.of(new TableColumn("STT", 1.1f, Align.CENTER),
                        new TableColumn("Tên giấy tờ", 8.4f, Align.LEFT),
                        new TableColumn("Bản chính", 1.7f, Align.CENTER),
                        new TableColumn("Bản sao", 1.7f, Align.CENTER)), rows, f.body - 1.5f);
            }
            numbered(c, f, "2. Số lượng hồ sơ: ", Span.bold("01 bộ."));
            numbered(c, f, "3. Thời gian nộp hồ sơ: ", dateTime(d.submittedAt()));
            if (onlyOnline) {
                numbered(c, f, "4. Thời gian nhận hồ sơ: ",
                        Span.of("chưa tiếp nhận (hồ sơ đang chờ cơ quan tiếp nhận)"));
                c.paragraph(Para.of(f.body, Align.LEFT,
                        Span.of("5. Thời gian trả kết quả giải quyết hồ sơ: "),
                        dateTime(d.dueAt()), Span.of(" (dự kiến, tính từ thời điểm nộp)"))
                        .before(f.body / 4));
            } else {
                numbered(c, f, "4. Thời gian nhận hồ sơ: ", dateTime(d.receivedAt()));
                numbered(c, f, "5. Thời gian trả kết quả giải quyết hồ sơ: ",
                        dateTime(d.dueAt()));
            }
            numbered(c, f, "6. Đăng ký nhận kết quả tại: ", value(d.deliveryText()));
            signatures(c, f, List.of(
                    new Signer("NGƯỜI NỘP HỒ SƠ", SIGN_HINT, d.applicantName()),
                    new Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", SIGN_HINT, d.receiverName())));
            return c.finish(RECEIPT_TITLE + " " + text(d.code()), footer(d));
        }
    }

    /**
     * Mẫu 02: request to complete the dossier, listing what is missing or wrong.
     *
     * @param reasons why, in the official's words; may span several lines
     * @param missing the documents or contents to hand in, one item each
     * @param official the official who explains it and signs
     */
    public byte[] supplementRequest(PaperDossier d, String reasons, List<String> missing,
            String official) {
        Objects.requireNonNull(d, "dossier");
        Format f = Format.A5;
        try (PaperCanvas c = f.canvas()) {
            header(c, f, d, clock.instant(), false);
            title(c, f, SUPPLEMENT_TITLE, d.code());
            addressee(c, f, d);
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Ngày "),
                    date(firstOf(d.receivedAt(), d.submittedAt())), Span.of(", "),
                    inline(d.agencyName()),
                    Span.of(" nhận được hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: "),
                    inline(d.procedureName()), Span.of(".")).before(f.body / 2));
            heading(c, f, Span.bold("Hồ sơ cần được bổ sung, hoàn thiện những nội dung sau:"));
            List<String> items = missing == null ? List.of()
                    : missing.stream().filter(m -> m != null && !m.isBlank()).toList();
            if (items.isEmpty()) {
                c.paragraph(Para.of(f.body, Align.LEFT, Span.dots()));
            }
            for (int i = 0; i < items.size(); i++) {
                c.paragraph(Para.of(f.body, Align.LEFT, Span.of((i + 1) + ". " + items.get(i)))
                        .indent(f.body, 2.4f * f.body));
            }
            c.paragraph(Para.of(f.body, Align.LEFT, Span.bold("Lý do: "), value(reasons))
                    .before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Đề nghị Ông/Bà bổ sung, hoàn thiện"
                    + " hồ sơ theo các nội dung trên. Thời hạn giải quyết hồ sơ được tính từ khi"
                    + " nhận đủ hồ sơ đã bổ sung, hoàn thiện. Nếu có vướng mắc, xin liên hệ người"
                    + " hướng dẫn dưới đây.")).before(f.body / 2));
            signatures(c, f, List.of(new Signer("NGƯỜI HƯỚNG DẪN", SIGN_HINT, official)));
            return c.finish(SUPPLEMENT_TITLE + " " + text(d.code()), footer(d));
        }
    }

    /**
     * Mẫu 03: refusal to take in or to settle the dossier.
     *
     * @param reasons the reasons, citing the rule where there is one
     * @param official the official who signs
     */
    public byte[] refusal(PaperDossier d, String reasons, String official) {
        Objects.requireNonNull(d, "dossier");
        Format f = Format.A5;
        try (PaperCanvas c = f.canvas()) {
            header(c, f, d, clock.instant(), false);
            title(c, f, REFUSAL_TITLE, d.code());
            addressee(c, f, d);
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Ngày "),
                    date(firstOf(d.receivedAt(), d.submittedAt())), Span.of(", "),
                    inline(d.agencyName()),
                    Span.of(" nhận được hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: "),
                    inline(d.procedureName()), Span.of(".")).before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Qua xem xét, "),
                    inline(d.agencyName()), Span.of(" thông báo không tiếp nhận, giải quyết hồ sơ"
                            + " này với lý do cụ thể như sau:")).before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT, value(reasons)).indent(f.body, f.body));
            c.paragraph(Para.of(f.body, Align.LEFT,
                    Span.of("Xin thông báo để Ông/Bà được biết và thực hiện./."))
                    .before(f.body / 2));
            signatures(c, f, List.of(
                    new Signer("NGƯỜI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", SIGN_HINT, official)));
            return c.finish(REFUSAL_TITLE + " " + text(d.code()), footer(d));
        }
    }

    /**
     * Mẫu 04: apology for a late result with the new appointment.
     *
     * @param d the dossier with {@code dueAt} still the due date that is being missed
     * @param reason why the result is late
     * @param newDue the new appointment
     * @param official who signs for the agency
     */
    public byte[] apology(PaperDossier d, String reason, Instant newDue, String official) {
        Objects.requireNonNull(d, "dossier");
        Format f = Format.A5;
        try (PaperCanvas c = f.canvas()) {
            header(c, f, d, clock.instant(), false);
            title(c, f, APOLOGY_TITLE, d.code());
            addressee(c, f, d);
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Ngày "),
                    date(firstOf(d.receivedAt(), d.submittedAt())), Span.of(", "),
                    inline(d.agencyName()),
                    Span.of(" tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: "),
                    inline(d.procedureName()), Span.of(". Thời gian hẹn trả kết quả: "),
                    dateTime(d.dueAt()), Span.of(".")).before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Đến nay, hồ sơ của Ông/Bà chưa"
                    + " được giải quyết xong. Lý do: "), value(reason)).before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Sự chậm trễ này đã gây phiền hà"
                    + " cho Ông/Bà. "), inline(d.agencyName()),
                    Span.of(" xin lỗi Ông/Bà và hẹn trả kết quả vào "), dateTime(newDue),
                    Span.of(".")).before(f.body / 2));
            c.paragraph(Para.of(f.body, Align.LEFT,
                    Span.of("Rất mong nhận được sự thông cảm của Ông/Bà.")).before(f.body / 2));
            signatures(c, f, List.of(new Signer("ĐẠI DIỆN CƠ QUAN",
                    "(Ký, ghi rõ họ tên và đóng dấu)", official)));
            return c.finish(APOLOGY_TITLE + " " + text(d.code()), footer(d));
        }
    }

    /**
     * Mẫu 05: control sheet of the handling, one row per hand-over, with the result of each
     * step against its deadline (before, on or after it). Events print in the order given.
     */
    public byte[] controlSheet(PaperDossier d, List<PaperEvent> events) {
        Objects.requireNonNull(d, "dossier");
        Format f = Format.A4;
        try (PaperCanvas c = f.canvas()) {
            header(c, f, d, clock.instant(), false);
            title(c, f, CONTROL_TITLE, d.code());
            field(c, f, "Người nộp hồ sơ", d.applicantName(), true);
            field(c, f, "Thủ tục", d.procedureName(), false);
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Thời gian nhận hồ sơ: "),
                    dateTime(d.receivedAt())));
            c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Thời gian hẹn trả kết quả: "),
                    dateTime(d.dueAt())));
            field(c, f, "Người tiếp nhận", d.receiverName(), false);
            c.gap(f.body / 2);

            List<List<List<Span>>> rows = new ArrayList<>();
            int i = 1;
            for (PaperEvent e : events == null ? List.<PaperEvent>of() : events) {
                if (e == null) {
                    continue;
                }
                String who = join(e.actor(), e.unit());
                rows.add(List.of(
                        List.of(Span.of(Integer.toString(i++))),
                        List.of(Span.bold(text(e.action())),
                                Span.of(who.isEmpty() ? "" : "\n" + who)),
                        List.of(Span.of(shortDateTime(e.at())), Span.italic(e.deadline() == null
                                ? "" : "\nHạn: " + shortDateTime(e.deadline()))),
                        List.of(Span.of(outcome(e.at(), e.deadline()))),
                        List.of(Span.of(text(e.note())))));
            }
            if (rows.isEmpty()) {
                // Room to write the first steps by hand.
                for (int k = 0; k < 3; k++) {
                    rows.add(List.of());
                }
            }
            c.table(List.of(new TableColumn("STT", 0.9f, Align.CENTER),
                    new TableColumn("Bàn giao / nhận hồ sơ", 4, Align.LEFT),
                    new TableColumn("Thời gian", 2.9f, Align.CENTER),
                    new TableColumn("Kết quả", 1.8f, Align.CENTER),
                    new TableColumn("Ghi chú", 3.8f, Align.LEFT)), rows, f.body - 1.5f);
            c.paragraph(Para.of(f.body - 1.5f, Align.LEFT, Span.italic("Kết quả: Trước hạn,"
                    + " Đúng hạn hoặc Quá hạn so với hạn của bước.")).before(3));
            signatures(c, f, List.of(new Signer("NGƯỜI LẬP PHIẾU", SIGN_HINT,
                    d.receiverName())));
            return c.finish(CONTROL_TITLE + " " + text(d.code()), footer(d));
        }
    }

    // ---------------------------------------------------------------- parts of every paper

    /**
     * National header: agency on the left (under the QR code on the receipt), country and
     * motto on the right with the date of the paper below.
     */
    private static void header(PaperCanvas c, Format f, PaperDossier d, Instant issued,
            boolean qr) {
        float w = c.width();
        float leftWidth = w * 0.42f;
        float rightWidth = w - leftWidth;
        float headSize = f.body + 0.5f;
        List<Para> left = new ArrayList<>();
        boolean withQr = qr && d.code() != null && !d.code().isBlank();
        if (withQr) {
            c.qr(QrCodes.modules(PaperCanvas.clean(d.code()).strip()), 0, 0, QR_SIDE);
            left.add(Para.of(headSize, Align.CENTER).before(QR_SIDE + 8));
        }
        Span agency = d.agencyName() == null || d.agencyName().isBlank()
                ? Span.dots(leftWidth * 0.8f)
                : Span.bold(text(d.agencyName()).toUpperCase(VIETNAMESE));
        left.add(Para.of(headSize, Align.CENTER, agency).balanced().rule(leftWidth / 3));
        List<Para> right = new ArrayList<>(List.of(
                Para.of(c.fit(Face.BOLD, NATION, headSize, rightWidth), Align.CENTER,
                        Span.bold(NATION)),
                Para.of(c.fit(Face.BOLD, MOTTO, headSize + 1, rightWidth), Align.CENTER,
                        Span.bold(MOTTO)).rule(-1),
                Para.of(f.body, Align.CENTER, Span.italic("Ngày " + DATE.format(issued)))
                        .before(f.body / 3)));
        if (withQr) {
            // Beside the QR code, in room the taller left column leaves free anyway.
            right.add(Para.of(f.body - 2, Align.CENTER, Span.italic("Tra cứu tình trạng hồ sơ"
                    + " trên Cổng Dịch vụ công bằng mã hồ sơ hoặc mã QR."))
                    .before(f.body / 2));
        }
        c.block(List.of(new Column(0, leftWidth, left),
                new Column(leftWidth, rightWidth, right)));
    }

    private static void title(PaperCanvas c, Format f, String title, String code) {
        c.paragraph(Para.of(f.body + 2, Align.CENTER, Span.bold(title)).before(f.body));
        c.paragraph(Para.of(f.body, Align.CENTER, Span.of("Mã hồ sơ: "),
                code == null || code.isBlank() ? Span.dots(DATE_TIME_DOTS) : Span.bold(code)));
        c.gap(f.body / 2);
    }

    private static void addressee(PaperCanvas c, Format f, PaperDossier d) {
        c.paragraph(Para.of(f.body, Align.LEFT, Span.of("Kính gửi: Ông/Bà "),
                boldValue(d.applicantName())).before(f.body / 2));
    }

    private static void field(PaperCanvas c, Format f, String label, String value,
            boolean bold) {
        c.paragraph(Para.of(f.body, Align.LEFT, Span.of(label + ": "),
                bold ? boldValue(value) : value(value)));
    }

    private static void heading(PaperCanvas c, Format f, Span text) {
        Para para = Para.of(f.body, Align.LEFT, text).before(f.body / 3);
        // A heading alone at the foot of a page is no use: keep it with two lines after it.
        c.ensure(c.height(para) + 2 * f.body * 1.3f);
        c.paragraph(para);
    }

    private static void numbered(PaperCanvas c, Format f, String label, Span value) {
        c.paragraph(Para.of(f.body, Align.LEFT, Span.of(label), value).before(f.body / 4));
    }

    /** Signature columns side by side, the last on the right, kept together on one page. */
    private static void signatures(PaperCanvas c, Format f, List<Signer> signers) {
        float w = c.width();
        float columnWidth = w / 2;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            float x = w - (signers.size() - i) * columnWidth;
            columns.add(new Column(x, columnWidth, List.of(
                    Para.of(f.body, Align.CENTER, Span.bold(s.role())),
                    Para.of(f.body - 1, Align.CENTER, Span.italic(s.hint())),
                    Para.of(f.body, Align.CENTER, s.name() == null || s.name().isBlank()
                            ? Span.dots(columnWidth * 0.7f) : Span.bold(s.name().strip()))
                            .before(3 * f.body))));
        }
        c.gap(f.body * 0.6f);
        c.block(columns);
    }

    private static String footer(PaperDossier d) {
        return "Mã hồ sơ " + (d.code() == null || d.code().isBlank() ? "..." : d.code());
    }

    // ---------------------------------------------------------------- values

    private static Span value(String text) {
        return text == null || text.isBlank() ? Span.dots() : Span.of(text.strip());
    }

    /** A value inside a sentence: a short dotted line when missing. */
    private static Span inline(String text) {
        return text == null || text.isBlank() ? Span.dots(INLINE_DOTS) : Span.of(text.strip());
    }

    private static Span boldValue(String text) {
        return text == null || text.isBlank() ? Span.dots() : Span.bold(text.strip());
    }

    private static Span date(Instant at) {
        return at == null ? Span.dots(INLINE_DOTS / 1.5f) : Span.of(DATE.format(at));
    }

    /** "08:30 ngày 05/03/2025": the hour matters for handing in and collecting. */
    private static Span dateTime(Instant at) {
        return at == null ? Span.dots(DATE_TIME_DOTS)
                : Span.bold(TIME.format(at) + " ngày " + DATE.format(at));
    }

    private static String shortDateTime(Instant at) {
        return at == null ? "" : TIME.format(at) + " " + DATE.format(at);
    }

    /** Trước hạn (an earlier day), Đúng hạn (the day itself, in time) or Quá hạn. */
    static String outcome(Instant at, Instant deadline) {
        if (at == null || deadline == null) {
            return "";
        }
        if (at.isAfter(deadline)) {
            return "Quá hạn";
        }
        return at.atZone(ZONE).toLocalDate().isBefore(deadline.atZone(ZONE).toLocalDate())
                ? "Trước hạn" : "Đúng hạn";
    }

    private static Instant firstOf(Instant a, Instant b) {
        return a != null ? a : b;
    }

    private static String text(String s) {
        return s == null ? "" : PaperCanvas.clean(s).strip();
    }

    private static String join(String actor, String unit) {
        String a = text(actor);
        String u = text(unit);
        if (a.isEmpty() || u.isEmpty()) {
            return a + u;
        }
        return a + " - " + u;
    }
}
