package vn.dvcportal.catalog.control;

import java.math.BigDecimal;
import java.util.List;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;

/**
 * One row of the submission-channel table. A procedure may list the same channel several
 * times, one row per case, each with its own time and fees.
 *
 * @param timeValue the processing time, {@code null} when the text states no number
 * @param timeUnit its unit, {@code null} when the text states none
 * @param timeText the time cell as published, {@code null} when it says nothing
 */
public record ParsedChannel(ChannelKind kind, BigDecimal timeValue, ProcessingTimeUnit timeUnit,
        String timeText, List<ParsedFee> fees, String description) {

    public ParsedChannel {
        fees = List.copyOf(fees);
    }
}
