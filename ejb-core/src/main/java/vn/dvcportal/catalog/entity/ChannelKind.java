package vn.dvcportal.catalog.entity;

/** How a dossier can be submitted for a procedure. */
public enum ChannelKind {
    /** In person at the receiving office (trực tiếp). */
    DIRECT,
    /** Through the online public service portal (trực tuyến). */
    ONLINE,
    /** By post (dịch vụ bưu chính). */
    POSTAL
}
