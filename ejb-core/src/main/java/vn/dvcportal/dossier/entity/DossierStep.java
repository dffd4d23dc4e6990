package vn.dvcportal.dossier.entity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a dossier stands inside the agency. Finer than the national status, to which each step
 * maps; a draft has no national status because the agency has not seen it. Stored by name, so
 * a value may be added but never renamed.
 */
public enum DossierStep {
    DRAFT(null, "Bản nháp"),
    SUBMITTED(NationalStatus.NEW, "Mới đăng ký, chờ tiếp nhận"),
    SUPPLEMENT_AT_RECEIPT(NationalStatus.SUPPLEMENT, "Yêu cầu bổ sung khi tiếp nhận"),
    NOT_RECEIVED(NationalStatus.NOT_RECEIVED, "Không được tiếp nhận"),
    RECEIVED(NationalStatus.RECEIVED, "Đã tiếp nhận, chờ phân công"),
    PROCESSING(NationalStatus.IN_PROCESS, "Đang xử lý"),
    CONSULTING(NationalStatus.IN_PROCESS, "Đang xin ý kiến phòng ban"),
    AWAITING_APPROVAL(NationalStatus.IN_PROCESS, "Chờ lãnh đạo phê duyệt"),
    SUPPLEMENT_IN_PROCESS(NationalStatus.SUPPLEMENT, "Yêu cầu bổ sung trong khi xử lý"),
    STOPPED(NationalStatus.STOPPED, "Dừng xử lý"),
    RESULT_READY(NationalStatus.RESULT_READY, "Đã có kết quả, chờ trả"),
    RETURNED(NationalStatus.RETURNED, "Đã trả kết quả"),
    WITHDRAWN(NationalStatus.WITHDRAWN, "Đã rút hồ sơ");

    /** Steps after which nothing more happens to the dossier. */
    public static final Set<DossierStep> CLOSED =
            EnumSet.of(NOT_RECEIVED, STOPPED, RETURNED, WITHDRAWN);

    /** Steps in which the agency's clock runs, so that the dossier can be late. */
    public static final Set<DossierStep> CLOCK_RUNNING =
            EnumSet.of(SUBMITTED, RECEIVED, PROCESSING, CONSULTING, AWAITING_APPROVAL);

    /** Steps in which the agency may still put the due date back once. */
    public static final Set<DossierStep> DELAYABLE =
            EnumSet.of(RECEIVED, PROCESSING, CONSULTING, AWAITING_APPROVAL);

    /** Steps from which the applicant may withdraw the dossier. */
    public static final Set<DossierStep> WITHDRAWABLE = EnumSet.of(SUBMITTED,
            SUPPLEMENT_AT_RECEIPT, RECEIVED, PROCESSING, CONSULTING, AWAITING_APPROVAL,
            SUPPLEMENT_IN_PROCESS);

    private final NationalStatus national;
    private final String label;

    DossierStep(NationalStatus national, String label) {
        this.national = national;
        this.label = label;
    }

    /** The national status; empty for a draft only. */
    public Optional<NationalStatus> national() {
        return Optional.ofNullable(national);
    }

    /** Vietnamese wording for papers and mails. */
    public String label() {
        return label;
    }

    /** The resource bundle key of the label: {@code step.NAME}. */
    public String labelKey() {
        return "step." + name();
    }

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Waiting for the applicant to complete the dossier. */
    public boolean isAwaitingSupplement() {
        return this == SUPPLEMENT_AT_RECEIPT || this == SUPPLEMENT_IN_PROCESS;
    }
}
