package vn.dvcportal.audit.entity;

/**
 * Security events worth keeping. Stored by name, so a constant may be added but never renamed
 * while records carry it.
 */
public enum AuditEventType {
    REGISTERED,
    EMAIL_VERIFIED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    SIGNED_OUT,
    SIGNED_OUT_EVERYWHERE,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    ROLE_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    EXTERNAL_SIGN_IN,
    EXTERNAL_ACCOUNT_LINKED,
    PROFILE_CHANGED,
    /** An administrator set the e-form of a procedure. */
    FORM_DEFINED,
    /** An administrator declared, changed or removed a day of the working calendar. */
    CALENDAR_CHANGED
}
