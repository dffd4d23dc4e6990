package vn.dvcportal.catalog.control;

/**
 * One required document of the dossier.
 *
 * @param group the case heading the document is listed under ("Trường hợp ..."), {@code null}
 *     when the table has no headings
 * @param formTemplate the file name(s) of the form to fill in, separated by {@code "; "}
 * @param originals how many originals (bản chính) are required
 * @param copies how many copies (bản sao) are required
 */
public record ParsedDocument(String group, String name, String formTemplate, int originals,
        int copies) {
}
