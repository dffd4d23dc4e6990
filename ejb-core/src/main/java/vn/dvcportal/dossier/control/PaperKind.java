package vn.dvcportal.dossier.control;

/** The papers of the one-stop desk a dossier can be printed on. */
public enum PaperKind {
    /** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("mau-01-giay-tiep-nhan"),
    /** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST("mau-02-yeu-cau-bo-sung"),
    /** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL("mau-03-tu-choi"),
    /** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
    APOLOGY("mau-04-xin-loi"),
    /** Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    CONTROL_SHEET("mau-05-phieu-kiem-soat");

    private final String fileStem;

    PaperKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** A file name for the paper of a dossier, ASCII only. */
    public String fileName(String dossierCode) {
        return fileStem + "-" + (dossierCode == null ? "nhap" : dossierCode) + ".pdf";
    }
}
