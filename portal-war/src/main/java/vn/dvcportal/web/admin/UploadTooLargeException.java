package vn.dvcportal.web.admin;

import java.io.IOException;

/** An upload went past {@link CatalogUploads#MAX_BYTES}; what had arrived was discarded. */
public class UploadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(long limit) {
        super("Upload larger than " + limit + " bytes");
    }

    /**
     * True when a failure to read an upload means it was too large, whether this portal's
     * count or the web server's own limit on request bodies noticed first.
     */
    public static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // The web server's exception is matched by name: its class is not ours to import.
            if (t instanceof UploadTooLargeException
                    || "RequestTooBigException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
