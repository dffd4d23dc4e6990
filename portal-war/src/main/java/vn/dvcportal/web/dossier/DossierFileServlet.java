package vn.dvcportal.web.dossier;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.dossier.boundary.DossierFiles;
import vn.dvcportal.dossier.control.FileDownload;
import vn.dvcportal.files.control.UploadNames;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * A file of a dossier at {@code /tep/{id}}, for its applicant and the officials of its agency.
 * Anyone else gets the same 404 as for a number that does not exist, so that numbers cannot be
 * probed. The file is sent under the name it was handed in with and the type its content was
 * found to be when it was stored.
 */
@WebServlet(name = "dossierFiles", urlPatterns = "/tep/*")
public class DossierFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DossierFileServlet.class.getName());

    /** Kinds a browser shows itself; the others are saved. All were checked on upload. */
    static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    transient DossierFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long id = idOf(request.getPathInfo());
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload download;
        try {
            download = files.open(id);
        } catch (ValidationFailure e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = download.content()) {
            send(response, download, in);
        } catch (IOException e) {
            // Most often the browser went away in the middle; nothing is left to answer.
            LOG.log(Level.FINE, "Download of file {0} interrupted", id);
        }
    }

    private static void send(HttpServletResponse response, FileDownload download,
            InputStream in) throws IOException {
        String type = download.mediaType() == null ? "application/octet-stream"
                : download.mediaType();
        response.setContentType(type);
        if (download.sizeBytes() > 0) {
            response.setContentLengthLong(download.sizeBytes());
        }
        response.setHeader("Content-Disposition", UploadNames.contentDisposition(
                download.name(), SHOWN_INLINE.contains(type)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Personal papers: kept by no shared cache, and not in the browser's either.
        response.setHeader("Cache-Control", "private, no-store");
        OutputStream out = response.getOutputStream();
        in.transferTo(out);
        out.flush();
    }

    /** The file number in {@code /{id}}, or null for anything else. */
    static Long idOf(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            return null;
        }
        return Ids.parse(pathInfo.substring(1));
    }
}
