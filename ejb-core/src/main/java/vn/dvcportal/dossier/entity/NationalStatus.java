package vn.dvcportal.dossier.entity;

/**
 * The status of a dossier as the national portal counts it (codes 1 to 10). The label is the
 * Vietnamese wording for papers and mails; pages take theirs from the bundle key.
 */
public enum NationalStatus {
    NEW(1, "Mới đăng ký"),
    RECEIVED(2, "Được tiếp nhận"),
    NOT_RECEIVED(3, "Không được tiếp nhận"),
    IN_PROCESS(4, "Đang xử lý"),
    SUPPLEMENT(5, "Yêu cầu bổ sung"),
    /** Kept for fees and charges; no step leads here until payment exists. */
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    RESULT_READY(9, "Đã xử lý xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String label;

    NationalStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The national code, 1 to 10. */
    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The resource bundle key of the label: {@code status.N}. */
    public String labelKey() {
        return "status." + code;
    }

    public static NationalStatus ofCode(int code) {
        for (NationalStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("No national status " + code);
    }
}
