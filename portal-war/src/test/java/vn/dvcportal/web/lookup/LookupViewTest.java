package vn.dvcportal.web.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.control.PublicStatus;
import vn.dvcportal.dossier.entity.NationalStatus;

class LookupViewTest {

    private static final Instant AT = Instant.parse("2026-03-05T03:00:00Z");

    private static PublicStatus status(NationalStatus s, Instant receivedAt) {
        return new PublicStatus("SYT-260305-0001", "Cấp phép", s, s.labelKey(), receivedAt,
                AT.plusSeconds(86_400L * 10));
    }

    @Test
    void aDossierClosedWithoutResultHasNoDueDate() {
        assertFalse(LookupView.dueShown(status(NationalStatus.WITHDRAWN, AT)));
        assertFalse(LookupView.dueShown(status(NationalStatus.NOT_RECEIVED, null)));
        assertFalse(LookupView.dueShown(status(NationalStatus.STOPPED, AT)));
        assertFalse(LookupView.dueShown(null));
    }

    @Test
    void openAndFinishedDossiersShowTheirDueDate() {
        assertTrue(LookupView.dueShown(status(NationalStatus.IN_PROCESS, AT)));
        assertTrue(LookupView.dueShown(status(NationalStatus.NEW, null)));
        assertTrue(LookupView.dueShown(status(NationalStatus.RETURNED, AT)));
    }

    @Test
    void beforeReceiptTheDueDateIsOnlyExpected() {
        assertEquals("lookup.dueExpected",
                LookupView.dueLabelKey(status(NationalStatus.NEW, null)));
        assertEquals("lookup.dueExpected",
                LookupView.dueLabelKey(status(NationalStatus.SUPPLEMENT, null)));
        assertEquals("dossier.dueAt",
                LookupView.dueLabelKey(status(NationalStatus.SUPPLEMENT, AT)));
    }
}
