package vn.dvcportal.dossier.entity;

/**
 * What someone did to a dossier, as the process control sheet lists it. Stored by name, so a
 * value may be added but never renamed.
 */
public enum DossierAction {
    CREATE("Tạo hồ sơ nháp"),
    SUBMIT("Nộp hồ sơ"),
    ACCEPT("Tiếp nhận hồ sơ"),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung hồ sơ"),
    SUPPLEMENT("Bổ sung hồ sơ"),
    REFUSE_RECEIPT("Từ chối tiếp nhận hồ sơ"),
    ASSIGN("Phân công xử lý"),
    CONSULT("Xin ý kiến phòng ban"),
    ANSWER("Trả lời xin ý kiến"),
    PROPOSE("Trình kết quả"),
    APPROVE("Phê duyệt kết quả"),
    STOP("Từ chối, dừng xử lý"),
    SEND_BACK("Trả lại để xử lý lại"),
    DELAY("Gia hạn, xin lỗi"),
    RETURN_RESULT("Trả kết quả"),
    WITHDRAW("Rút hồ sơ");

    private final String label;

    DossierAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String labelKey() {
        return "dossier.action." + name();
    }
}
