package vn.dvcportal.identity.control;

import java.time.Duration;

/** The texts of the mails accounts receive, in Vietnamese, plain text. */
public final class IdentityMails {

    /** One mail. */
    public record Mail(String subject, String text) {
    }

    private static final String PORTAL = "Cổng Dịch vụ công";
    private static final String SIGNATURE = "\n\nTrân trọng,\n" + PORTAL + "\n\n"
            + "Đây là thư tự động, vui lòng không trả lời thư này.";

    private IdentityMails() {
    }

    public static Mail verifyEmail(String name, String link, Duration validity) {
        return new Mail("Xác nhận địa chỉ thư điện tử - " + PORTAL,
                "Kính gửi " + name + ",\n\n"
                        + "Để kích hoạt tài khoản vừa đăng ký trên " + PORTAL + ", vui lòng mở"
                        + " liên kết sau trong vòng " + span(validity) + ":\n\n" + link + "\n\n"
                        + "Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này."
                        + SIGNATURE);
    }

    public static Mail resetPassword(String name, String link, Duration validity) {
        return new Mail("Đặt lại mật khẩu - " + PORTAL,
                "Kính gửi " + name + ",\n\n"
                        + "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn."
                        + " Để đặt mật khẩu mới, vui lòng mở liên kết sau trong vòng "
                        + span(validity) + ":\n\n" + link + "\n\n"
                        + "Liên kết chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua"
                        + " thư này: mật khẩu hiện tại vẫn giữ nguyên." + SIGNATURE);
    }

    public static Mail firstPassword(String name, String loginName, String link,
            Duration validity) {
        return new Mail("Tài khoản cán bộ trên " + PORTAL,
                "Kính gửi " + name + ",\n\n"
                        + "Quản trị viên đã tạo cho bạn tài khoản cán bộ với tên đăng nhập "
                        + loginName + ". Để đặt mật khẩu, vui lòng mở liên kết sau trong vòng "
                        + span(validity) + ":\n\n" + link + SIGNATURE);
    }

    static String span(Duration validity) {
        if (validity.toDays() >= 1 && validity.toHours() % 24 == 0) {
            return validity.toDays() == 1 ? "24 giờ" : validity.toDays() + " ngày";
        }
        if (validity.toMinutes() >= 60 && validity.toMinutes() % 60 == 0) {
            return validity.toHours() + " giờ";
        }
        return validity.toMinutes() + " phút";
    }
}
