package vn.dvcportal.web.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The portal's public addresses in Vietnamese and the Facelets views behind them. Citizens see
 * and bookmark only the Vietnamese paths; a view addressed directly is redirected to its public
 * address so that search engines index one URL per page.
 */
public final class PrettyUrls {

    public static final String HOME = "/";
    public static final String PROCEDURES = "/thu-tuc";
    public static final String ABOUT = "/gioi-thieu";
    public static final String LOOKUP = "/tra-cuu-ho-so";
    public static final String FAQ = "/hoi-dap";
    public static final String SITE_MAP = "/so-do-cong";
    public static final String CATALOG_IMPORT = "/quan-tri/nhap-danh-muc";
    public static final String SIGN_IN = "/dang-nhap";
    public static final String SIGN_OUT = "/dang-xuat";
    public static final String NATIONAL_SIGN_IN = "/dang-nhap/vneid";
    public static final String NATIONAL_RETURN = "/dang-nhap/vneid/ve";
    public static final String REGISTER = "/dang-ky";
    public static final String VERIFY_EMAIL = "/xac-thuc-email";
    public static final String FORGOT_PASSWORD = "/quen-mat-khau";
    public static final String RESET_PASSWORD = "/dat-lai-mat-khau";
    public static final String PROFILE = "/ca-nhan";
    public static final String BACK_OFFICE = "/quan-ly";
    public static final String OFFICIALS = "/quan-tri/can-bo";
    /** The report jobs: history, start, stop, restart. */
    public static final String REPORT_JOBS = "/quan-tri/bao-cao";
    /** The figures of the access report. */
    public static final String ACCESS_REPORT = "/quan-tri/truy-cap";
    /** The working calendar, kept by the system administrator. */
    public static final String WORK_CALENDAR = "/quan-tri/lich-lam-viec";
    /** The citizen's dossiers; one dossier is {@code /ho-so-cua-toi/{code}}. */
    public static final String MY_DOSSIERS = "/ho-so-cua-toi";
    /** The online application of one procedure: {@code /nop-ho-so/{procedureCode}}. */
    public static final String APPLY = "/nop-ho-so";
    /** The back office's work list; one dossier is {@code /quan-ly/ho-so/{id}}. */
    public static final String WORK_LIST = "/quan-ly/ho-so";
    /** A stored file of a dossier: {@code /tep/{id}}. */
    public static final String FILE = "/tep";
    /** The public statistics of dossier handling. */
    public static final String STATISTICS = "/thong-ke";
    /** The statistics of the back office, by procedure, with exports. */
    public static final String OFFICE_STATISTICS = "/quan-ly/thong-ke";

    /** The role a view under {@link #ADMIN_VIEWS} needs. */
    public static final String ADMIN_ROLE = "admin";
    static final String ADMIN_VIEWS = "/admin/";

    /** The view of one procedure, which takes its code from this request parameter. */
    public static final String PROCEDURE_VIEW = "/procedure.xhtml";
    public static final String PROCEDURE_PARAM = "ma";

    private static final String VIEW_SUFFIX = ".xhtml";
    private static final String PROCEDURE_PREFIX = PROCEDURES + "/";

    /** The views of one dossier or one application, and the parameter that names it. */
    public static final String APPLY_VIEW = "/dossier/apply.xhtml";
    public static final String MY_DOSSIER_VIEW = "/dossier/detail.xhtml";
    public static final String OFFICE_DOSSIER_VIEW = "/office/dossier.xhtml";
    public static final String CODE_PARAM = "ma";
    public static final String ID_PARAM = "id";

    /**
     * A family of addresses with one variable last segment, such as {@code /nop-ho-so/{code}}:
     * the prefix, the view behind it and the parameter that carries the segment. A segment that
     * fails the check is no address of the portal.
     */
    private record Family(String prefix, String view, String param, Predicate<String> check) {

        Optional<String> segment(String path) {
            if (!path.startsWith(prefix + "/")) {
                return Optional.empty();
            }
            String rest = path.substring(prefix.length() + 1);
            return !rest.isEmpty() && rest.indexOf('/') < 0 && check.test(rest)
                    ? Optional.of(rest) : Optional.empty();
        }

        String path(String segment) {
            return prefix + "/" + Urls.encode(segment);
        }
    }

    private static final Predicate<String> ANY = s -> true;
    private static final Predicate<String> DIGITS = s -> s.length() <= 18
            && s.chars().allMatch(c -> c >= '0' && c <= '9');

    /** The families in the order they are tried. */
    private static final List<Family> FAMILIES = List.of(
            new Family(APPLY, APPLY_VIEW, CODE_PARAM, ANY),
            new Family(MY_DOSSIERS, MY_DOSSIER_VIEW, CODE_PARAM, ANY),
            new Family(WORK_LIST, OFFICE_DOSSIER_VIEW, ID_PARAM, DIGITS));

    private static final Map<String, String> VIEWS = new LinkedHashMap<>();

