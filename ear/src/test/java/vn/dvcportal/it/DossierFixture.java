package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.DueDateRule;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.boundary.DossierRouting;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.OfficialChoice;
import vn.dvcportal.dossier.control.RequiredPart;
import vn.dvcportal.dossier.control.SubmissionRules;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.control.UnitChoice;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.boundary.Officials;
import vn.dvcportal.identity.boundary.OrgUnits;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.OfficialForm;
import vn.dvcportal.identity.control.OfficialView;
import vn.dvcportal.identity.control.OrgUnitView;
import vn.dvcportal.identity.control.CitizenRegistration;
import vn.dvcportal.identity.control.SignInResult;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * What the dossier tests share inside the server: the demo agency Sở Tư pháp and a procedure
 * it receives online (from the national catalogue or the demo one), citizens registered by the
 * mailed link, the demo officials signed in with their password, and dossiers brought to a
 * given step by the same business methods the pages call.
 */
@Dependent
public class DossierFixture {

    /** The demo agency that receives dossiers in either catalogue. */
    static final String AGENCY = "STP";
    static final String RECEIVER = "stp.motcua";
    static final String PROCESSOR = "stp.chuyenvien";
    static final String APPROVER = "stp.lanhdao";
    static final String AGENCY_ADMIN = "stp.quantri";
    /** The department consulted: the one-stop desk's office, where the receiver sits. */
    static final String CONSULTED_UNIT = "STP-VP";
    /** Officials of the other demo agency. */
    static final String OTHER_RECEIVER = "syt.motcua";
    static final String OTHER_APPROVER = "syt.lanhdao";

    /** The code of a dossier: {agency}-{yyMMdd}-{seq:4}. */
    static final Pattern CODE = Pattern.compile("([A-Z0-9]+)-(\\d{6})-(\\d{4,})");
    static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern VIETNAMESE = Pattern.compile(".*[\\u00C0-\\u1EF9].*",
            Pattern.DOTALL);

    private static final Map<String, SignedIn> SIGNED_IN = new ConcurrentHashMap<>();
    private static volatile String procedure;

    @Inject
    Applications applications;

    @Inject
    BackOffice office;

    @Inject
    Registrations registrations;

    @Inject
    Officials officials;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Accounts accounts;

    @Inject
    AdministrativeUnits units;

    @Inject
    DossierRouting routing;

    @Inject
    Catalog catalog;

    @Inject
    WorkCalendars calendars;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    // ------------------------------------------------------------------ people

    /** A demo official of the test server, signed in once with the demo password. */
    SignedIn official(String login) {
        return SIGNED_IN.computeIfAbsent(login, l -> SignedIn.official(accounts, l));
    }

    /**
     * Another official of Sở Tư pháp, created by its agency administrator with the test
     * password when missing, then signed in.
     */
    SignedIn colleague(String login, String name, String unitCode, String role)
            throws Exception {
        SignedIn known = SIGNED_IN.get(login);
        if (known != null) {
            return known;
        }
        SignedIn admin = official(AGENCY_ADMIN);
        boolean exists = admin.call(() -> officials.list(null)).stream()
                .map(OfficialView::loginName).anyMatch(login::equals);
        if (!exists) {
            long unitId = orgUnits.list().stream().filter(u -> u.code().equals(unitCode))
                    .map(OrgUnitView::id).findFirst().orElseThrow();
            admin.call(() -> officials.create(new OfficialForm(login, name,
                    login + "@example.org", null, unitId, Set.of(role),
                    TestAccounts.PASSWORD.toCharArray()), TestAccounts.RESET));
        }
        SignedIn colleague = SignedIn.as(accounts, login, TestAccounts.PASSWORD);
        SIGNED_IN.put(login, colleague);
        return colleague;
    }

    /** The mail address the tests give the citizen with that personal id number. */
    static String email(String personalId) {
        return "it-hoso-" + personalId + "@example.org";
    }

    /**
     * A citizen born in 1990 whose number is {@code 001090} and the serial, registered and
     * verified by the mailed link when not yet there, then signed in with their password.
     */
    SignedIn citizen(String serial, String name) throws Exception {
        String personalId = "001090" + serial;
        SignedIn known = SIGNED_IN.get(personalId);
        if (known != null) {
            return known;
        }
        SignInResult first = accounts.signIn(personalId, TestAccounts.PASSWORD.toCharArray(),
                TestAccounts.CLIENT);
        if (!first.isOk()) {
            register(personalId, name);
        }
        SignedIn citizen = SignedIn.as(accounts, personalId, TestAccounts.PASSWORD);
        SIGNED_IN.put(personalId, citizen);
        return citizen;
    }

