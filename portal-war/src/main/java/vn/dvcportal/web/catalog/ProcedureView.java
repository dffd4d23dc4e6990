package vn.dvcportal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.entity.AgencyAssignment;
import vn.dvcportal.catalog.entity.AgencyRole;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.Fee;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.catalog.entity.RequiredDocument;
import vn.dvcportal.dossier.boundary.DossierRouting;
import vn.dvcportal.dossier.control.ReceivingAgency;
import vn.dvcportal.web.account.CurrentUser;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.site.PrettyUrls;
import vn.dvcportal.web.site.Urls;

/**
 * One procedure at {@code /thu-tuc/{code}}, every part of its record in its own section. An
 * unknown code answers with a real 404, so search engines drop dead links.
 */
@Named
@RequestScoped
public class ProcedureView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The agencies that play one role. */
    public record RoleGroup(AgencyRole role, List<String> agencies) implements Serializable {
    }

    /** One fee as shown: the formatted amount, if any, and the published wording. */
    public record FeeLine(String amount, String note) implements Serializable {
    }

    /** One submission channel as shown in the channels table. */
    public record ChannelRow(ChannelKind kind, String time, List<FeeLine> fees,
            String description) implements Serializable {
    }

    /** Documents of one case ("Trường hợp ..."), or of no case when name is null. */
    public record DocumentGroup(String name, List<RequiredDocument> documents)
            implements Serializable {
    }

    @Inject
    Catalog catalog;

    @Inject
    LanguagePreference languagePreference;

    @Inject
    DossierRouting routing;

    @Inject
    CurrentUser currentUser;

    private String code;
    private transient Procedure procedure;
    private transient Optional<ReceivingAgency> receiver;

    /** Loads the procedure, or ends the request with 404; the view action of the page. */
    public void load() throws IOException {
        procedure = code == null || code.isBlank() ? null
                : catalog.findByCode(code.strip()).orElse(null);
        if (procedure == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND,
                    null);
            context.responseComplete();
        }
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public List<RoleGroup> getAgencyGroups() {
        Map<AgencyRole, List<String>> byRole = new LinkedHashMap<>();
        for (AgencyRole role : AgencyRole.values()) {
            byRole.put(role, new ArrayList<>());
        }
        for (AgencyAssignment assignment : procedure.getAgencies()) {
            byRole.get(assignment.getRole()).add(assignment.getAgency().getName());
        }
        return byRole.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new RoleGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    public List<ChannelRow> getChannels() {
        Locale locale = languagePreference.getLocale();
        List<ChannelRow> rows = new ArrayList<>();
        for (ProcedureChannel channel : procedure.getChannels()) {
            List<FeeLine> fees = channel.getFees().stream()
                    .map(fee -> feeLine(fee, locale)).toList();
            rows.add(new ChannelRow(channel.getKind(),
                    ProcessingTimeFormat.format(channel.getTimeValue(), channel.getTimeUnit(),
                            channel.getTimeText(), locale),
                    fees, blankToNull(channel.getDescription())));
        }
        return rows;
    }

    static FeeLine feeLine(Fee fee, Locale locale) {
        String amount = FeeFormat.amount(fee.getAmount(), fee.getCurrency(), locale);
        String note = blankToNull(fee.getNote());
        return new FeeLine(amount, Objects.equals(note, amount) ? null : note);
    }

    /** Documents grouped by case, in the order the catalogue lists them. */
    public List<DocumentGroup> getDocumentGroups() {
        Map<String, List<RequiredDocument>> groups = new LinkedHashMap<>();
        for (RequiredDocument document : procedure.getDocuments()) {
            String group = blankToNull(document.getGroup());
            groups.computeIfAbsent(group == null ? "" : group, g -> new ArrayList<>())
                    .add(document);
        }
        return groups.entrySet().stream()
                .map(e -> new DocumentGroup(e.getKey().isEmpty() ? null : e.getKey(),
                        List.copyOf(e.getValue())))
                .toList();
    }

    public boolean isOnline() {
        return procedure.offers(ChannelKind.ONLINE);
    }

    /** The agency that receives this procedure's dossiers on the portal, or null. */
    public ReceivingAgency getReceiver() {
        if (receiver == null) {
            receiver = routing.receiver(procedure.getCode());
        }
        return receiver.orElse(null);
    }

    /**
     * Where "Nộp hồ sơ trực tuyến" leads, without the context path: the application itself for
     * a signed-in citizen or business, else the sign-in page, which comes back to it.
     */
    public String getApplyPath() {
        return applyPath(procedure.getCode(), currentUser.isSignedIn());
    }

    static String applyPath(String procedureCode, boolean signedIn) {
        String apply = PrettyUrls.applyPath(procedureCode);
        return signedIn ? apply : PrettyUrls.SIGN_IN + "?tiep=" + Urls.encode(apply);
    }

    public String getFieldUrl() {
        return procedure.getField() == null ? null
                : CatalogUrls.fieldList(String.valueOf(procedure.getField().getId()));
    }

    /** The record's page on the national portal, only when it is a web address. */
    public String getNationalUrl() {
        String url = blankToNull(procedure.getDetailUrl());
        return url != null && (url.startsWith("https://") || url.startsWith("http://"))
                ? url : null;
    }

    public String getConditions() {
        return blankToNull(procedure.getConditions());
    }

    public String getRelatedProcedures() {
        return blankToNull(procedure.getRelatedProcedures());
    }

    public String getSubmissionAddress() {
        return blankToNull(procedure.getSubmissionAddress());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
