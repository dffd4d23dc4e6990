package vn.dvcportal.division.entity;

/** Which administrative tree a unit belongs to. */
public enum UnitEra {

    /** The three-level tree (province, district, commune) in force until 30 June 2025. */
    PRE_2025,

    /** The two-level tree (province, commune) in force since 1 July 2025. */
    CURRENT
}
