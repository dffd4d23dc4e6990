package vn.dvcportal.eform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.entity.AccountKind;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final FormSchema birth = FormSchema.parse(FormSchemaTest.builtIn("9.000001"));

    FormValidatorTest() throws IOException {
    }

    @Test
    void aCompleteBirthRegistrationPasses() {
        Map<String, String> values = FormValidator.normalise(birth, complete());
        assertEquals(Map.of(), FormValidator.validate(birth, values, FormValidator.UNCHECKED,
                TODAY));
        assertEquals("2026-11-30", values.get("childBirthDate"));
        assertEquals("0912345678", values.get("phone"));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        Map<String, String> problems = FormValidator.validate(birth, Map.of(),
                FormValidator.UNCHECKED, TODAY);
        assertEquals("Họ và tên không được để trống.", problems.get("fullName"));
        assertTrue(problems.get("declaration").contains("cần đánh dấu"));
        assertFalse(problems.containsKey("fatherName"));
    }

    @Test
    void wrongValuesGetTheirOwnMessages() {
        Map<String, String> typed = complete();
        typed.put("childBirthDate", "31/02/2026");
        typed.put("phone", "12345");
        typed.put("childSex", "KHAC");
        typed.put("fullName", "<script>alert(1)</script>");
        typed.put("email", "a@b");
        Map<String, String> problems = FormValidator.validate(birth,
                FormValidator.normalise(birth, typed), FormValidator.UNCHECKED, TODAY);
        assertTrue(problems.get("childBirthDate").contains("dd/MM/yyyy"));
        assertTrue(problems.get("phone").contains("10 hoặc 11 chữ số"));
        assertTrue(problems.get("childSex").contains("không có trong danh sách"));
        assertTrue(problems.get("fullName").contains("chỉ được gồm chữ cái"));
        assertTrue(problems.get("email").contains("định dạng"));
    }

    @Test
    void normalisingKeepsOnlyTheFormsKeysInNfcWithoutInvisibleCharacters() {
        Map<String, String> typed = complete();
        typed.put("unknown", "x");
        typed.put("birthPlace", "  Bê\u0323nh vie\u0323\u0302n \u200b Phụ sản  ");
        Map<String, String> values = FormValidator.normalise(birth, typed);
        assertFalse(values.containsKey("unknown"));
        assertEquals("Bệnh viện Phụ sản", values.get("birthPlace"));
    }

    @Test
    void tooLongTextAndOutOfRangeNumbersAreRefused() throws IOException {
        FormSchema practice = FormSchema.parse(FormSchemaTest.builtIn("9.000029"));
        Map<String, String> typed = new HashMap<>();
        typed.put("scope", "ạ".repeat(2001));
        typed.put("practiceMonths", "121");
        Map<String, String> problems = FormValidator.validate(practice,
                FormValidator.normalise(practice, typed), FormValidator.UNCHECKED, TODAY);
        assertTrue(problems.get("scope").contains("tối đa 2000"));
        assertTrue(problems.get("practiceMonths").contains("1 – 120"));
    }

    @Test
    void unitCodesAreCheckedOnlyWhenTheListsAreLoaded() {
        FormValidator.UnitCodes hanoiOnly = new FormValidator.UnitCodes() {
            @Override
            public boolean loaded() {
                return true;
            }

            @Override
            public boolean province(String code) {
                return "01".equals(code);
            }

            @Override
            public boolean commune(String provinceCode, String communeCode) {
                return "01".equals(provinceCode) && "00004".equals(communeCode);
            }
        };
        Map<String, String> typed = complete();
        typed.put("commune", "26734");
        Map<String, String> values = FormValidator.normalise(birth, typed);
        assertTrue(FormValidator.validate(birth, values, hanoiOnly, TODAY).get("commune")
                .contains("26734"));
        assertEquals(Map.of(), FormValidator.validate(birth, values, FormValidator.UNCHECKED,
                TODAY));
    }

    @Test
    void prefillTakesTheProfile() {
        ProfileView profile = new ProfileView(1, "001095012345", AccountKind.CITIZEN,
                "Nguyễn Thị Hương", "huong@example.org", true, "0912345678", "001095012345",
                LocalDate.of(1995, 3, 2), null, null, "01", "00004", "12 Hàng Bài", Set.of(),
                null, null);
        Map<String, String> values = FormPrefill.prefill(birth, profile);
        assertEquals("Nguyễn Thị Hương", values.get("fullName"));
        assertEquals("001095012345", values.get("identifier"));
        assertEquals("1995-03-02", values.get("birthDate"));
        assertEquals("00004", values.get("commune"));
        assertFalse(values.containsKey("childName"));
    }

    private static Map<String, String> complete() {
        Map<String, String> typed = new HashMap<>();
        typed.put("fullName", "Nguyễn Thị Hương");
        typed.put("identifier", "001095012345");
        typed.put("phone", "+84 912 345 678");
        typed.put("email", "Huong@Example.org");
        typed.put("province", "01");
        typed.put("commune", "00004");
        typed.put("street", "12 Hàng Bài");
        typed.put("relationship", "ME");
        typed.put("childName", "Trần Minh Khang");
        typed.put("childBirthDate", "30/11/2026");
        typed.put("childSex", "NAM");
        typed.put("birthPlace", "Bệnh viện Phụ sản Hà Nội");
        typed.put("ethnicity", "Kinh");
        typed.put("motherName", "Nguyễn Thị Hương");
        typed.put("declaration", "true");
        return typed;
    }
}
