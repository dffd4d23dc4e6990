package vn.dvcportal.identity.entity;

/** Who an account belongs to; it decides the login name and the profile. Stored by name. */
public enum AccountKind {
    /** Signs in with the 12-digit personal identification number. */
    CITIZEN,
    /** A business or organisation; signs in with its tax code. */
    BUSINESS,
    /** Staff of an agency; signs in with a user name chosen by an administrator. */
    OFFICIAL
}
