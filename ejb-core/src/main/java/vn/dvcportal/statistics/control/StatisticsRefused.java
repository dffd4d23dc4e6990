package vn.dvcportal.statistics.control;

import jakarta.ejb.ApplicationException;

/** A statistics request that cannot be carried out; the message is Vietnamese, for the user. */
@ApplicationException(rollback = true)
public class StatisticsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StatisticsRefused(String message) {
        super(message);
    }
}
