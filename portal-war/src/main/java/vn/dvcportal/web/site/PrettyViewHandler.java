package vn.dvcportal.web.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;

/**
 * Makes forms post back to a page's public path, so a browser's address bar and its stored
 * credentials keep to the addresses the portal publishes. A page of a family of addresses
 * ({@code /nop-ho-so/{code}}, {@code /quan-ly/ho-so/{id}}) posts back to the address it was
 * opened at.
 *
 * <p>It also makes every view transient except the administration's and the few whose forms
 * post back ({@link PrettyUrls#isFormView(String)}: sign-in, registration, passwords, profile):
 * public pages are plain GET pages that never post back, so they keep no state on the server
 * and an anonymous visitor never gets a session until they open one of those forms. This is
 * decided when the view is created rather than by {@code <f:view transient>}, because
 * PrimeFaces stores its script nonce in the state of any view that is not transient before the
 * page's tags have been applied.
 */
public class PrettyViewHandler extends ViewHandlerWrapper {

    public PrettyViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    /** True for every view but those that post back: the administration's and the forms. */
    static boolean isStateless(String viewId) {
        return !PrettyUrls.isAdminView(viewId) && !PrettyUrls.isFormView(viewId);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Optional<String> pretty = PrettyUrls.prettyPath(viewId);
        if (pretty.isPresent()) {
            return context.getExternalContext().getRequestContextPath() + pretty.get();
        }
        if (PrettyUrls.isFamilyView(viewId)) {
            String opened = openedAddress(context, viewId);
            if (opened != null) {
                return opened;
            }
        }
        return super.getActionURL(context, viewId);
    }

    /**
     * The address, with its query, at which a view of a family ({@code /nop-ho-so/{code}}...)
     * was opened, so that its forms post back there and the address bar keeps it; null when
     * the request did not come through such an address of this very view.
     */
    static String openedAddress(FacesContext context, String viewId) {
        Map<String, Object> attributes = context.getExternalContext().getRequestMap();
        Object uri = attributes.get(PrettyUrlFilter.PUBLIC_URI);
        if (uri == null) {
            return null;
        }
        String contextPath = context.getExternalContext().getRequestContextPath();
        String raw = uri.toString();
        String inside = raw.startsWith(contextPath) ? raw.substring(contextPath.length()) : raw;
        String withSuffix = viewId.endsWith(".xhtml") ? viewId : viewId + ".xhtml";
        if (!PrettyUrls.viewOf(Urls.decodePath(inside)).map(withSuffix::equals).orElse(false)) {
            return null;
        }
        Object query = attributes.get(PrettyUrlFilter.PUBLIC_QUERY);
        return query == null || query.toString().isEmpty() ? raw : raw + "?" + query;
    }
}
