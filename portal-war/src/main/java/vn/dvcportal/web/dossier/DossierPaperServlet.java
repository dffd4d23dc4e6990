package vn.dvcportal.web.dossier;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.files.control.UploadNames;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The printed papers of a dossier as PDF: the applicant's receipt at
 * {@code /ho-so-cua-toi/{code}/giay-tiep-nhan.pdf}, and for the officials of the agency
 * {@code /quan-ly/ho-so/{id}/mau-01.pdf} to {@code mau-05.pdf}. The pages of the same
 * addresses are served by their views before this servlet is reached; a dossier the caller may
 * not see is a 404 like one that does not exist.
 */
@WebServlet(name = "dossierPapers", urlPatterns = {"/ho-so-cua-toi/*", "/quan-ly/ho-so/*"})
public class DossierPaperServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The last segment of the receipt's address. */
    public static final String RECEIPT = "giay-tiep-nhan.pdf";

    /** What one address asks for: whose dossier, which one, which paper. */
    record Request(boolean office, String code, long id, PaperKind kind) {
    }

    @Inject
    transient Applications applications;

    @Inject
    transient BackOffice backOffice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Request> asked = parse(request.getServletPath(), request.getPathInfo());
        if (asked.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Request r = asked.get();
        byte[] pdf;
        try {
            pdf = r.office() ? backOffice.paper(r.id(), r.kind())
                    : applications.receipt(r.code());
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
        String name = r.kind().fileName(r.office() ? String.valueOf(r.id()) : r.code());
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", UploadNames.contentDisposition(name, true));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }

    /**
     * The paper an address names, or empty for any other address under the two prefixes.
     *
     * @param servletPath {@code /ho-so-cua-toi} or {@code /quan-ly/ho-so}
     * @param pathInfo    the rest, as the container decoded it
     */
    static Optional<Request> parse(String servletPath, String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        if (PrettyUrls.MY_DOSSIERS.equals(servletPath)) {
            return RECEIPT.equals(parts[1])
                    ? Optional.of(new Request(false, parts[0], 0, PaperKind.RECEIPT))
                    : Optional.empty();
        }
        if (PrettyUrls.WORK_LIST.equals(servletPath)) {
            Long id = Ids.parse(parts[0]);
            PaperKind kind = paperOf(parts[1]);
            return id == null || kind == null ? Optional.empty()
                    : Optional.of(new Request(true, null, id, kind));
        }
        return Optional.empty();
    }

    /** {@code mau-01.pdf} to {@code mau-05.pdf}, in the order of the papers' numbers. */
    static PaperKind paperOf(String segment) {
        PaperKind[] kinds = PaperKind.values();
        for (int i = 0; i < kinds.length; i++) {
            if (segment.equals(paperSegment(kinds[i]))) {
                return kinds[i];
            }
        }
        return null;
    }

    /** The last segment of a paper's address: {@code mau-01.pdf}. */
    public static String paperSegment(PaperKind kind) {
        return String.format("mau-%02d.pdf", kind.ordinal() + 1);
    }
}