    /** Registers and verifies a citizen by the link the mail brings. */
    void register(String personalId, String name) throws Exception {
        String email = email(personalId);
        MailBox mail = new MailBox(email);
        int seen = mail.count();
        String[] place = TestAccounts.place(units);
        registrations.registerCitizen(new CitizenRegistration(personalId, name,
                LocalDate.of(1990, 5, 17), email, "0912345678", place[0], place[1],
                "Số 7 ngõ Thử nghiệm", TestAccounts.PASSWORD.toCharArray()),
                TestAccounts.VERIFY);
        registrations.verifyEmail(TestAccounts.token(mail.link("/xac-thuc-email", seen,
                MAIL_WAIT)));
    }

    // ------------------------------------------------------------------ the procedure

    /**
     * A procedure Sở Tư pháp receives online with a processing time of at least one working
     * day, so that a delay can still be announced on the day it is received.
     */
    String procedure() {
        String chosen = procedure;
        if (chosen != null) {
            return chosen;
        }
        List<String> codes = routing.proceduresReceivedBy(AGENCY, 500);
        for (String code : codes) {
            ProcedureChannel channel = timeChannel(code);
            if (channel != null && lastsAWorkingDay(channel)) {
                procedure = code;
                return code;
            }
        }
        throw new AssertionError("No procedure received by " + AGENCY + " has a processing time"
                + " of a working day or more: " + codes);
    }

    private static boolean lastsAWorkingDay(ProcedureChannel c) {
        BigDecimal v = c.getTimeValue();
        ProcessingTimeUnit unit = c.getTimeUnit();
        if (v == null || unit == null || v.signum() <= 0) {
            return false;
        }
        return switch (unit) {
            case HOUR -> v.compareTo(BigDecimal.ONE) >= 0;
            case DAY, WORKING_DAY -> v.compareTo(BigDecimal.ONE) >= 0;
            default -> true;
        };
    }

    /** The channel whose processing time a dossier takes: online first, else the first. */
    ProcedureChannel timeChannel(String code) {
        Procedure p = catalog.findByCode(code).orElseThrow();
        ProcedureChannel first = null;
        for (ProcedureChannel c : p.getChannels()) {
            if (c.getTimeValue() == null) {
                continue;
            }
            if (c.getKind() == ChannelKind.ONLINE) {
                return c;
            }
            if (first == null) {
                first = c;
            }
        }
        return first;
    }

    /** The due date the rules give a dossier of the procedure whose clock starts then. */
    Instant expectedDue(String procedureCode, Instant from) {
        ProcedureChannel c = timeChannel(procedureCode);
        return DueDateRule.compute(from, c.getTimeValue(), c.getTimeUnit(), calendars.current())
                .due();
    }

    WorkingCalendar calendar() {
        return calendars.current();
    }

    // ------------------------------------------------------------------ drafts