    /**
     * The account and back-office pages: served like the others but kept out of
     * {@link #pagePaths()}, which lists what search engines may index.
     */
    private static final Map<String, String> ACCOUNT_VIEWS = new LinkedHashMap<>();

    /** Views whose forms post back, so they keep their state on the server between requests. */
    private static final Set<String> FORM_VIEWS = Set.of("/account/signIn.xhtml",
            "/account/register.xhtml", "/account/forgotPassword.xhtml",
            "/account/resetPassword.xhtml", "/account/profile.xhtml", "/office/officials.xhtml",
            APPLY_VIEW, MY_DOSSIER_VIEW, "/office/worklist.xhtml", OFFICE_DOSSIER_VIEW,
            "/office/statistics.xhtml");

    static {
        VIEWS.put(HOME, "/index.xhtml");
        VIEWS.put(PROCEDURES, "/procedures.xhtml");
        VIEWS.put(ABOUT, "/about.xhtml");
        VIEWS.put(LOOKUP, "/lookup.xhtml");
        VIEWS.put(FAQ, "/faq.xhtml");
        VIEWS.put(STATISTICS, "/statistics.xhtml");
        VIEWS.put(SITE_MAP, "/siteMap.xhtml");

        ACCOUNT_VIEWS.put(SIGN_IN, "/account/signIn.xhtml");
        ACCOUNT_VIEWS.put(REGISTER, "/account/register.xhtml");
        ACCOUNT_VIEWS.put(VERIFY_EMAIL, "/account/verifyEmail.xhtml");
        ACCOUNT_VIEWS.put(FORGOT_PASSWORD, "/account/forgotPassword.xhtml");
        ACCOUNT_VIEWS.put(RESET_PASSWORD, "/account/resetPassword.xhtml");
        ACCOUNT_VIEWS.put(PROFILE, "/account/profile.xhtml");
        ACCOUNT_VIEWS.put(BACK_OFFICE, "/office/home.xhtml");
        ACCOUNT_VIEWS.put(OFFICIALS, "/office/officials.xhtml");
        ACCOUNT_VIEWS.put(WORK_CALENDAR, "/admin/calendar.xhtml");
        ACCOUNT_VIEWS.put(MY_DOSSIERS, "/dossier/mine.xhtml");
        ACCOUNT_VIEWS.put(WORK_LIST, "/office/worklist.xhtml");
        ACCOUNT_VIEWS.put(OFFICE_STATISTICS, "/office/statistics.xhtml");
        ACCOUNT_VIEWS.put(REPORT_JOBS, "/admin/reports.xhtml");
        ACCOUNT_VIEWS.put(ACCESS_REPORT, "/admin/accessReport.xhtml");
        ACCOUNT_VIEWS.put(CATALOG_IMPORT, "/admin/catalogImport.xhtml");
        ACCOUNT_VIEWS.put("/quan-tri/nhat-ky", "/admin/auditLog.xhtml");
        ACCOUNT_VIEWS.put("/quan-tri/bieu-mau", "/admin/forms.xhtml");
    }

    /** Where a request goes when it is sent on elsewhere instead of being served. */
    public record Redirect(String location, boolean permanent) {
    }

    private PrettyUrls() {
    }

    /** The public paths of the pages that need no parameter, in menu order. */
    public static List<String> pagePaths() {
        return List.copyOf(VIEWS.keySet());
    }

