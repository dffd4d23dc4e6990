package vn.dvcportal.dossier.control;

import java.io.Serializable;

/**
 * One document of the procedure as the dossier keeps it.
 *
 * @param index     its position in the dossier's documents, the {@code part} of its files
 * @param group     the case it belongs to ("Trường hợp ..."), or null for every case
 * @param name      what the document is
 * @param template  the form template to fill in, if any
 * @param originals number of originals asked for
 * @param copies    number of copies asked for
 * @param required  whether a file must be attached before submitting: asked for at least once
 *                  and not merely shown at the desk
 */
public record RequiredPart(int index, String group, String name, String template, int originals,
        int copies, boolean required) implements Serializable {

    private static final long serialVersionUID = 1L;
}
