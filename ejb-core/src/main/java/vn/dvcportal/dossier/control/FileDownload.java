package vn.dvcportal.dossier.control;

import java.io.InputStream;

/**
 * A dossier file to send to the browser. The caller streams the content and closes it.
 *
 * @param name the name the file was handed in under
 */
public record FileDownload(String name, String mediaType, long sizeBytes, InputStream content) {
}
