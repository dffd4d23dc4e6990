package vn.dvcportal.files.control;

import vn.dvcportal.identity.control.ValidationFailure;

/** The refusals of an upload, in Vietnamese, each naming what would have been accepted. */
public final class UploadRules {

    private UploadRules() {
    }

    /** What the portal accepts, to show beside a file input. */
    public static String acceptedText(long maxBytes) {
        return FileKind.labels() + "; tối đa " + FileSizes.text(maxBytes) + " mỗi tệp";
    }

    static ValidationFailure empty(long maxBytes) {
        return ValidationFailure.of(UploadNames.FIELD, "Tệp rỗng (0 byte). Vui lòng chọn tệp "
                + FileKind.labels() + ", tối đa " + FileSizes.text(maxBytes) + ".");
    }

    static ValidationFailure tooLarge(long maxBytes) {
        return ValidationFailure.of(UploadNames.FIELD,
                "Tệp quá lớn: tối đa " + FileSizes.text(maxBytes) + ".");
    }

    static ValidationFailure notAccepted() {
        return ValidationFailure.of(UploadNames.FIELD, "Tệp không phải " + FileKind.labels()
                + " (đã kiểm tra nội dung tệp).");
    }
}
