package vn.dvcportal.web.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.web.site.Logs;
import vn.dvcportal.web.site.PrettyUrlFilter;

/**
 * What an error page knows about the failure: a reference the visitor can quote to the help
 * desk, and the same reference in the server log beside the details, which never reach the
 * page.
 */
@Named
@RequestScoped
public class ErrorView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private static final String CLIENT_ERROR = "[{0}] HTTP {1} for {2}";
    private static final String EXPIRED = "[{0}] Page expired for {1}";
    private static final String SERVER_ERROR = "[{0}] Request for {1} failed";

    private String reference;

    @PostConstruct
    void init() {
        reference = UUID.randomUUID().toString();
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestMap();
        Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getOrDefault(PrettyUrlFilter.PUBLIC_URI,
                request.get(RequestDispatcher.ERROR_REQUEST_URI));
        Throwable thrown = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
        int code = status instanceof Integer i ? i : 500;
        if (causedBy(thrown, ViewExpiredException.class)) {
            LOG.log(Level.INFO, EXPIRED, new Object[] {reference, path});
        } else if (code >= 500 || thrown != null) {
            Logs.log(LOG, Level.SEVERE, thrown, SERVER_ERROR, reference, path);
        } else {
            LOG.log(Level.INFO, CLIENT_ERROR, new Object[] {reference, code, path});
        }
    }

    static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public String getReference() {
        return reference;
    }
}
