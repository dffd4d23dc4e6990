package vn.dvcportal.eform.control;

/** The kinds of input an e-form field can be; each has its own check of the value. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    NUMBER,
    /** Stored as ISO yyyy-MM-dd, shown and typed as dd/MM/yyyy. */
    DATE,
    EMAIL,
    PHONE,
    /** The 12-digit personal identification number. */
    ID_NUMBER,
    SELECT,
    /** "true" when ticked; required means it must be ticked, as for a declaration. */
    CHECKBOX,
    /** A province code of the units in force. */
    PROVINCE,
    /** A commune code of the province chosen in the field named by dependsOn. */
    COMMUNE
}
