package vn.dvcportal.dossier.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.identity.entity.Roles;

/** Dossiers and people for the rules' tests: one agency (10) with two units, and another. */
final class Fixtures {

    static final long AGENCY = 10L;
    static final long OFFICE = 11L;
    static final long DEPARTMENT = 12L;

    static final Actor APPLICANT = new Actor("001099000001", "Nguyễn Văn An", null, null, null,
            Set.of(Roles.CITIZEN));
    static final Actor STRANGER = new Actor("001099000002", "Trần Thị Bình", null, null, null,
            Set.of(Roles.CITIZEN));
    static final Actor RECEIVER = official("stp.motcua", "Lê Một Cửa", OFFICE, Roles.RECEIVER);
    static final Actor PROCESSOR = official("stp.chuyenvien", "Phạm Chuyên Viên", DEPARTMENT,
            Roles.PROCESSOR);
    static final Actor OTHER_PROCESSOR = official("stp.chuyenvien2", "Võ Chuyên Viên",
            DEPARTMENT, Roles.PROCESSOR);
    static final Actor APPROVER = official("stp.lanhdao", "Hoàng Lãnh Đạo", OFFICE,
            Roles.APPROVER);
    static final Actor DEPARTMENT_OFFICIAL = official("stp.phong", "Đỗ Phòng Ban", DEPARTMENT);
    static final Actor FOREIGN_RECEIVER = new Actor("syt.motcua", "Một Cửa Y Tế", 21L,
            "Văn phòng Sở Y tế", 20L, Set.of(Roles.OFFICIAL, Roles.RECEIVER));

    /** A Monday with no holiday near it. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static final WorkingCalendar CALENDAR = WorkingCalendar.weekendsOnly();

    private Fixtures() {
    }

    static Actor official(String login, String name, long unit, String... roles) {
        Set<String> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Roles.OFFICIAL);
        return new Actor(login, name, unit, unit == OFFICE ? "Văn phòng Sở" : "Phòng Hành chính"
                + " tư pháp", AGENCY, all);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(WorkingCalendar.ZONE).toInstant();
    }

    static Instant dueOn(LocalDate day) {
        return at(day, 17, 0);
    }

    /** A draft for a procedure of five working days. */
    static Dossier draft() {
        Dossier d = new Dossier("1.000001", "Cấp phiếu lý lịch tư pháp", AGENCY, "STP",
                "Sở Tư pháp", APPLICANT.login(), APPLICANT.name(), at(MONDAY.minusDays(3), 8, 0));
        d.setProcessingTime(BigDecimal.valueOf(5), ProcessingTimeUnit.WORKING_DAY);
        return d;
    }
}
