package vn.dvcportal.dossier.entity;

/** How the dossier reached the agency. */
public enum SubmissionChannel {
    ONLINE("Trực tuyến"),
    DESK("Trực tiếp"),
    POST("Qua dịch vụ bưu chính");

    private final String label;

    SubmissionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
