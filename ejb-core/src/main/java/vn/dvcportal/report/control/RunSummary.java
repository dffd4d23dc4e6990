package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.Instant;

/** A period for which a report has figures, complete or still being made. */
public record RunSummary(String periodKey, String periodLabel, boolean complete,
        Instant finishedAt) implements Serializable {
}
