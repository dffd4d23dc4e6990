package vn.dvcportal.dossier.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.Dossier;

/** The texts of the mails applicants receive about their dossiers, in Vietnamese. */
public final class DossierMails {

    /** One mail. */
    public record Mail(String subject, String text) {
    }

    private static final String PORTAL = "Cổng Dịch vụ công";
    private static final String SIGNATURE = "\n\nTrân trọng,\n" + PORTAL + "\n\n"
            + "Đây là thư tự động, vui lòng không trả lời thư này. Để trao đổi về hồ sơ, vui"
            + " lòng dùng mục Trao đổi của hồ sơ trên " + PORTAL + ".";
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("HH:mm 'ngày' dd/MM/uuuu").withZone(WorkingCalendar.ZONE);

    private DossierMails() {
    }

    public static Mail submitted(Dossier d) {
        return new Mail("Đã nộp hồ sơ " + d.getCode(), greeting(d)
                + "Hồ sơ " + what(d) + " đã được gửi đến " + d.getAgencyName() + " lúc "
                + when(d.getSubmittedAt()) + ".\n"
                + (d.getDueAt() == null ? ""
                        : "Ngày hẹn trả kết quả dự kiến: " + when(d.getDueAt())
                                + " (sẽ được xác định khi cơ quan tiếp nhận hồ sơ).\n")
                + "\nMã hồ sơ " + d.getCode() + " dùng để tra cứu tình trạng hồ sơ. Giấy tiếp"
                + " nhận hồ sơ được đính kèm thư này." + SIGNATURE);
    }

    public static Mail received(Dossier d) {
        return new Mail("Hồ sơ " + d.getCode() + " đã được tiếp nhận", greeting(d)
                + d.getAgencyName() + " đã tiếp nhận hồ sơ " + what(d) + " lúc "
                + when(d.getReceivedAt()) + ".\n"
                + (d.getDueAt() == null ? ""
                        : "Ngày hẹn trả kết quả: " + when(d.getDueAt()) + ".\n")
                + "\nGiấy tiếp nhận hồ sơ và hẹn trả kết quả được đính kèm thư này."
                + SIGNATURE);
    }

    public static Mail supplementRequested(Dossier d, String reasons, List<String> missing) {
        return new Mail("Yêu cầu bổ sung hồ sơ " + d.getCode(), greeting(d)
                + d.getAgencyName() + " đề nghị bổ sung, hoàn thiện hồ sơ " + what(d)
                + ".\n\nLý do: " + reasons + "\n"
                + (missing.isEmpty() ? "" : "\nCần bổ sung:\n- " + String.join("\n- ", missing)
                        + "\n")
                + "\nVui lòng đăng nhập " + PORTAL + ", mở hồ sơ và gửi phần bổ sung. Thời hạn"
                + " giải quyết được tính lại từ khi nhận đủ hồ sơ bổ sung. Phiếu yêu cầu bổ"
                + " sung được đính kèm thư này." + SIGNATURE);
    }

    public static Mail refused(Dossier d, String reasons) {
        return new Mail("Hồ sơ " + d.getCode() + " không được tiếp nhận", greeting(d)
                + d.getAgencyName() + " từ chối tiếp nhận hồ sơ " + what(d) + ".\n\nLý do: "
                + reasons + "\n\nPhiếu từ chối tiếp nhận được đính kèm thư này." + SIGNATURE);
    }

    public static Mail stopped(Dossier d, String reasons) {
        return new Mail("Hồ sơ " + d.getCode() + " không được giải quyết", greeting(d)
                + d.getAgencyName() + " dừng giải quyết hồ sơ " + what(d) + ".\n\nLý do: "
                + reasons + SIGNATURE);
    }

    public static Mail delayed(Dossier d) {
        return new Mail("Hẹn lại ngày trả kết quả hồ sơ " + d.getCode(), greeting(d)
                + d.getAgencyName() + " xin lỗi vì chưa thể trả kết quả hồ sơ " + what(d)
                + " đúng hẹn " + when(d.getPreviousDueAt()) + ".\n\nLý do: "
                + d.getExtensionReason() + "\nNgày hẹn trả kết quả mới: " + when(d.getDueAt())
                + ".\n\nPhiếu xin lỗi và hẹn lại ngày trả kết quả được đính kèm thư này."
                + SIGNATURE);
    }

    public static Mail resultReady(Dossier d) {
        return new Mail("Đã có kết quả hồ sơ " + d.getCode(), greeting(d)
                + "Hồ sơ " + what(d) + " đã có kết quả giải quyết.\n"
                + (d.getDelivery() == null ? "" : "Hình thức nhận kết quả: "
                        + PaperData.deliveryText(d) + ".\n")
                + "\nVui lòng đăng nhập " + PORTAL + " để xem chi tiết." + SIGNATURE);
    }

    public static Mail returned(Dossier d) {
        return new Mail("Đã trả kết quả hồ sơ " + d.getCode(), greeting(d)
                + "Kết quả hồ sơ " + what(d) + " đã được trả lúc " + when(d.getReturnedAt())
                + ". Cảm ơn Ông/Bà đã sử dụng dịch vụ công." + SIGNATURE);
    }

    public static Mail message(Dossier d, String author, String body) {
        return new Mail("Trao đổi về hồ sơ " + d.getCode(), greeting(d)
                + d.getAgencyName() + " (" + author + ") gửi Ông/Bà nội dung sau về hồ sơ "
                + what(d) + ":\n\n" + body + SIGNATURE);
    }

    private static String greeting(Dossier d) {
        return "Kính gửi " + d.getApplicantName() + ",\n\n";
    }

    private static String what(Dossier d) {
        return d.getCode() + " (" + d.getProcedureName() + ")";
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
