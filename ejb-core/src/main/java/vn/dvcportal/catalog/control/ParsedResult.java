package vn.dvcportal.catalog.control;

/**
 * One document the procedure results in.
 *
 * @param code the result code, e.g. {@code KQ.G01.000074}, {@code null} when none is given
 */
public record ParsedResult(String name, String code) {
}
