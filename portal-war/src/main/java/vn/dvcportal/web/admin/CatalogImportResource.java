package vn.dvcportal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.i18n.Formats;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * Catalogue imports for the command line ({@code ./dvc import FILE}): the file is posted as the
 * raw request body and streamed to disk; its progress is polled as JSON whose {@code line}
 * is one human-readable sentence. Only administrators get here; the import itself checks too.
 */
@Path("admin/catalog/imports")
@RequestScoped
public class CatalogImportResource {

    private static final Logger LOG = Logger.getLogger(CatalogImportResource.class.getName());

    static final String FILE_NAME_HEADER = "X-File-Name";

    @Inject
    CatalogUploads uploads;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /**
     * Starts an import: 202 with the status and its address, 409 while another runs, 400 for
     * an empty body, 413 for a body over {@link CatalogUploads#MAX_BYTES}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(InputStream body, @HeaderParam(FILE_NAME_HEADER) String fileName)
            throws IOException {
        if (isDeclaredTooLarge(headers.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            return tooLarge(fileName);
        }
        CatalogUploads.Outcome outcome;
        try {
            outcome = uploads.start(body, fileName);
        } catch (IOException e) {
            if (UploadTooLargeException.isCause(e)) {
                return tooLarge(fileName);
            }
            throw e;
        }
        return switch (outcome) {
            case STARTED -> Response.accepted(current())
                    .location(uriInfo.getAbsolutePathBuilder().path("current").build())
                    .build();
            case BUSY -> Response.status(Response.Status.CONFLICT).entity(current()).build();
            case EMPTY -> Response.status(Response.Status.BAD_REQUEST)
                    .entity(message("import.line.empty")).build();
        };
    }

    /** True for a Content-Length above the limit; an absent or odd one is left to the count. */
    static boolean isDeclaredTooLarge(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > CatalogUploads.MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Response tooLarge(String fileName) {
        LOG.log(Level.INFO, "Upload of {0} refused: larger than {1} bytes",
                new Object[] {FileNames.safe(fileName), CatalogUploads.MAX_BYTES});
        Locale locale = locale();
        // The rest of the body is not read; closing the connection spares the server from
        // draining it before the answer can go out.
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .header("Connection", "close")
                .entity(Json.createObjectBuilder()
                        .add("running", uploads.isRunning())
                        .add("line", Texts.format(locale, "import.line.tooLarge",
                                Formats.bytes(CatalogUploads.MAX_BYTES, locale)))
                        .build())
                .build();
    }

    private JsonObject message(String key) {
        return Json.createObjectBuilder()
                .add("running", uploads.isRunning())
                .add("line", Texts.text(locale(), key))
                .build();
    }

    /** The current or last import; {@code running} is false when none is going on. */
    @GET
    @Path("current")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject current() {
        Locale locale = locale();
        Optional<ImportStatus> found = uploads.status();
        if (found.isEmpty()) {
            return Json.createObjectBuilder()
                    .add("running", false)
                    .add("line", ImportStatus.noImportLine(locale))
                    .build();
        }
        ImportStatus s = found.get();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("running", s.running())
                .add("line", s.line(locale))
                .add("source", s.source())
                .add("sizeBytes", s.sizeBytes())
                .add("startedAt", s.startedAt().toString())
                .add("read", s.read())
                .add("created", s.created())
                .add("updated", s.updated())
                .add("unchanged", s.unchanged())
                .add("skipped", s.skipped());
        if (s.expected() > 0) {
            json.add("expected", s.expected());
        }
        s.percent().ifPresent(p -> json.add("percent", p));
        if (s.error() != null) {
            json.add("error", s.errorText(locale));
        }
        JsonArrayBuilder failures = Json.createArrayBuilder();
        for (ImportReport.Failure f : s.shownFailures(locale)) {
            failures.add(Json.createObjectBuilder()
                    .add("line", f.line())
                    .add("code", f.code() == null ? "" : f.code())
                    .add("reason", f.reason() == null ? "" : f.reason()));
        }
        return json.add("failures", failures).build();
    }

    /** English for clients that ask for it first, Vietnamese for everyone else. */
    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> !"*".equals(l.getLanguage()))
                .findFirst()
                .map(l -> "en".equals(l.getLanguage()) ? LanguagePreference.ENGLISH
                        : LanguagePreference.VIETNAMESE)
                .orElse(LanguagePreference.VIETNAMESE);
    }
}
