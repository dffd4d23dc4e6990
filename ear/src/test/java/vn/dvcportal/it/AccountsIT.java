package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.identity.boundary.Accounts;
import vn.dvcportal.identity.boundary.Officials;
import vn.dvcportal.identity.boundary.OrgUnits;
import vn.dvcportal.identity.boundary.Registrations;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.BusinessRegistration;
import vn.dvcportal.identity.control.CitizenRegistration;
import vn.dvcportal.identity.control.OfficialForm;
import vn.dvcportal.identity.control.OfficialView;
import vn.dvcportal.identity.control.OrgUnitView;
import vn.dvcportal.identity.control.SignInResult;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;

/**
 * Accounts in the running server on its real database: registration with the link from the
 * mail that arrived, sign-in, lockout and its end, reset by mail, the roles the business
 * methods check, and hostile input.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class AccountsIT {

    static final String VERIFY = TestAccounts.VERIFY;
    static final String RESET = TestAccounts.RESET;
    static final String PASSWORD = TestAccounts.PASSWORD;
    static final String CLIENT = TestAccounts.CLIENT;
    static final Duration MAIL_WAIT = TestAccounts.MAIL_WAIT;

    static final String CITIZEN_LOGIN = "001090000101";
    static final String AGENCY_ADMIN_LOGIN = "it.quantri.a";
    static final String PROCESSOR_LOGIN = "it.chuyenvien.a";

    /** The login names AsCitizen, AsAgencyAdministrator and AsProcessor act under. */
    static final String CALLERS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0"
                           xmlns="https://jakarta.ee/xml/ns/jakartaee"
                           xmlns:s="urn:security:1.1" version="4.0" impl-version="2.0">
                <assembly-descriptor>
                    <s:security>
                        <ejb-name>AsCitizen</ejb-name>
                        <s:run-as-principal>%s</s:run-as-principal>
                    </s:security>
                    <s:security>
                        <ejb-name>AsAgencyAdministrator</ejb-name>
                        <s:run-as-principal>%s</s:run-as-principal>
                    </s:security>
                    <s:security>
                        <ejb-name>AsProcessor</ejb-name>
                        <s:run-as-principal>%s</s:run-as-principal>
                    </s:security>
                </assembly-descriptor>
            </jboss:ejb-jar>
            """.formatted(CITIZEN_LOGIN, AGENCY_ADMIN_LOGIN, PROCESSOR_LOGIN);

    /** Vietnamese text has letters with marks; every message must be such text. */
    private static final Pattern VIETNAMESE = Pattern.compile(".*[\\u00C0-\\u1EF9].*",
            Pattern.DOTALL);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(CALLERS, AccountsIT.class, TestAccounts.class, MailBox.class,
                LocalMail.class, AsCitizen.class, AsAgencyAdministrator.class,
                AsProcessor.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    Officials officials;

    @Inject
    OrgUnits orgUnits;

    @Inject
    AdministrativeUnits units;

    @Inject
    AsAdministrator admin;

    @Inject
    AsCitizen citizen;

    @Inject
    AsAgencyAdministrator agencyAdmin;

    @Inject
    AsProcessor processor;

    @Test
    void aCitizenRegistersVerifiesByTheMailedLinkAndSignsIn() throws Exception {
        String email = "it-dan-1@example.org";
        MailBox mail = new MailBox(email);
        int seen = mail.count();

        registrations.registerCitizen(citizen(CITIZEN_LOGIN, "Nguyễn Văn Một", email), VERIFY);
        assertEquals(SignInResult.Status.UNVERIFIED, signIn(CITIZEN_LOGIN, PASSWORD).status(),
                "no sign-in before the address is verified");

        String link = mail.link("/xac-thuc-email", seen, MAIL_WAIT);
        assertTrue(link.startsWith(VERIFY + "?token="), link);
        String subjectAndText = String.join("\n", mail.newest());
        assertTrue(subjectAndText.contains("Xác nhận"), "the mail is in Vietnamese");
        registrations.verifyEmail(token(link));

        SignInResult ok = signIn(CITIZEN_LOGIN, PASSWORD);
        assertEquals(SignInResult.Status.OK, ok.status());
        assertEquals("Nguyễn Văn Một", ok.account().displayName());
        assertTrue(ok.account().roles().contains(Roles.CITIZEN));
        assertFalse(ok.account().roles().contains(Roles.OFFICIAL));

        ValidationFailure again = assertThrows(ValidationFailure.class,
                () -> registrations.verifyEmail(token(link)), "a link works once");
        assertVietnamese(again.problem("token"));

        SignInResult wrong = signIn(CITIZEN_LOGIN, "Khong-phai-mat-khau");
        assertEquals(SignInResult.Status.WRONG, wrong.status());
        assertVietnamese(wrong.message());
        assertEquals(SignInResult.Status.WRONG, signIn("079090999999", PASSWORD).status(),
                "an unknown login name is refused just like a wrong password");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockRunsOut() throws Exception {
        String login = "001090000102";
        registerVerified(login, "it-dan-2@example.org");

        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInResult.Status.WRONG, signIn(login, "Sai-mat-khau-" + i).status());
        }
        assertEquals(SignInResult.Status.LOCKED, signIn(login, "Sai-mat-khau-5").status(),
                "the fifth wrong password locks");
        SignInResult locked = signIn(login, PASSWORD);
        assertEquals(SignInResult.Status.LOCKED, locked.status(),
                "while locked, even the right password is refused");
        assertTrue(locked.minutesLeft() >= 1);
        assertTrue(locked.message().contains("phút"), locked.message());
        assertVietnamese(locked.message());

        // The test server locks for one minute (arquillian.xml).
        Thread.sleep(Duration.ofSeconds(62).toMillis());
        assertEquals(SignInResult.Status.OK, signIn(login, PASSWORD).status(),
                "the lock ends by itself");
    }

    @Test
    void aMailedLinkSetsANewPasswordOnceOnly() throws Exception {
        String login = "001090000103";
        String email = "it-dan-3@example.org";
        registerVerified(login, email);
        MailBox mail = new MailBox(email);
        int seen = mail.count();

        accounts.requestPasswordReset(login, RESET, CLIENT);
        String link = mail.link("/dat-lai-mat-khau", seen, MAIL_WAIT);
        assertTrue(link.startsWith(RESET + "?token="), link);

        ValidationFailure weak = assertThrows(ValidationFailure.class,
                () -> accounts.resetPassword(token(link), "12345678".toCharArray()));
        assertVietnamese(weak.problem("password"));
        String fresh = "Mat-khau-moi-2025";
        accounts.resetPassword(token(link), fresh.toCharArray());
        assertEquals(SignInResult.Status.OK, signIn(login, fresh).status());
        assertEquals(SignInResult.Status.WRONG, signIn(login, PASSWORD).status());

        ValidationFailure used = assertThrows(ValidationFailure.class,
                () -> accounts.resetPassword(token(link), "Lan-thu-hai-2025".toCharArray()),
                "a used link is refused");
        assertVietnamese(used.problem("token"));
        ValidationFailure forged = assertThrows(ValidationFailure.class,
                () -> accounts.resetPassword("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                        "Lan-thu-ba-2025".toCharArray()));
        assertVietnamese(forged.problem("token"));
        assertEquals(SignInResult.Status.OK, signIn(login, fresh).status());

        int before = new MailBox("khong-ai@example.org").count();
        accounts.requestPasswordReset("khong-ai@example.org", RESET, CLIENT);
        accounts.requestPasswordReset("079090999998", RESET, CLIENT);
        Thread.sleep(1000);
        assertEquals(before, new MailBox("khong-ai@example.org").count(),
                "nothing is mailed for an address no account has");
    }

    @Test
    void businessMethodsCheckRolesAndAgencies() throws Exception {
        OrgUnitView[] a = agency("IT-A", "Cơ quan thử nghiệm A");
        OrgUnitView[] b = agency("IT-B", "Cơ quan thử nghiệm B");
        official(AGENCY_ADMIN_LOGIN, a[1], Roles.AGENCY_ADMIN);
        long processorA = official(PROCESSOR_LOGIN, a[1], Roles.PROCESSOR);
        long processorB = official("it.chuyenvien.b", b[1], Roles.PROCESSOR);

        // A citizen reaches no back-office method.
        denied(() -> citizen.call(() -> officials.list(null)));
        denied(() -> citizen.call(() -> orgUnits.createAgency("IT-X", "Không được tạo", null)));
        denied(() -> citizen.call(() -> {
            officials.disable(processorB);
            return null;
        }));

        // A processor manages nobody, in their agency or another.
        denied(() -> processor.call(() -> {
            officials.disable(processorB);
            return null;
        }));
        denied(() -> processor.call(() -> officials.list(null)));

        // An agency administrator manages their own agency only.
        List<String> mine = agencyAdmin.call(() -> officials.list(null)).stream()
                .map(OfficialView::loginName).toList();
        assertTrue(mine.contains(PROCESSOR_LOGIN), mine.toString());
        assertFalse(mine.contains("it.chuyenvien.b"), mine.toString());
        assertThrows(AccessDenied.class, () -> agencyAdmin.call(
                () -> officials.list(b[0].id())));
        assertThrows(AccessDenied.class, () -> agencyAdmin.call(() -> officials.create(
                form("it.moi.b", b[1], Roles.PROCESSOR), RESET)));
        assertThrows(AccessDenied.class, () -> agencyAdmin.call(() -> {
            officials.changeRoles(processorB, Set.of(Roles.APPROVER));
            return null;
        }));
        assertThrows(AccessDenied.class, () -> agencyAdmin.call(() -> {
            officials.disable(processorB);
            return null;
        }));
        assertThrows(AccessDenied.class, () -> agencyAdmin.call(() -> officials.create(
                form("it.quantri.he.thong", a[1], Roles.SYSTEM_ADMIN), RESET)),
                "an agency administrator cannot make a system administrator");

        List<OfficialView> all = admin.call(() -> officials.list(null));
        assertTrue(all.stream().noneMatch(o -> o.loginName().equals("it.moi.b")),
                "nothing refused was stored");
        OfficialView stillB = all.stream().filter(o -> o.accountId() == processorB).findFirst()
                .orElseThrow();
        assertEquals(Set.of(Roles.PROCESSOR), stillB.roles());
        assertTrue(stillB.enabled());

        // Within the agency, the same actions succeed.
        agencyAdmin.call(() -> officials.create(form("it.moi.a", a[1], Roles.RECEIVER), RESET));
        agencyAdmin.call(() -> {
            officials.changeRoles(processorA, Set.of(Roles.PROCESSOR, Roles.APPROVER));
            return null;
        });
        OfficialView changed = admin.call(() -> officials.list(a[0].id())).stream()
                .filter(o -> o.accountId() == processorA).findFirst().orElseThrow();
        assertEquals(Set.of(Roles.PROCESSOR, Roles.APPROVER), changed.roles());
    }

    @Test
    void fiftyWrongPasswordsLockThatAccountOnly() throws Exception {
        String victim = "001090000104";
        String other = "001090000105";
        registerVerified(victim, "it-dan-4@example.org");
        registerVerified(other, "it-dan-5@example.org");

        int locked = 0;
        for (int i = 0; i < 50; i++) {
            SignInResult r = signIn(victim, "doan-mo-" + i);
            assertFalse(r.isOk());
            if (r.status() == SignInResult.Status.LOCKED) {
                locked++;
            }
        }
        assertEquals(46, locked, "locked from the fifth attempt on");
        assertEquals(SignInResult.Status.LOCKED, signIn(victim, PASSWORD).status());
        assertEquals(SignInResult.Status.OK, signIn(other, PASSWORD).status(),
                "another account is not affected");
    }

    @Test
    void hostileInputIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        String[] payloads = {"<script>alert('x')</script>", "' OR '1'='1' --",
            "Robert'); DROP TABLE ACCOUNT;--", "A".repeat(300), "\u0000\u202e"};
        String id = "001090000106";
        String email = "it-dan-6@example.org";
        Map<String, Function<String, CitizenRegistration>> citizenFields = Map.of(
                "personalId", v -> citizen(v, "Trần Thị Sáu", email),
                "fullName", v -> citizen(id, v, email),
                "email", v -> citizen(id, "Trần Thị Sáu", v),
                "phone", v -> withPhone(citizen(id, "Trần Thị Sáu", email), v),
                "provinceCode", v -> withProvince(citizen(id, "Trần Thị Sáu", email), v),
                "communeCode", v -> withCommune(citizen(id, "Trần Thị Sáu", email), v));
        for (Map.Entry<String, Function<String, CitizenRegistration>> field
                : citizenFields.entrySet()) {
            for (String payload : payloads) {
                refused(field.getKey(), () -> registrations.registerCitizen(
                        field.getValue().apply(payload), VERIFY));
            }
        }
        for (String malformed : new String[] {"12345", "abcdefghijkl", "999090000001",
            "0010900001234", "001 090 000 10x", "0019900001"}) {
            refused("personalId", () -> registrations.registerCitizen(
                    citizen(malformed, "Trần Thị Sáu", email), VERIFY));
        }
        refused("dateOfBirth", () -> registrations.registerCitizen(withBirth(
                citizen(id, "Trần Thị Sáu", email), LocalDate.of(1991, 1, 1)), VERIFY));
        refused("street", () -> registrations.registerCitizen(withStreet(
                citizen(id, "Trần Thị Sáu", email), "Đường ".repeat(60)), VERIFY));

        String taxCode = "0312345673";
        for (String malformed : new String[] {"0100109107", "123", "01001091060011",
            "<script>alert(1)</script>", "' OR 1=1 --", "010010910A"}) {
            refused("taxCode", () -> registrations.registerBusiness(
                    business(malformed, "Công ty Thử nghiệm", email), VERIFY));
        }
        for (String payload : payloads) {
            refused("name", () -> registrations.registerBusiness(
                    business(taxCode, payload, email), VERIFY));
        }
        refused("legalRepresentative", () -> registrations.registerBusiness(new
                BusinessRegistration(taxCode, "Công ty Thử nghiệm", payloads[0], email,
                "0243123456", place()[0], place()[1], "Số 5", PASSWORD.toCharArray()),
                VERIFY));

        assertEquals(SignInResult.Status.WRONG, signIn(id, PASSWORD).status(),
                "no account was stored");
        assertEquals(SignInResult.Status.WRONG, signIn(taxCode, PASSWORD).status());
        registrations.registerCitizen(citizen(id, "Trần Thị Sáu", email), VERIFY);
        assertEquals(SignInResult.Status.UNVERIFIED, signIn(id, PASSWORD).status(),
                "the same person and address register once the form is right");
    }

    // ---- forms, accounts and checks

    private SignInResult signIn(String login, String password) {
        return accounts.signIn(login, password.toCharArray(), CLIENT);
    }

    private void registerVerified(String login, String email) throws Exception {
        MailBox mail = new MailBox(email);
        int seen = mail.count();
        registrations.registerCitizen(citizen(login, "Lê Văn Thử", email), VERIFY);
        registrations.verifyEmail(token(mail.link("/xac-thuc-email", seen, MAIL_WAIT)));
        assertEquals(SignInResult.Status.OK, signIn(login, PASSWORD).status());
    }

    private static String token(String link) {
        return TestAccounts.token(link);
    }

    private CitizenRegistration citizen(String id, String name, String email) {
        String[] place = place();
        return new CitizenRegistration(id, name, LocalDate.of(1990, 5, 17), email,
                "0912345678", place[0], place[1], "Số 1 đường Thử nghiệm",
                PASSWORD.toCharArray());
    }

    private BusinessRegistration business(String taxCode, String name, String email) {
        String[] place = place();
        return new BusinessRegistration(taxCode, name, "Phạm Văn Đại Diện", email, "0243123456",
                place[0], place[1], "Tầng 2, số 5 phố Thử", PASSWORD.toCharArray());
    }

    private static CitizenRegistration withPhone(CitizenRegistration c, String phone) {
        return new CitizenRegistration(c.personalId(), c.fullName(), c.dateOfBirth(),
                c.email(), phone, c.provinceCode(), c.communeCode(), c.street(), c.password());
    }

    private static CitizenRegistration withProvince(CitizenRegistration c, String code) {
        return new CitizenRegistration(c.personalId(), c.fullName(), c.dateOfBirth(),
                c.email(), c.phone(), code, c.communeCode(), c.street(), c.password());
    }

    private static CitizenRegistration withCommune(CitizenRegistration c, String code) {
        return new CitizenRegistration(c.personalId(), c.fullName(), c.dateOfBirth(),
                c.email(), c.phone(), c.provinceCode(), code, c.street(), c.password());
    }

    private static CitizenRegistration withStreet(CitizenRegistration c, String street) {
        return new CitizenRegistration(c.personalId(), c.fullName(), c.dateOfBirth(),
                c.email(), c.phone(), c.provinceCode(), c.communeCode(), street, c.password());
    }

    private static CitizenRegistration withBirth(CitizenRegistration c, LocalDate date) {
        return new CitizenRegistration(c.personalId(), c.fullName(), date, c.email(),
                c.phone(), c.provinceCode(), c.communeCode(), c.street(), c.password());
    }

    private String[] place() {
        return TestAccounts.place(units);
    }

    /** The agency with that code and a department of it, made when missing. */
    private OrgUnitView[] agency(String code, String name) throws Exception {
        List<OrgUnitView> known = orgUnits.list();
        OrgUnitView agency = known.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElse(null);
        if (agency == null) {
            agency = admin.call(() -> orgUnits.createAgency(code, name, null));
        }
        long agencyId = agency.id();
        OrgUnitView department = orgUnits.within(agencyId).stream()
                .filter(u -> u.code().equals(code + "-1")).findFirst().orElse(null);
        if (department == null) {
            department = admin.call(() -> orgUnits.createDepartment(agencyId, code + "-1",
                    "Phòng nghiệp vụ " + code));
        }
        return new OrgUnitView[] {agency, department};
    }

    /** The id of the official with that login name, made with the test password if missing. */
    private long official(String login, OrgUnitView unit, String role) throws Exception {
        List<OfficialView> all = admin.call(() -> officials.list(null));
        return all.stream().filter(o -> o.loginName().equals(login)).findFirst()
                .map(OfficialView::accountId)
                .orElseGet(() -> {
                    try {
                        return admin.call(() -> officials.create(new OfficialForm(login,
                                "Cán Bộ Thử Nghiệm", login + "@example.org", null, unit.id(),
                                Set.of(role), PASSWORD.toCharArray()), RESET)).id();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static OfficialForm form(String login, OrgUnitView unit, String role) {
        return new OfficialForm(login, "Cán Bộ Mới", login + "@example.org", null, unit.id(),
                Set.of(role), PASSWORD.toCharArray());
    }

    /** The call is refused by the container for want of a role. */
    private static void denied(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        fail("expected EJBAccessException, got " + thrown);
    }

    /** The call fails on the field with a Vietnamese message. */
    private static void refused(String field, Executable call) {
        ValidationFailure failure = assertThrows(ValidationFailure.class, call, field);
        String message = failure.problem(field);
        assertNotNull(message, field + " not named in " + failure.problems());
        assertVietnamese(message);
    }

    private static void assertVietnamese(String message) {
        assertNotNull(message);
        assertTrue(VIETNAMESE.matcher(message).matches(), "not Vietnamese: " + message);
    }
}
