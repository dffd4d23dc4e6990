package vn.dvcportal.web.calendar;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.CalendarDayView;
import vn.dvcportal.calendar.control.DayRules;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.calendar.entity.DayKind;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.account.DateInput;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The working calendar page at {@value PrettyUrls#WORK_CALENDAR}: the holidays, compensatory
 * days off and weekend days worked of one year, chosen in the address ({@code ?nam=2026}), and
 * a form to declare or change a day. The business core checks every day and keeps the audit
 * trail; the page only shows its answers.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CalendarView.class.getName());

    /** Years offered around the current one. */
    private static final int YEARS_BEFORE = 1;
    private static final int YEARS_AFTER = 2;

    @Inject
    WorkCalendars calendars;

    @Inject
    LanguagePreference languagePreference;

    private String yearParam;
    private int year;
    private List<CalendarDayView> days = List.of();
    private long workingDays;
    private boolean covered;

    private String day;
    private DayKind kind;
    private String name;
    private String notice;
    private final FormErrors errors = new FormErrors();

    /** Reads the year from the address; the view action of the page. */
    public void load() {
        year = parseYear(yearParam, today().getYear());
        yearParam = String.valueOf(year);
        reload();
    }

    /** The year asked for, or the fallback when none or no sensible year was asked for. */
    static int parseYear(String typed, int fallback) {
        if (typed == null || !typed.strip().matches("[0-9]{4}")) {
            return fallback;
        }
        int asked = Integer.parseInt(typed.strip());
        return asked < DayRules.FIRST_YEAR || asked > DayRules.LAST_YEAR ? fallback : asked;
    }

    private void reload() {
        days = calendars.year(year);
        WorkingCalendar calendar = calendars.current();
        workingDays = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year, 12, 31));
        covered = calendar.covers(year);
    }

    /** Declares the day of the form, or changes it. */
    public String save() {
        errors.clear();
        notice = null;
        Locale locale = languagePreference.getLocale();
        if (DateInput.isMalformed(day)) {
            errors.put(DayRules.DAY, Texts.text(locale, "calendar.error.date"));
            return null;
        }
        LocalDate date = DateInput.parse(day);
        try {
            calendars.put(date, kind, name);
            notice = Texts.format(locale, "calendar.saved", DateInput.format(date));
            day = null;
            kind = null;
            name = null;
            year = date.getYear();
            yearParam = String.valueOf(year);
            reload();
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
        } catch (EJBAccessException e) {
            errors.general(Texts.text(locale, "calendar.error.denied"));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A calendar day could not be saved", e);
            errors.general(Texts.text(locale, "calendar.error.failed"));
        }
        return null;
    }

    /** Fills the form with a listed day, to change its kind or name. */
    public String edit(CalendarDayView row) {
        errors.clear();
        notice = null;
        day = DateInput.format(row.day());
        kind = row.kind();
        name = row.name();
        return null;
    }

    /** Makes a listed day an ordinary day again. */
    public String remove(CalendarDayView row) {
        errors.clear();
        notice = null;
        Locale locale = languagePreference.getLocale();
        try {
            calendars.remove(row.day());
            notice = Texts.format(locale, "calendar.removed", DateInput.format(row.day()));
        } catch (ValidationFailure e) {
            errors.general(String.join(" ", e.problems().values()));
        } catch (EJBAccessException e) {
            errors.general(Texts.text(locale, "calendar.error.denied"));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A calendar day could not be removed", e);
            errors.general(Texts.text(locale, "calendar.error.failed"));
        }
        reload();
        return null;
    }

    /** "27/04/2026". */
    public String date(LocalDate date) {
        return DateInput.format(date);
    }

    /** The years the picker offers: a few around today, and the one shown. */
    public List<String> getYears() {
        int now = today().getYear();
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = now - YEARS_BEFORE; y <= now + YEARS_AFTER; y++) {
            years.add(y);
        }
        years.add(year);
        return years.stream().map(String::valueOf).toList();
    }

    public List<DayKind> getKinds() {
        return Arrays.asList(DayKind.values());
    }

    /** The address of the page for another year. */
    public String yearPath(int other) {
        return PrettyUrls.WORK_CALENDAR + "?nam=" + other;
    }

    public String getPath() {
        return PrettyUrls.WORK_CALENDAR;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    public int getYear() {
        return year;
    }

    public List<CalendarDayView> getDays() {
        return days;
    }

    /** Working days of the year shown, on the calendar in use. */
    public long getWorkingDays() {
        return workingDays;
    }

    /** False when no holiday of the year shown has been declared yet. */
    public boolean isCovered() {
        return covered;
    }

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
