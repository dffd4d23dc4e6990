package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A period with figures.
 *
 * @param complete false while its figures are being made
 * @param asOf     the moment its figures describe
 */
public record PeriodChoice(String key, String label, boolean complete, Instant asOf)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
