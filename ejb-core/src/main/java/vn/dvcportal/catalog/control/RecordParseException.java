package vn.dvcportal.catalog.control;

/**
 * A catalogue record that cannot be turned into a procedure, for instance because it has no
 * code or no name. The message is meant for the administrator who runs the import.
 */
public final class RecordParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String reason;

    /**
     * @param code the procedure code if the record has one, else {@code null}
     * @param reason what is wrong, in Vietnamese
     */
    public RecordParseException(String code, String reason) {
        super(message(code, reason));
        this.code = code;
        this.reason = reason;
    }

    public RecordParseException(String code, String reason, Throwable cause) {
        super(message(code, reason), cause);
        this.code = code;
        this.reason = reason;
    }

    /** The procedure code, {@code null} when the record has none. */
    public String code() {
        return code;
    }

    /** What is wrong with the record, without the code. */
    public String reason() {
        return reason;
    }

    private static String message(String code, String reason) {
        return code == null
                ? "Bản ghi không có mã thủ tục: " + reason
                : "Thủ tục " + code + ": " + reason;
    }
}
