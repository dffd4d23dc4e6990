package vn.dvcportal.web.dossier;

import java.util.Arrays;
import java.util.List;

/**
 * The steps of the online application, in order. Choosing a case is a step only when the
 * procedure has several cases; the last step is reached by submitting, not by "next".
 */
public enum WizardStep {
    CASE,
    FORM,
    DOCUMENTS,
    DELIVERY,
    REVIEW,
    DONE;

    /** The bundle key of the step's name: {@code apply.step.FORM}. */
    public String labelKey() {
        return "apply.step." + name();
    }

    /** The steps the applicant goes through, without DONE. */
    public static List<WizardStep> shown(boolean severalCases) {
        return Arrays.stream(values())
                .filter(s -> s != DONE && (severalCases || s != CASE))
                .toList();
    }

    /** The step after this one; REVIEW is followed by nothing but the submission. */
    public WizardStep next() {
        return switch (this) {
            case CASE -> FORM;
            case FORM -> DOCUMENTS;
            case DOCUMENTS -> DELIVERY;
            case DELIVERY, REVIEW -> REVIEW;
            case DONE -> DONE;
        };
    }

    /** The step before this one, skipping the choice of case when there is none to make. */
    public WizardStep previous(boolean severalCases) {
        return switch (this) {
            case CASE, DONE -> this;
            case FORM -> severalCases ? CASE : FORM;
            case DOCUMENTS -> FORM;
            case DELIVERY -> DOCUMENTS;
            case REVIEW -> DELIVERY;
        };
    }

    /** The step a reopened application starts at. */
    public static WizardStep first(boolean severalCases, boolean caseChosen) {
        return severalCases && !caseChosen ? CASE : FORM;
    }

    /** Position among the shown steps, from 1, for "Bước 2/5". */
    public int number(boolean severalCases) {
        return shown(severalCases).indexOf(this) + 1;
    }
}
