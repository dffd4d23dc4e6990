package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WizardStepTest {

    @Test
    void theChoiceOfCaseIsAStepOnlyWhenThereAreSeveral() {
        assertEquals(List.of(WizardStep.FORM, WizardStep.DOCUMENTS, WizardStep.DELIVERY,
                WizardStep.REVIEW), WizardStep.shown(false));
        assertEquals(WizardStep.CASE, WizardStep.shown(true).get(0));
        assertEquals(WizardStep.FORM, WizardStep.first(true, true));
        assertEquals(WizardStep.CASE, WizardStep.first(true, false));
        assertEquals(WizardStep.FORM, WizardStep.first(false, false));
    }

    @Test
    void stepsFollowEachOther() {
        assertEquals(WizardStep.DOCUMENTS, WizardStep.FORM.next());
        assertEquals(WizardStep.REVIEW, WizardStep.REVIEW.next());
        assertEquals(WizardStep.FORM, WizardStep.FORM.previous(false));
        assertEquals(WizardStep.CASE, WizardStep.FORM.previous(true));
        assertEquals(WizardStep.DELIVERY, WizardStep.REVIEW.previous(false));
    }

    @Test
    void stepsAreNumberedAsShown() {
        assertEquals(1, WizardStep.FORM.number(false));
        assertEquals(2, WizardStep.FORM.number(true));
        assertEquals(4, WizardStep.REVIEW.number(false));
        assertEquals("apply.step.DELIVERY", WizardStep.DELIVERY.labelKey());
    }
}
