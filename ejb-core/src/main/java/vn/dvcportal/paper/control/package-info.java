/**
 * The printed papers of the one-stop desk as PDF: receipt and appointment (Mẫu 01, with the
 * dossier code as a QR code), request to complete a dossier (Mẫu 02), refusal (Mẫu 03), apology
 * for a late result (Mẫu 04) and the control sheet of the handling (Mẫu 05).
 *
 * <p>Plain classes fed with {@link vn.dvcportal.paper.control.PaperDossier} values, so that
 * they know nothing of entities and are tested without a container. The DejaVu fonts are read
 * from the class path and embedded, so every Vietnamese letter prints and stays searchable
 * whatever fonts the server or the reader has installed.
 */
package vn.dvcportal.paper.control;
