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
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.i18n.LocaleView;
import vn.dvcportal.web.i18n.Texts;

/**
 * Catalogue imports for the command line ({@code ./dvc import FILE}): the file is posted as the
 * raw request body and streamed to disk; its progress is polled as JSON whose {@code line}
 * is one human-readable sentence. Only administrators get here; the import itself checks too.
 */
@Path("admin/catalog/imports")
@RequestScoped
public class CatalogImportResource {

    static final String FILE_NAME_HEADER = "X-File-Name";

    @Inject
    CatalogUploads uploads;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Starts an import: 202 with the status, 409 while another runs, 400 for an empty body. */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(InputStream body, @HeaderParam(FILE_NAME_HEADER) String fileName)
            throws IOException {
        CatalogUploads.Outcome outcome = uploads.start(body, fileName);
        Response.Status status = switch (outcome) {
            case STARTED -> Response.Status.ACCEPTED;
            case BUSY -> Response.Status.CONFLICT;
            case EMPTY -> Response.Status.BAD_REQUEST;
        };
        return Response.status(status)
                .location(uriInfo.getAbsolutePathBuilder().path("current").build())
                .entity(outcome == CatalogUploads.Outcome.EMPTY
                        ? Json.createObjectBuilder().add("running", uploads.isRunning())
                                .add("line", Texts.text(locale(), "import.line.empty")).build()
                        : current())
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
            json.add("error", s.error());
        }
        JsonArrayBuilder failures = Json.createArrayBuilder();
        for (ImportReport.Failure f : s.failures()) {
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
                .map(l -> "en".equals(l.getLanguage()) ? LocaleView.ENGLISH
                        : LocaleView.VIETNAMESE)
                .orElse(LocaleView.VIETNAMESE);
    }
}
