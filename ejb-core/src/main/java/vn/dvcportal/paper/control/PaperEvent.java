package vn.dvcportal.paper.control;

import java.time.Instant;

/**
 * One step of the handling of a dossier, as a line of the control sheet (Mẫu 05).
 *
 * @param at when the dossier was handed over or taken in
 * @param actor the official who acted
 * @param unit the unit of that official
 * @param action what was done, in Vietnamese (e.g. "Tiếp nhận hồ sơ")
 * @param note free text, may be long
 * @param deadline the time the step had to be done by; {@code null} when the step has none
 */
public record PaperEvent(Instant at, String actor, String unit, String action, String note,
        Instant deadline) {
}
