package vn.dvcportal.web.dossier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.control.DossierSummary;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;

/**
 * The signed-in applicant's dossiers at {@code /ho-so-cua-toi}, latest first: drafts, which
 * lead back to the application (or may be deleted), and submitted dossiers, which lead to their
 * page.
 */
@Named
@RequestScoped
public class MyDossiersView {

    @Inject
    Applications applications;

    @Inject
    LanguagePreference languagePreference;

    private List<DossierSummary> dossiers;
    private String notice;

    @PostConstruct
    void init() {
        dossiers = applications.mine();
    }

    /**
     * "Xóa bản nháp" on a draft of the list, once confirmed. A draft already gone or submitted
     * meanwhile leaves the list as it now is, without a message: nothing was lost.
     */
    public void discard(long draftId) {
        notice = null;
        try {
            applications.discard(draftId);
            notice = Texts.text(languagePreference.getLocale(), "myDossiers.discarded");
        } catch (ValidationFailure e) {
            notice = String.join(" ", e.problems().values());
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
        }
        dossiers = applications.mine();
    }

    /** What became of the last "Xóa bản nháp", or null. */
    public String getNotice() {
        return notice;
    }

    public List<DossierSummary> getDossiers() {
        return dossiers;
    }

    public List<DossierSummary> getDrafts() {
        return dossiers.stream().filter(d -> d.code() == null).toList();
    }

    public List<DossierSummary> getSubmitted() {
        return dossiers.stream().filter(d -> d.code() != null).toList();
    }

    /** Where a row leads, without the context path. */
    public static String path(DossierSummary d) {
        return d.code() == null
                ? PrettyUrls.applyPath(d.procedureCode()) + "?" + ApplyView.DRAFT_PARAM + "="
                        + d.id()
                : PrettyUrls.myDossierPath(d.code());
    }

    public String link(DossierSummary d) {
        return PageExits.request().getContextPath() + path(d);
    }

    /** The bundle key of the row's status: the national status, or "draft". */
    public static String statusKey(DossierSummary d) {
        return d.status() == null ? d.step().labelKey() : d.status().labelKey();
    }

    public String statusKeyOf(DossierSummary d) {
        return statusKey(d);
    }
}
