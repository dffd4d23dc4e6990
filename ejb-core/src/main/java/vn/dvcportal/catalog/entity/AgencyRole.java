package vn.dvcportal.catalog.entity;

/** The part an agency plays in a procedure, as the national catalogue lists them. */
public enum AgencyRole {
    /** Cơ quan có thẩm quyền. */
    COMPETENT,
    /** Cơ quan thực hiện. */
    IMPLEMENTING,
    /** Cơ quan phối hợp. */
    COORDINATING,
    /** Cơ quan được ủy quyền. */
    DELEGATED
}
