package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * How many dossiers wait in each queue of the official's agency, for the back office home.
 *
 * @param mine dossiers assigned to the caller and being processed
 * @param consultations questions to the caller's department awaiting an answer
 * @param nearDue due within one working day
 */
public record WorkCounts(long toReceive, long toAssign, long mine, long consultations,
        long toApprove, long toReturn, long overdue, long nearDue) implements Serializable {

    private static final long serialVersionUID = 1L;
}
