package vn.dvcportal.catalog.entity;

/** How far a procedure can be carried out online (mức độ dịch vụ công trực tuyến). */
public enum ServiceLevel {
    /** Toàn trình: the whole procedure, from submission to result, happens online. */
    FULL_ONLINE,
    /** Một phần: submission is online but some step still needs paper or a visit. */
    PARTIAL_ONLINE
}
