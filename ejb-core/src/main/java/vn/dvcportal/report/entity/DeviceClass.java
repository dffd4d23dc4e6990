package vn.dvcportal.report.entity;

/** The kind of client behind a user agent. Stored by name. */
public enum DeviceClass {
    DESKTOP,
    MOBILE,
    TABLET,
    /** Crawlers, monitors, scripts and anything that is not a browser. */
    BOT
}
