package vn.dvcportal.web.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * Makes forms post back to a page's public path, so a browser's address bar and its stored
 * credentials keep to the addresses the portal publishes.
 */
public class PrettyViewHandler extends ViewHandlerWrapper {

    public PrettyViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Optional<String> pretty = PrettyUrls.prettyPath(viewId);
        if (pretty.isPresent()) {
            return context.getExternalContext().getRequestContextPath() + pretty.get();
        }
        return super.getActionURL(context, viewId);
    }
}
