package vn.dvcportal.paper.control;

/**
 * One document handed in with a dossier, as listed on the receipt.
 *
 * @param name the name of the document, as in the procedure or as the applicant wrote it
 * @param originals number of originals (bản chính)
 * @param copies number of copies (bản sao)
 */
public record PaperDocument(String name, int originals, int copies) {
}
