package vn.dvcportal.dossier.entity;

/** How the applicant wants the result. */
public enum Delivery {
    /** Collected at the agency's one-stop desk. */
    DESK("Nhận trực tiếp tại Bộ phận một cửa"),
    /** Sent by post to the postal address given. */
    POST("Nhận qua dịch vụ bưu chính"),
    /** Downloaded from the portal. */
    ONLINE("Nhận trực tuyến trên Cổng");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
