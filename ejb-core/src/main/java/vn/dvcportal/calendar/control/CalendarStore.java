package vn.dvcportal.calendar.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dvcportal.calendar.entity.WorkCalendarDay;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * The declared days in the database. Changes return a Vietnamese line for the audit trail
 * that says what the day was before and what it is now.
 */
public final class CalendarStore {

    private final EntityManager em;

    public CalendarStore(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Every declared day, in order. */
    public List<CalendarDay> all() {
        return em.createNamedQuery(WorkCalendarDay.ALL, WorkCalendarDay.class).getResultList()
                .stream().map(CalendarStore::day).toList();
    }

    /** The declared days of one year, in order. */
    public List<CalendarDayView> year(int year) {
        return em.createNamedQuery(WorkCalendarDay.BETWEEN, WorkCalendarDay.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList().stream()
                .map(d -> new CalendarDayView(d.getDay(), d.getDay().getDayOfWeek(),
                        d.getKind(), d.getName(), d.getUpdatedAt(), d.getUpdatedBy()))
                .toList();
    }

    public long count() {
        return em.createNamedQuery(WorkCalendarDay.COUNT, Long.class).getSingleResult();
    }

    /**
     * Declares a day, or changes its kind or name.
     *
     * @param day a day that passed {@link DayRules#check}
     * @return the line for the audit trail; empty when the day was already so
     */
    public Optional<String> put(CalendarDay day, Instant at, String by) {
        Optional<WorkCalendarDay> existing = find(day.day());
        if (existing.isPresent()) {
            WorkCalendarDay stored = existing.get();
            if (stored.getKind() == day.kind() && stored.getName().equals(day.name())) {
                return Optional.empty();
            }
            String before = describe(day(stored));
            stored.change(day.kind(), day.name(), at, by);
            return Optional.of("Đổi ngày " + DayRules.date(day.day()) + " từ " + before
                    + " thành " + describe(day));
        }
        em.persist(new WorkCalendarDay(day.day(), day.kind(), day.name(), at, by));
        return Optional.of("Thêm ngày " + DayRules.date(day.day()) + ": " + describe(day));
    }

    /**
     * Makes a day ordinary again.
     *
     * @return the line for the audit trail
     * @throws ValidationFailure on {@code day} when it is not declared
     */
    public String remove(LocalDate day) {
        if (day == null) {
            throw ValidationFailure.of(DayRules.DAY, "Vui lòng chọn ngày cần xóa.");
        }
        WorkCalendarDay stored = find(day).orElseThrow(() -> ValidationFailure.of(DayRules.DAY,
                "Ngày " + DayRules.date(day) + " không có trong lịch, hoặc vừa được người khác"
                        + " xóa."));
        String text = "Xóa ngày " + DayRules.date(day) + " (" + describe(day(stored))
                + "), trở lại ngày thường";
        em.remove(stored);
        return text;
    }

    /** Stores the days of an empty calendar. */
    public void seed(List<CalendarDay> days, Instant at, String by) {
        for (CalendarDay day : days) {
            em.persist(new WorkCalendarDay(day.day(), day.kind(), day.name(), at, by));
        }
    }

    private Optional<WorkCalendarDay> find(LocalDate day) {
        return em.createNamedQuery(WorkCalendarDay.BY_DAY, WorkCalendarDay.class)
                .setParameter("day", day).getResultStream().findFirst();
    }

    private static CalendarDay day(WorkCalendarDay d) {
        return new CalendarDay(d.getDay(), d.getKind(), d.getName());
    }

    /** "Ngày nghỉ bù “Nghỉ bù Giỗ Tổ Hùng Vương”". */
    private static String describe(CalendarDay day) {
        return day.kind().label() + " “" + day.name() + "”";
    }
}
