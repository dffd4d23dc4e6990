package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Login names, mail links, scopes, results and messages. */
class SmallRulesTest {

    @Test
    void loginNamesAreNormalisedTheWayTheyAreStored() {
        assertEquals("0100109106-001", LoginNames.normalise(" 0100109106001 "));
        assertEquals("0100109106-001", LoginNames.normalise("0100109106 - 001"));
        assertEquals("001090012345", LoginNames.normalise("001 090 012 345"));
        assertEquals("nguyen.an", LoginNames.normalise("Nguyen.An"));
        assertEquals("an@example.com", LoginNames.normalise("An@Example.com"));
        assertTrue(LoginNames.isEmail("an@example.com"));
        assertFalse(LoginNames.isEmail("nguyen.an"));
        assertEquals("", LoginNames.normalise(null));
    }

    @Test
    void linksCarryTheTokenOnAnAbsolutePageAddress() {
        assertEquals("https://dvc.example.gov.vn/xac-nhan?token=abc",
                MailLinks.link("https://dvc.example.gov.vn/xac-nhan", "abc"));
        assertEquals("http://localhost:8080/dat-lai-mat-khau",
                MailLinks.checked("http://localhost:8080/dat-lai-mat-khau", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/xac-nhan", "javascript:alert(1)", "ftp://x/y",
        "https://x/y?a=b", "https://x/y#f", "https://user:pw@x/y", "https:///y", "http:x"})
    void linksRefuseAddressesThatAreNotPlainPages(String base) {
        assertThrows(IllegalArgumentException.class, () -> MailLinks.checked(base, null));
    }

    @Test
    void aConfiguredPublicAddressBindsEveryLink() {
        String root = "https://dvc.example.gov.vn";
        assertEquals(root + "/xac-nhan", MailLinks.checked(root + "/xac-nhan", root));
        assertEquals(root + "/xac-nhan", MailLinks.checked(root + "/xac-nhan", root + "/"));
        assertThrows(IllegalArgumentException.class,
                () -> MailLinks.checked("https://attacker.example/xac-nhan", root));
        assertThrows(IllegalArgumentException.class,
                () -> MailLinks.checked("https://dvc.example.gov.vn.attacker.example/x", root));
    }

    @Test
    void aScopeCoversOneAgencyOrAll() {
        AgencyScope agency = new AgencyScope("quantri", false, 7L);
        assertTrue(agency.covers(7L));
        assertFalse(agency.covers(8L));
        assertFalse(agency.covers(null));
        AccessDenied denied = assertThrows(AccessDenied.class, () -> agency.require(8L));
        assertEquals("Bạn chỉ được thao tác trong phạm vi cơ quan của mình.",
                denied.getMessage());
        AgencyScope none = new AgencyScope("lac.loai", false, null);
        assertFalse(none.covers(null));
        assertFalse(none.covers(7L));
        AgencyScope system = new AgencyScope("admin", true, null);
        assertTrue(system.covers(7L));
        assertTrue(system.covers(null));
    }

    @Test
    void resultsTellTheUserWhatHappened() {
        AccountSummary who = new AccountSummary(1, "001090012345", "An", Set.of("citizen"),
                null, 0);
        assertNull(SignInResult.ok(who).message());
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", SignInResult.wrong().message());
        assertTrue(SignInResult.locked(3).message().contains("3 phút"));
        assertTrue(SignInResult.unverified().message().contains("chưa được kích hoạt"));
        assertTrue(SignInResult.disabled().message().contains("vô hiệu hóa"));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInResult(SignInResult.Status.WRONG, who, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInResult(SignInResult.Status.OK, null, 0));
        assertTrue(who.hasRole("citizen"));
    }

    @Test
    void aValidationFailureKeepsItsFieldsInOrder() {
        java.util.LinkedHashMap<String, String> problems = new java.util.LinkedHashMap<>();
        problems.put("b", "Thứ nhất.");
        problems.put("a", "Thứ hai.");
        ValidationFailure failure = new ValidationFailure(problems);
        assertEquals("Thứ nhất. Thứ hai.", failure.getMessage());
        assertEquals(java.util.List.of("b", "a"), java.util.List.copyOf(
                failure.problems().keySet()));
        assertThrows(IllegalArgumentException.class, () -> new ValidationFailure(Map.of()));
        assertThrows(UnsupportedOperationException.class,
                () -> failure.problems().put("c", "x"));
    }

    @Test
    void mailsCarryTheLinkAndHowLongItWorks() {
        IdentityMails.Mail mail = IdentityMails.resetPassword("Nguyễn Văn An",
                "https://x/dat-lai?token=t", Duration.ofHours(1));
        assertTrue(mail.text().contains("https://x/dat-lai?token=t"));
        assertTrue(mail.text().contains("trong vòng 1 giờ"));
        assertTrue(mail.text().startsWith("Kính gửi Nguyễn Văn An,"));
        assertEquals("24 giờ", IdentityMails.span(Duration.ofHours(24)));
        assertEquals("3 ngày", IdentityMails.span(Duration.ofDays(3)));
        assertEquals("30 phút", IdentityMails.span(Duration.ofMinutes(30)));
        assertTrue(IdentityMails.firstPassword("An", "an.nguyen", "https://x/y?token=t",
                Duration.ofDays(3)).text().contains("an.nguyen"));
        assertTrue(IdentityMails.verifyEmail("An", "https://x/y?token=t", Duration.ofHours(24))
                .subject().startsWith("Xác nhận địa chỉ thư điện tử"));
    }
}