    /**
     * The view, with its query, that serves a public path, or empty when the path is not one
     * of the portal's public addresses.
     *
     * @param path the decoded path inside the application, starting with a slash
     */
    public static Optional<String> forwardTarget(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String view = VIEWS.getOrDefault(path, ACCOUNT_VIEWS.get(path));
        if (view != null) {
            return Optional.of(view);
        }
        if (path.startsWith(PROCEDURE_PREFIX)) {
            String code = path.substring(PROCEDURE_PREFIX.length());
            if (!code.isEmpty() && code.indexOf('/') < 0) {
                return Optional.of(PROCEDURE_VIEW + "?" + PROCEDURE_PARAM + "="
                        + Urls.encode(code));
            }
        }
        for (Family family : FAMILIES) {
            Optional<String> segment = family.segment(path);
            if (segment.isPresent()) {
                return Optional.of(family.view() + "?" + family.param() + "="
                        + Urls.encode(segment.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * True for a view that serves a family of addresses ({@code /nop-ho-so/{code}}...), whose
     * forms therefore post back to the address the page was opened at.
     */
    public static boolean isFamilyView(String viewId) {
        if (viewId == null) {
            return false;
        }
        String withSuffix = viewId.endsWith(VIEW_SUFFIX) ? viewId : viewId + VIEW_SUFFIX;
        return FAMILIES.stream().anyMatch(f -> f.view().equals(withSuffix));
    }

    /** The view behind a public path, without its query; empty when there is none. */
    public static Optional<String> viewOf(String path) {
        return forwardTarget(path).map(t -> t.contains("?") ? t.substring(0, t.indexOf('?')) : t);
    }

    /** The public path of the online application of a procedure. */
    public static String applyPath(String procedureCode) {
        return FAMILIES.get(0).path(procedureCode);
    }

    /** The public path of one of the citizen's dossiers. */
    public static String myDossierPath(String code) {
        return FAMILIES.get(1).path(code);
    }

    /** The public path of one dossier in the back office. */
    public static String officeDossierPath(long id) {
        return FAMILIES.get(2).path(String.valueOf(id));
    }

    /**
     * True for a request URI, as sent and still encoded, that no page of the portal can have:
     * an encoded slash or backslash, or a climb to a parent folder. Such a path is refused
     * rather than decoded and forwarded, where it could reach a view by another route.
     */
    public static boolean isUnsafeRawPath(String rawUri) {
        if (rawUri == null) {
            return false;
        }
        String lower = rawUri.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c")) {
            return true;
        }
        String decoded = Urls.decodePath(rawUri);
        return decoded.indexOf('\\') >= 0 || decoded.contains("/../") || decoded.endsWith("/..");
    }

    /**
     * True for a view whose forms post back to it: sign-in, registration, passwords, the
     * profile and the officials' administration. Such a view keeps its state on the server,
     * which also makes its forms refuse a post that did not come from the page.
     */
    public static boolean isFormView(String viewId) {
        return viewId != null && FORM_VIEWS.contains(
                viewId.endsWith(VIEW_SUFFIX) ? viewId : viewId + VIEW_SUFFIX);
    }

    /** True for a forward target that only administrators may see. */
    public static boolean isAdminView(String target) {
        return target != null && target.startsWith(ADMIN_VIEWS);
    }

    /** The public path of a view, or empty for a view that has none of its own. */
    public static Optional<String> prettyPath(String viewId) {
        if (viewId == null) {
            return Optional.empty();
        }
        String withSuffix = viewId.endsWith(VIEW_SUFFIX) ? viewId : viewId + VIEW_SUFFIX;
        return Stream.concat(VIEWS.entrySet().stream(), ACCOUNT_VIEWS.entrySet().stream())
                .filter(e -> e.getValue().equals(withSuffix))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The public path of one procedure. */
    public static String procedurePath(String code) {
        return PROCEDURE_PREFIX + Urls.encode(code);
    }

    /**
     * Where a GET request for a path that is not the public address of its page should go:
     * a view named directly, a trailing slash, the sign-in link. Empty when the path is fine.
     *
     * @param path     the decoded path inside the application
     * @param rawQuery the query string as sent, or {@code null}
     */
    public static Optional<Redirect> redirectFor(String path, String rawQuery) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.equals("/quan-tri") || path.equals("/quan-tri/")) {
            // The administration's pages are reached from the back office's home.
            return Optional.of(new Redirect(BACK_OFFICE, false));
        }
        if (path.length() > 1 && path.endsWith("/") && (VIEWS.containsKey(trimSlash(path))
                || ACCOUNT_VIEWS.containsKey(trimSlash(path)))) {
            return Optional.of(new Redirect(withQuery(trimSlash(path), rawQuery), true));
        }
        String withSuffix = path.endsWith(VIEW_SUFFIX) ? path : path + VIEW_SUFFIX;
        if (withSuffix.equals(PROCEDURE_VIEW)) {
            return procedureRedirect(rawQuery);
        }
        for (Family family : FAMILIES) {
            if (withSuffix.equals(family.view())) {
                return familyRedirect(family, rawQuery);
            }
        }
        if (!path.equals(HOME)) {
            Optional<String> pretty = prettyPath(withSuffix);
            if (pretty.isPresent()) {
                return Optional.of(new Redirect(withQuery(pretty.get(), rawQuery), true));
            }
        }
        return Optional.empty();
    }

    private static Optional<Redirect> procedureRedirect(String rawQuery) {
        String code = null;
        List<String> rest = new ArrayList<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (code == null && pair.startsWith(PROCEDURE_PARAM + "=")) {
                code = Urls.decode(pair.substring(PROCEDURE_PARAM.length() + 1));
            } else if (!pair.isEmpty()) {
                rest.add(pair);
            }
        }
        if (code == null || code.isBlank()) {
            return Optional.of(new Redirect(PROCEDURES, true));
        }
        String others = rest.isEmpty() ? null : String.join("&", rest);
        return Optional.of(new Redirect(withQuery(procedurePath(code), others), true));
    }

    /** A view of a family named directly goes to the address of the one it names. */
    private static Optional<Redirect> familyRedirect(Family family, String rawQuery) {
        String segment = null;
        List<String> rest = new ArrayList<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (segment == null && pair.startsWith(family.param() + "=")) {
                segment = Urls.decode(pair.substring(family.param().length() + 1));
            } else if (!pair.isEmpty()) {
                rest.add(pair);
            }
        }
        if (segment == null || segment.isBlank() || segment.indexOf('/') >= 0
                || !family.check().test(segment)) {
            return Optional.empty();
        }
        String others = rest.isEmpty() ? null : String.join("&", rest);
        return Optional.of(new Redirect(withQuery(family.path(segment), others), false));
    }

    private static String trimSlash(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String withQuery(String path, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }
}