    /** Values for every required field the draft lacks, valid for the field's type. */
    Map<String, String> missingValues(DraftView draft, String personalId) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] place = TestAccounts.place(units);
        for (FormField f : draft.form().fields()) {
            String current = draft.values().get(f.key());
            if (!f.required() || current != null && !current.isBlank()
                    && !draft.problems().containsKey(SubmissionRules.FORM_PREFIX + f.key())) {
                continue;
            }
            values.put(f.key(), switch (f.type()) {
                case TEXT -> text(f, personalId);
                case TEXTAREA -> "Đề nghị cơ quan giải quyết theo quy định.";
                case NUMBER -> String.valueOf(f.min() != null ? Math.max(f.min(), 1) : 1);
                case DATE -> "2000-01-15";
                case EMAIL -> email(personalId);
                case PHONE -> "0912345678";
                case ID_NUMBER -> personalId;
                case SELECT -> f.choices().get(0).value();
                case CHECKBOX -> "true";
                case PROVINCE -> place[0];
                case COMMUNE -> place[1];
            });
        }
        return values;
    }

    private static String text(FormField f, String personalId) {
        for (String candidate : new String[] {"Nguyễn Văn Thử", "Hà Nội", personalId,
            "Nội dung thử nghiệm"}) {
            if (f.pattern() == null || Pattern.compile(f.pattern()).matcher(candidate)
                    .matches()) {
                return candidate;
            }
        }
        return "Nội dung thử nghiệm";
    }

    /**
     * A draft of the procedure that can be submitted: the first case chosen, every required
     * value filled, a real PDF on the first document and a PNG on the second (or among the
     * other files), and a PDF on each further document required.
     */
    DraftView readyDraft(SignedIn citizen, String procedureCode) throws Exception {
        DraftView draft = citizen.call(() -> applications.start(procedureCode)).draft();
        long id = draft.id();
        String caseName = draft.cases().isEmpty() ? null : draft.cases().get(0);
        DraftView chosen = citizen.call(() -> applications.save(id, draft.version(),
                new DraftInput(caseName, null, null, null)));
        Map<String, String> values = missingValues(chosen, citizen.login());
        DraftView filled = citizen.call(() -> applications.save(id, chosen.version(),
                new DraftInput(null, values, Delivery.ONLINE, null)));
        assertEquals(Map.of(), filled.problems(), "the values given are valid");
        List<RequiredPart> needed = filled.parts().stream().filter(RequiredPart::required)
                .toList();
        int first = needed.isEmpty() ? -1 : needed.get(0).index();
        int second = needed.size() < 2 ? -1 : needed.get(1).index();
        DraftView last = citizen.call(() -> applications.attach(id, first, "to-khai.pdf",
                TestFiles.in(TestFiles.pdf("To khai", citizen.login()))));
        last = citizen.call(() -> applications.attach(id, second, "anh-giay-to.png",
                TestFiles.in(TestFiles.png(40, 30, 0x2a7ab0))));
        for (int i = 2; i < needed.size(); i++) {
            int part = needed.get(i).index();
            last = citizen.call(() -> applications.attach(id, part, "giay-to-" + part + ".pdf",
                    TestFiles.in(TestFiles.pdf("Giay to " + part))));
        }
        return last;
    }

    /** A dossier of the citizen, submitted. */
    SubmitResult submitted(SignedIn citizen) throws Exception {
        DraftView draft = readyDraft(citizen, procedure());
        return submit(citizen, draft.id());
    }

    /**
     * Submits the draft.
     *
     * @throws AssertionError listing every problem when the portal refuses it
     */
    SubmitResult submit(SignedIn citizen, long draftId) throws Exception {
        try {
            return citizen.call(() -> applications.submit(draftId));
        } catch (ValidationFailure e) {
            throw new AssertionError("submission refused: " + e.problems(), e);
        }
    }

    // ------------------------------------------------------------------ the agency's steps

    DossierDetail detail(String login, long id) throws Exception {
        return official(login).call(() -> office.detail(id));
    }

    /** Taken in at the one-stop desk. */
    DossierDetail received(long id) throws Exception {
        SignedIn receiver = official(RECEIVER);
        long version = receiver.call(() -> office.detail(id)).version();
        DossierDetail d = receiver.call(() -> office.accept(id, version, "Hồ sơ đầy đủ."));
        assertEquals(DossierStep.RECEIVED, d.step());
        return d;
    }

    /** Taken in and assigned to the demo processor. */
    DossierDetail assigned(long id) throws Exception {
        long version = received(id).version();
        SignedIn approver = official(APPROVER);
        String processor = approver.call(() -> office.processors()).stream()
                .map(OfficialChoice::login).filter(PROCESSOR::equals).findFirst()
                .orElseThrow(() -> new AssertionError(PROCESSOR + " is not offered"));
        DossierDetail d = approver.call(() -> office.assign(id, version, processor,
                "Đề nghị xử lý đúng hạn."));
        assertEquals(DossierStep.PROCESSING, d.step());
        return d;
    }

    /** Assigned, with a result uploaded and proposed to the leader. */
    DossierDetail proposed(long id, byte[] result) throws Exception {
        assigned(id);
        SignedIn processor = official(PROCESSOR);
        DossierDetail withResult = processor.call(() -> office.attachResult(id,
                "quyet-dinh.pdf", TestFiles.in(result)));
        DossierDetail d = processor.call(() -> office.propose(id, withResult.version(), true,
                "Đủ điều kiện giải quyết."));
        assertEquals(DossierStep.AWAITING_APPROVAL, d.step());
        return d;
    }

    /** The department of the agency the processor consults. */
    UnitChoice consultedUnit() throws Exception {
        return official(PROCESSOR).call(() -> office.departments()).stream()
                .filter(u -> u.code().equals(CONSULTED_UNIT)).findFirst()
                .orElseThrow(() -> new AssertionError(CONSULTED_UNIT + " is not offered"));
    }

    // ------------------------------------------------------------------ the database

    /**
     * Moves the due date of a dossier, as if it had been received long ago. Written straight
     * to the table (the dossier is not in the shared cache), for the tests of the clock.
     */
    void setDueAt(long dossierId, Instant due) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE DOSSIER SET DUE_AT = ? WHERE ID = ?")) {
            s.setTimestamp(1, Timestamp.from(due));
            s.setLong(2, dossierId);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** How many rows a table has. */
    long rows(String table) throws Exception {
        if (!Set.of("STORED_FILE", "DOSSIER", "DOSSIER_FILE", "DOSSIER_MESSAGE")
                .contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM " + table); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    // ------------------------------------------------------------------ checks

    /** Checks the code's form and that its day is the day of submission in Viet Nam. */
    static void assertCode(String code, Instant submittedAt) {
        assertNotNull(code, "a submitted dossier has a code");
        var m = CODE.matcher(code);
        assertTrue(m.matches(), "code " + code + " is {agency}-{yyMMdd}-{seq:4}");
        assertEquals(AGENCY, m.group(1), code);
        assertEquals(CODE_DAY.format(submittedAt.atZone(WorkingCalendar.ZONE)), m.group(2),
                code);
    }

    /** A message for people: Vietnamese, with its marks. */
    static void assertVietnamese(String message) {
        assertNotNull(message, "a message is given");
        assertTrue(VIETNAMESE.matcher(message).matches(), "not Vietnamese: " + message);
    }
}
