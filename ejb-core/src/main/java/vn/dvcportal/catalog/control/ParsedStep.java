package vn.dvcportal.catalog.control;

/**
 * One step of the procedure ("Bước 1: ..."). The title is the first line after the step marker,
 * the description everything up to the next step; text with no step markers becomes a single
 * step without title.
 */
public record ParsedStep(String title, String description) {
}
