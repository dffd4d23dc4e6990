package vn.dvcportal.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void daysComeFirst() {
        assertEquals(LocalDate.of(1990, 3, 5), DateInput.parse("05/03/1990"));
        assertEquals(LocalDate.of(1990, 3, 5), DateInput.parse(" 5/3/1990 "));
        assertEquals(LocalDate.of(1990, 3, 5), DateInput.parse("05.03.1990"));
        assertEquals("05/03/1990", DateInput.format(LocalDate.of(1990, 3, 5)));
    }

    @Test
    void noRealDateIsNoDate() {
        for (String typed : new String[] {"31/02/1990", "1990-03-05x", "05/03/90",
            "<script>", "' OR 1=1 --", "99/99/9999"}) {
            assertNull(DateInput.parse(typed), typed);
            assertTrue(DateInput.isMalformed(typed), typed);
        }
        assertFalse(DateInput.isMalformed(""));
        assertFalse(DateInput.isMalformed(null));
    }
}
