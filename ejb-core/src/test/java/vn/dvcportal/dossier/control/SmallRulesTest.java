package vn.dvcportal.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvcportal.dossier.control.Fixtures.CALENDAR;
import static vn.dvcportal.dossier.control.Fixtures.MONDAY;
import static vn.dvcportal.dossier.control.Fixtures.at;
import static vn.dvcportal.dossier.control.Fixtures.dueOn;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.identity.control.ValidationFailure;

class SmallRulesTest {

    @Test
    void messagesAreNfcTrimmedAndAtMost4000Characters() {
        String nfd = Normalizer.normalize("  Xin hỏi tiến độ hồ sơ\r\n", Normalizer.Form.NFD);
        assertEquals("Xin hỏi tiến độ hồ sơ", MessageRules.body(nfd));
        assertEquals("<b>a</b>\nb", MessageRules.body("<b>a</b>\r\nb\u0007"),
                "kept as typed; escaped where shown");
        assertThrows(ValidationFailure.class, () -> MessageRules.body(" \n "));
        assertThrows(ValidationFailure.class, () -> MessageRules.body(null));
        assertEquals(4000, MessageRules.body("ồ".repeat(4000)).length());
        ValidationFailure tooLong = assertThrows(ValidationFailure.class,
                () -> MessageRules.body("a".repeat(4001)));
        assertTrue(tooLong.problem("body").contains("4001"));
    }

    @Test
    void messagesLoseInvisibleCharactersAndAreCappedPerDay() {
        assertEquals("abc\ndef", MessageRules.body("a\u202Eb\u0000c\r\nd\u200Bef\uE000"));
        MessageRules.requireRoomToday(MessageRules.MAX_PER_DAY - 1);
        ValidationFailure full = assertThrows(ValidationFailure.class,
                () -> MessageRules.requireRoomToday(MessageRules.MAX_PER_DAY));
        assertTrue(full.problem("body").contains("tối đa 50 tin nhắn"), full.getMessage());
    }

    @Test
    void nearDueMeansWithinOneWorkingDay() {
        // Friday morning: due Friday or Monday is near, Tuesday is not.
        var friday = MONDAY.plusDays(4);
        var now = at(friday, 9, 0);
        assertTrue(DueFlags.nearDue(DossierStep.PROCESSING, dueOn(friday), now, CALENDAR));
        assertTrue(DueFlags.nearDue(DossierStep.PROCESSING, dueOn(friday.plusDays(3)), now,
                CALENDAR));
        assertFalse(DueFlags.nearDue(DossierStep.PROCESSING, dueOn(friday.plusDays(4)), now,
                CALENDAR));
        assertFalse(DueFlags.nearDue(DossierStep.SUPPLEMENT_IN_PROCESS, dueOn(friday), now,
                CALENDAR), "the clock is stopped");
    }

    @Test
    void overdueOnlyWhileTheClockRuns() {
        var now = at(MONDAY, 18, 0);
        assertTrue(DueFlags.overdue(DossierStep.RECEIVED, dueOn(MONDAY), now));
        assertFalse(DueFlags.overdue(DossierStep.RESULT_READY, dueOn(MONDAY), now));
        assertFalse(DueFlags.overdue(DossierStep.RECEIVED, dueOn(MONDAY.plusDays(1)), now));
        assertFalse(DueFlags.overdue(DossierStep.RECEIVED, null, now));
        assertFalse(DueFlags.nearDue(DossierStep.RECEIVED, dueOn(MONDAY), now, CALENDAR));
    }

    @Test
    void paperFileNamesAreAscii() {
        for (PaperKind k : PaperKind.values()) {
            assertTrue(k.fileName("STP-260302-0001").matches("[a-z0-9-]+-STP-260302-0001\\.pdf"));
        }
    }
}
