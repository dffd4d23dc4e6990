package vn.dvcportal.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The content checks of the registration forms, before anything touches the database. */
class RegistrationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private static CitizenRegistration citizen(String fullName, String street) {
        return new CitizenRegistration("001090012345", fullName, LocalDate.of(1990, 5, 12),
                "an@example.com", "0912345678", "01", "00004", street,
                "hoa sen trong đầm".toCharArray());
    }

    private static Map<String, String> problems(CitizenRegistration form) {
        return form.cleaned().problems(TODAY);
    }

    @Test
    void aGoodFormHasNoProblems() {
        assertEquals(Map.of(), problems(citizen("Nguyễn Văn An", "Số 12 phố Điện Biên Phủ")));
        assertEquals(Map.of(), problems(citizen("Đặng Thị Ngọc Hân", "Thôn 3")));
        assertEquals(Map.of(), problems(citizen("Mary O'Neil-Trần", "Ngõ 5/2")));
    }

    @Test
    void anEmptyFormNamesEveryFieldInOrder() {
        CitizenRegistration empty = new CitizenRegistration(null, null, null, null, null, null,
                null, null, null);
        Map<String, String> problems = problems(empty);
        assertEquals(List.of("personalId", "fullName", "dateOfBirth", "email", "phone",
                "provinceCode", "communeCode", "street", "password"),
                List.copyOf(problems.keySet()));
        assertEquals("Số định danh cá nhân không được để trống.", problems.get("personalId"));
        assertEquals("Họ và tên không được để trống.", problems.get("fullName"));
        assertEquals("Ngày sinh không được để trống.", problems.get("dateOfBirth"));
        assertEquals("Địa chỉ thư điện tử không được để trống.", problems.get("email"));
        assertEquals("Số điện thoại không được để trống.", problems.get("phone"));
        assertEquals("Tỉnh, thành phố không được để trống.", problems.get("provinceCode"));
        assertEquals("Xã, phường, đặc khu không được để trống.", problems.get("communeCode"));
        assertTrue(problems.get("street").startsWith("Địa chỉ chi tiết"));
        assertEquals("Mật khẩu không được để trống.", problems.get("password"));
    }

    @Test
    void namesMayHaveAHundredCharactersAndNoMore() {
        String hundred = "Nguyễn " + "Ư".repeat(93);
        assertEquals(100, hundred.length());
        assertFalse(problems(citizen(hundred, "Số 1")).containsKey("fullName"));
        String longer = hundred + "A";
        assertEquals("Họ và tên dài tối đa 100 ký tự (đã nhập 101).",
                problems(citizen(longer, "Số 1")).get("fullName"));
    }

    @Test
    void decomposedTextIsStoredComposedAndTrimmed() {
        String decomposed = Normalizer.normalize("  Nguyễn   Thị Ánh  ", Normalizer.Form.NFD);
        String street = Normalizer.normalize(" Số 7\tđường Lê Lợi ", Normalizer.Form.NFD);
        CitizenRegistration cleaned = citizen(decomposed, street).cleaned();
        assertEquals("Nguyễn Thị Ánh", cleaned.fullName());
        assertTrue(Normalizer.isNormalized(cleaned.fullName(), Normalizer.Form.NFC));
        assertEquals("Số 7 đường Lê Lợi", cleaned.street());
        String longDecomposed = Normalizer.normalize("Ễ".repeat(100), Normalizer.Form.NFD);
        assertTrue(longDecomposed.length() > 100);
        assertFalse(problems(citizen(longDecomposed, "Số 1")).containsKey("fullName"),
                "the limit counts letters as composed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Robert'); DROP TABLE ACCOUNT;--",
        "' OR '1'='1", "An\u0000", "An <b>", "An\u202eTrần", "Nguyễn Văn 2", "javascript:x",
        "${jndi:ldap://x}", "An\"", "An%27"})
    void namesRefuseMarkupSqlAndOtherSymbols(String name) {
        String problem = problems(citizen(name, "Số 1")).get("fullName");
        assertEquals("Họ và tên chỉ được gồm chữ cái, khoảng trắng và các dấu nháy đơn ('),"
                + " gạch nối (-), chấm (.).", problem);
    }

    @Test
    void aNameNeedsALetter() {
        assertEquals("Họ và tên phải có ít nhất một chữ cái.",
                problems(citizen("' - .", "Số 1")).get("fullName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "'; DROP TABLE ACCOUNT; --",
        "Số 3 & 5, ngõ \"Hoa\" <tòa B>", "{{7*7}} ${7*7}"})
    void freeTextAcceptsWhatPeopleTypeForStorageAsText(String street) {
        CitizenRegistration cleaned = citizen("Lê Văn Tám", street).cleaned();
        assertFalse(cleaned.problems(TODAY).containsKey("street"));
        assertEquals(street, cleaned.street());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Số 1\u0000", "Số 1\u202e", "Số\u200b1", "Số 1\u0007"})
    void freeTextRefusesControlAndInvisibleCharacters(String street) {
        assertEquals("Địa chỉ chi tiết (số nhà, đường, thôn, tổ dân phố) có ký tự điều khiển"
                + " hoặc ký tự ẩn không được phép.",
                problems(citizen("Lê Văn Tám", street)).get("street"));
    }

    @Test
    void theStreetMayHaveTwoHundredCharacters() {
        assertFalse(problems(citizen("Lê Văn Tám", "ă".repeat(200))).containsKey("street"));
        assertEquals("Địa chỉ chi tiết (số nhà, đường, thôn, tổ dân phố) dài tối đa 200 ký tự"
                + " (đã nhập 201).", problems(citizen("Lê Văn Tám", "ă".repeat(201)))
                .get("street"));
    }

    @Test
    void theDateOfBirthMustMatchTheNumberAndNotBeInTheFuture() {
        CitizenRegistration otherYear = new CitizenRegistration("001090012345", "Lê Văn Tám",
                LocalDate.of(1991, 5, 12), "a@example.com", "0912345678", "01", "00004",
                "Số 1", "hoa sen trong đầm".toCharArray());
        assertEquals("Ngày sinh không khớp với năm sinh ghi trong số định danh cá nhân (1990).",
                problems(otherYear).get("dateOfBirth"));
        CitizenRegistration future = new CitizenRegistration("001225012345", "Lê Văn Tám",
                LocalDate.of(2025, 12, 1), "a@example.com", "0912345678", "01", "00004",
                "Số 1", "hoa sen trong đầm".toCharArray());
        assertEquals("Ngày sinh không được sau ngày hôm nay.",
                problems(future).get("dateOfBirth"));
    }

    @Test
    void aBadNumberIsReportedWithoutConfusingTheDate() {
        CitizenRegistration badId = new CitizenRegistration("099090012345", "Lê Văn Tám",
                LocalDate.of(1990, 1, 1), "a@example.com", "0912345678", "01", "00004", "Số 1",
                "hoa sen trong đầm".toCharArray());
        Map<String, String> problems = problems(badId);
        assertTrue(problems.get("personalId").contains("099"));
        assertFalse(problems.containsKey("dateOfBirth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"an@", "@example.com", "an@example", "an example@example.com",
        "<script>@example.com", "an@example..com", "an@-example.com", ".an@example.com",
        "an.@example.com", "an@exa_mple.com", "'or'1'='1@example.com"})
    void malformedAddressesAreRefused(String email) {
        CitizenRegistration form = new CitizenRegistration("001090012345", "Lê Văn Tám",
                LocalDate.of(1990, 1, 1), email, "0912345678", "01", "00004", "Số 1",
                "hoa sen trong đầm".toCharArray());
        assertEquals("Địa chỉ thư điện tử không đúng định dạng (ví dụ: ten@example.com).",
                problems(form).get("email"), email);
    }

    @Test
    void addressesAreStoredInLowerCase() {
        assertEquals("an.le+dvc@mail.example.vn",
                FieldRules.cleanEmail(" An.Le+DVC@Mail.Example.VN "));
        assertNull(FieldRules.email("an.le+dvc@mail.example.vn"));
        assertTrue(FieldRules.email("a".repeat(250) + "@x.vn").contains("tối đa 254"));
    }

    @Test
    void phonesAreDigitsWithALeadingZero() {
        assertEquals("0912345678", FieldRules.cleanPhone("+84 912 345 678"));
        assertEquals("0912345678", FieldRules.cleanPhone("0912.345.678"));
        assertEquals("02438251234", FieldRules.cleanPhone("(024) 3825-1234"));
        assertNull(FieldRules.phone("0912345678", true));
        assertNull(FieldRules.phone("02438251234", true));
        assertNull(FieldRules.phone(null, false));
        for (String bad : new String[] {"912345678", "0012345678", "09123456789012",
            "0912a45678", "<script>"}) {
            assertTrue(FieldRules.phone(bad, true).startsWith("Số điện thoại không hợp lệ"),
                    bad);
        }
    }

    @Test
    void codesOfUnitsHaveTheirLength() {
        assertEquals("Tỉnh, thành phố không hợp lệ: mã tỉnh, thành phố gồm 2 chữ số.",
                FieldRules.provinceCode("1"));
        assertEquals("Xã, phường, đặc khu không hợp lệ: mã xã, phường gồm 5 chữ số.",
                FieldRules.communeCode("0004'"));
    }

    @Test
    void passwordsFollowThePolicy() {
        assertEquals("Mật khẩu phải có ít nhất 8 ký tự.",
                PasswordPolicy.problem("ngắn".toCharArray(), null));
        assertEquals("Mật khẩu dài tối đa 128 ký tự.",
                PasswordPolicy.problem("a1".repeat(65).toCharArray(), null));
        assertTrue(PasswordPolicy.problem("xx001090012345".toCharArray(), "001090012345")
                .contains("tên đăng nhập"));
        assertTrue(PasswordPolicy.problem("12345678".toCharArray(), null)
                .contains("quá phổ biến"));
        assertTrue(PasswordPolicy.problem("MatKhau123".toCharArray(), null)
                .contains("quá phổ biến"));
        assertTrue(PasswordPolicy.problem("aaaaaaaaaaaa".toCharArray(), null)
                .contains("quá phổ biến"));
        assertNull(PasswordPolicy.problem("hoa sen trong đầm".toCharArray(), "001090012345"));
    }

    @Test
    void aBusinessFormIsCheckedAndItsCodeWrittenInFull() {
        BusinessRegistration form = new BusinessRegistration("0101234565001",
                "CÔNG TY CỔ PHẦN HOA SEN (VIỆT NAM) - CHI NHÁNH HUẾ", "Phạm Minh Châu",
                "info@hoasen.example.vn", "02343822123", "46", "19753", "Số 5 Lê Lợi",
                "hoa sen trong đầm".toCharArray());
        BusinessRegistration cleaned = form.cleaned();
        assertEquals("0101234565-001", cleaned.taxCode());
        assertEquals(Map.of(), cleaned.problems());

        BusinessRegistration bad = new BusinessRegistration("0101234566",
                "<img src=x onerror=alert(1)>", "x'; DELETE FROM ACCOUNT; --", "info@x.vn",
                "0912345678", "46", "19753", "Số 5", "0101234566abc".toCharArray());
        Map<String, String> problems = bad.cleaned().problems();
        assertEquals(List.of("taxCode", "name", "legalRepresentative", "password"),
                List.copyOf(problems.keySet()));
        assertTrue(problems.get("name").startsWith("Tên doanh nghiệp, tổ chức chỉ được gồm"));
        assertTrue(problems.get("legalRepresentative")
                .startsWith("Người đại diện theo pháp luật chỉ được gồm"));
    }

    @Test
    void businessNamesMayHaveTwoHundredCharacters() {
        String name = "Công ty " + "A".repeat(192);
        assertNull(FieldRules.organisationName("Tên doanh nghiệp, tổ chức", name));
        assertEquals("Tên doanh nghiệp, tổ chức dài tối đa 200 ký tự (đã nhập 201).",
                FieldRules.organisationName("Tên doanh nghiệp, tổ chức", name + "B"));
    }

    @Test
    void officialFormsWantALoginNameRolesAndAnAddress() {
        OfficialForm form = new OfficialForm(" Nguyen.An ", "Nguyễn An", "an@example.org", "",
                1L, Set.of("processor"), null).cleaned();
        assertEquals("nguyen.an", form.loginName());
        assertEquals(Map.of(), form.problems());
        OfficialForm bad = new OfficialForm("1abc", "An", "", null, null,
                Set.of("superuser"), "ngắn".toCharArray()).cleaned();
        assertEquals(List.of("loginName", "email", "roles", "initialPassword"),
                List.copyOf(bad.problems().keySet()));
        assertEquals("Vai trò không hợp lệ.", bad.problems().get("roles"));
    }

    @Test
    void passwordsStayOutOfTheFormsText() {
        assertFalse(citizen("An", "Số 1").toString().contains("hoa sen"));
    }
}
