package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void theFirstMessageOfAFieldStaysAndTheFormOrderIsKept() {
        FormErrors errors = new FormErrors();
        errors.put("dateOfBirth", "Ngày sinh không hợp lệ.");
        Map<String, String> core = new LinkedHashMap<>();
        core.put("personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số.");
        core.put("dateOfBirth", "Ngày sinh không được để trống.");
        errors.putAll(core);

        assertEquals("Ngày sinh không hợp lệ.", errors.of("dateOfBirth"));
        assertEquals(List.of("dateOfBirth", "personalId"),
                List.copyOf(errors.getFields().keySet()));
        assertTrue(errors.has("personalId"));
        assertFalse(errors.has("email"));
    }

    @Test
    void generalMessagesAreNotRepeated() {
        FormErrors errors = new FormErrors();
        errors.general("Lỗi hệ thống.");
        errors.general("Lỗi hệ thống.");
        errors.general(null);

        assertEquals(List.of("Lỗi hệ thống."), errors.getGeneral());
        errors.clear();
        assertTrue(errors.isEmpty());
    }
}
