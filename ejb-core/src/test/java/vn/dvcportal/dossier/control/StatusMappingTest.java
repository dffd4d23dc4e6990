package vn.dvcportal.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;

class StatusMappingTest {

    @Test
    void everyStepButTheDraftHasANationalStatus() {
        Map<DossierStep, Integer> expected = Map.ofEntries(
                Map.entry(DossierStep.SUBMITTED, 1),
                Map.entry(DossierStep.RECEIVED, 2),
                Map.entry(DossierStep.NOT_RECEIVED, 3),
                Map.entry(DossierStep.PROCESSING, 4),
                Map.entry(DossierStep.CONSULTING, 4),
                Map.entry(DossierStep.AWAITING_APPROVAL, 4),
                Map.entry(DossierStep.SUPPLEMENT_AT_RECEIPT, 5),
                Map.entry(DossierStep.SUPPLEMENT_IN_PROCESS, 5),
                Map.entry(DossierStep.WITHDRAWN, 7),
                Map.entry(DossierStep.STOPPED, 8),
                Map.entry(DossierStep.RESULT_READY, 9),
                Map.entry(DossierStep.RETURNED, 10));
        for (DossierStep step : DossierStep.values()) {
            if (step == DossierStep.DRAFT) {
                assertTrue(step.national().isEmpty());
                continue;
            }
            assertEquals(expected.get(step), step.national().orElseThrow().code(), step.name());
        }
        assertEquals(DossierStep.values().length - 1, expected.size());
    }

    @Test
    void nationalCodesAreOneToTenWithKeysAndLabels() {
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Stream.of(NationalStatus.values())
                .map(NationalStatus::code).collect(Collectors.toSet()));
        for (NationalStatus s : NationalStatus.values()) {
            assertEquals("status." + s.code(), s.labelKey());
            assertEquals(s, NationalStatus.ofCode(s.code()));
            assertFalse(s.label().isBlank());
            assertFalse(s.label().toLowerCase().contains("lỗi"), "no error status");
        }
        // Six is kept for payments: no step leads there yet.
        assertTrue(Stream.of(DossierStep.values()).noneMatch(
                st -> st.national().filter(n -> n.code() == 6).isPresent()));
    }

    @Test
    void stepsHaveBundleKeysAndGroupsHold() {
        for (DossierStep s : DossierStep.values()) {
            assertEquals("step." + s.name(), s.labelKey());
            assertFalse(s.label().isBlank());
        }
        assertEquals(EnumSet.of(DossierStep.NOT_RECEIVED, DossierStep.STOPPED,
                DossierStep.RETURNED, DossierStep.WITHDRAWN), DossierStep.CLOSED);
        for (DossierStep s : DossierStep.WITHDRAWABLE) {
            assertFalse(s.isClosed());
        }
        assertFalse(DossierStep.CLOCK_RUNNING.contains(DossierStep.SUPPLEMENT_AT_RECEIPT));
        assertFalse(DossierStep.CLOCK_RUNNING.contains(DossierStep.SUPPLEMENT_IN_PROCESS));
    }
}
