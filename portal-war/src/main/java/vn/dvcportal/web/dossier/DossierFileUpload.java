package vn.dvcportal.web.dossier;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces' file upload, which on request keeps any name a citizen's file may have.
 *
 * <p>PrimeFaces refuses, before the listener runs, names with characters that its server's file
 * system would not take ({@code : ? " < > | *}); Vietnamese file names often have them
 * ("Đơn: bản sao?.pdf") and the file would be lost with an English message. The dossier uploads
 * never use the name as a path: the file is stored by its content hash and the name is only
 * cleaned and shown, so those uploads set the attribute {@value #ANY_NAME} to skip the check.
 * Every other upload keeps PrimeFaces' check.
 */
public class DossierFileUpload extends FileUpload {

    /** The attribute that turns the name check off for one upload. */
    public static final String ANY_NAME = "anyFileName";

    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        if (!anyName(getAttributes().get(ANY_NAME))) {
            super.validateFilename(context, file);
        }
    }

    /** The attribute's value as given on the page: true, or "true". */
    static boolean anyName(Object flag) {
        return flag instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(flag));
    }
}
