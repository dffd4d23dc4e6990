package vn.dvcportal.identity.entity;

/** What a one-time link proves. Stored by name. */
public enum TokenPurpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
}
