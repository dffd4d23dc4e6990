package vn.dvcportal.report.control;

import jakarta.ejb.ApplicationException;

/** A report request that cannot be carried out; the message is Vietnamese, for the user. */
@ApplicationException(rollback = true)
public class ReportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRefused(String message) {
        super(message);
    }
}
