package vn.dvcportal.division.control;

import jakarta.ejb.ApplicationException;

/**
 * A unit list that cannot be read or does not have the expected shape. Nothing of such a file is
 * kept: the import that read it is rolled back.
 */
@ApplicationException(rollback = true)
public class DivisionFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DivisionFileException(String message) {
        super(message);
    }

    public DivisionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
