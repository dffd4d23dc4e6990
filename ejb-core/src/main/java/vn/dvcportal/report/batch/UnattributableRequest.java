package vn.dvcportal.report.batch;

/**
 * An access log record the report cannot count: without a client address it belongs to no
 * visitor, and a path that does not start with "/" is no page of the portal. The job skips such
 * records and counts them.
 */
public class UnattributableRequest extends Exception {

    private static final long serialVersionUID = 1L;

    public UnattributableRequest(String message) {
        super(message);
    }
}
