package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.util.Objects;

/** What a statistics row is about: a receiving agency and a procedure. */
public record StatisticsKey(long agencyUnitId, String procedureCode) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StatisticsKey {
        Objects.requireNonNull(procedureCode, "procedureCode");
    }

    @Override
    public String toString() {
        return agencyUnitId + "/" + procedureCode;
    }
}
