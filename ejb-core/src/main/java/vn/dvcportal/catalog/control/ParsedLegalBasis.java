package vn.dvcportal.catalog.control;

/**
 * One legal document the procedure rests on.
 *
 * @param number the document number as published, e.g. {@code 51/2019/QH14}
 */
public record ParsedLegalBasis(String title, String number) {
}
