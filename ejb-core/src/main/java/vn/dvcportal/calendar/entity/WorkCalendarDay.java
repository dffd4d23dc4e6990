package vn.dvcportal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the calendar that is not an ordinary day of the week: a holiday, a compensatory
 * day off or a weekend day worked. A day appears at most once.
 */
@Entity
@Table(name = "WORK_CALENDAR_DAY", uniqueConstraints = @UniqueConstraint(
        name = "UQ_WORK_CALENDAR_DAY", columnNames = "CALENDAR_DAY"))
@NamedQueries({
    @NamedQuery(name = WorkCalendarDay.ALL,
            query = "SELECT d FROM WorkCalendarDay d ORDER BY d.day"),
    @NamedQuery(name = WorkCalendarDay.BETWEEN,
            query = "SELECT d FROM WorkCalendarDay d WHERE d.day >= :first AND d.day <= :last"
                    + " ORDER BY d.day"),
    @NamedQuery(name = WorkCalendarDay.BY_DAY,
            query = "SELECT d FROM WorkCalendarDay d WHERE d.day = :day"),
    @NamedQuery(name = WorkCalendarDay.COUNT,
            query = "SELECT COUNT(d) FROM WorkCalendarDay d")
})
public class WorkCalendarDay {

    /** Every day, in order. */
    public static final String ALL = "WorkCalendarDay.all";

    /** Days from {@code first} to {@code last}, both included, in order. */
    public static final String BETWEEN = "WorkCalendarDay.between";

    /** The entry of one day; parameter {@code day}. */
    public static final String BY_DAY = "WorkCalendarDay.byDay";

    /** How many days are stored. */
    public static final String COUNT = "WorkCalendarDay.count";

    public static final String SEQUENCE = "WORK_CALENDAR_DAY_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Longest name kept, in characters; the column holds four bytes for each. */
    public static final int NAME_LENGTH = 100;

    /** Longest login name of the last editor kept, in characters. */
    public static final int EDITOR_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "WorkCalendarDayIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WorkCalendarDayIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "CALENDAR_DAY", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "NAME", nullable = false, length = 400)
    private String name;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    /** Login name of whoever set the day last; "system" for the shipped calendar. */
    @Column(name = "UPDATED_BY", length = 400)
    private String updatedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    /** For JPA only. */
    protected WorkCalendarDay() {
    }

    public WorkCalendarDay(LocalDate day, DayKind kind, String name, Instant at, String by) {
        this.day = Objects.requireNonNull(day, "day");
        change(kind, name, at, by);
    }

    /** Gives the day another kind or name. */
    public final void change(DayKind kind, String name, Instant at, String by) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.updatedAt = Objects.requireNonNull(at, "at");
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    /** What the day is, e.g. "Tết Nguyên đán" or "Làm bù cho ngày 02/05/2025". */
    public String getName() {
        return name;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "WorkCalendarDay[" + day + " " + kind + "]";
    }
}
