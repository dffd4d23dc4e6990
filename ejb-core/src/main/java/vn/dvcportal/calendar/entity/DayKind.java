package vn.dvcportal.calendar.entity;

/**
 * How a day of the calendar departs from the ordinary week. Stored by name, so a constant may
 * be added but never renamed while days carry it.
 */
public enum DayKind {
    /** Ngày lễ, Tết: a public holiday, off even on a weekday. */
    HOLIDAY("Ngày lễ, Tết"),
    /** Ngày nghỉ bù: a weekday off, for a holiday on a weekend or in a swap of days. */
    DAY_OFF("Ngày nghỉ bù"),
    /** Ngày làm bù: a Saturday or Sunday worked in exchange for a weekday off. */
    WORKING_DAY("Ngày làm bù");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the kind, for texts written by the business core. */
    public String label() {
        return label;
    }

    /** True for the kinds that make a day one without work. */
    public boolean isOff() {
        return this != WORKING_DAY;
    }
}
