package vn.dvcportal.web.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.web.site.PrettyUrls;

/** The portal's addresses for pages, with the application's context path in front. */
@Named
@ApplicationScoped
public class Links {

    /** One entry of the main menu: its key for {@code _active}, address and label key. */
    public record MenuItem(String key, String url, String label) {
    }

    /** The main menu, in the order the layout rules list it. */
    public List<MenuItem> getMenu() {
        return menu(context());
    }

    /**
     * The whole catalogue is "administrative procedures", as its page is titled; "online
     * public services" are only the procedures that can be submitted online.
     */
    static List<MenuItem> menu(String context) {
        return List.of(
                new MenuItem("home", context + PrettyUrls.HOME, "menu.home"),
                new MenuItem("about", context + PrettyUrls.ABOUT, "menu.about"),
                new MenuItem("procedures", context + PrettyUrls.PROCEDURES, "menu.procedures"),
                new MenuItem("online", context + onlineList(), "menu.online"),
                new MenuItem("lookup", context + PrettyUrls.LOOKUP, "menu.lookup"),
                new MenuItem("statistics", context + PrettyUrls.STATISTICS, "menu.statistics"),
                new MenuItem("faq", context + PrettyUrls.FAQ, "menu.faq"),
                new MenuItem("siteMap", context + PrettyUrls.SITE_MAP, "menu.siteMap"));
    }

    static String onlineList() {
        return CatalogUrls.list(ListFilter.ofChannel(ChannelKind.ONLINE.name()), 1);
    }

    public String procedure(String code) {
        return context() + CatalogUrls.procedure(code);
    }

    public String field(Object fieldId) {
        return context() + CatalogUrls.fieldList(String.valueOf(fieldId));
    }

    public String agency(Object agencyId) {
        return context() + CatalogUrls.agencyList(String.valueOf(agencyId));
    }

    public String online() {
        return context() + onlineList();
    }

    public String getHome() {
        return context() + PrettyUrls.HOME;
    }

    public String getProcedures() {
        return context() + PrettyUrls.PROCEDURES;
    }

    public String getAbout() {
        return context() + PrettyUrls.ABOUT;
    }

    public String getLookup() {
        return context() + PrettyUrls.LOOKUP;
    }

    public String getFaq() {
        return context() + PrettyUrls.FAQ;
    }

    public String getSiteMap() {
        return context() + PrettyUrls.SITE_MAP;
    }

    public String getSignIn() {
        return context() + PrettyUrls.SIGN_IN;
    }

    public String getRegister() {
        return context() + PrettyUrls.REGISTER;
    }

    public String getSignOut() {
        return context() + PrettyUrls.SIGN_OUT;
    }

    public String getForgotPassword() {
        return context() + PrettyUrls.FORGOT_PASSWORD;
    }

    public String getProfile() {
        return context() + PrettyUrls.PROFILE;
    }

    public String getBackOffice() {
        return context() + PrettyUrls.BACK_OFFICE;
    }

    public String getOfficials() {
        return context() + PrettyUrls.OFFICIALS;
    }

    public String getMyDossiers() {
        return context() + PrettyUrls.MY_DOSSIERS;
    }

    public String getWorkList() {
        return context() + PrettyUrls.WORK_LIST;
    }

    public String getStatistics() {
        return context() + PrettyUrls.STATISTICS;
    }

    public String getOfficeStatistics() {
        return context() + PrettyUrls.OFFICE_STATISTICS;
    }

    /** One of the citizen's own dossiers. */
    public String myDossier(String code) {
        return context() + PrettyUrls.myDossierPath(code);
    }

    /** The online application of a procedure. */
    public String apply(String procedureCode) {
        return context() + PrettyUrls.applyPath(procedureCode);
    }

    /** One dossier in the back office. */
    public String officeDossier(long id) {
        return context() + PrettyUrls.officeDossierPath(id);
    }

    /** A stored file of a dossier, for download. */
    public String file(long dossierFileId) {
        return context() + PrettyUrls.FILE + "/" + dossierFileId;
    }

    public String getSitemapXml() {
        return context() + "/sitemap.xml";
    }

    public String getContext() {
        return context();
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
