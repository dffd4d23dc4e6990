package vn.dvcportal.web.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import vn.dvcportal.web.site.Logs;

/**
 * Lets the page's {@code p:ajaxExceptionHandler} answer failures of ajax requests, and leaves
 * every other failure to the container's error pages. PrimeFaces' own handler would redirect
 * those to the error page locations, which live under WEB-INF and cannot be requested.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** Where the reference of a failed ajax request waits for the page to show it. */
    public static final String REFERENCE = "vn.dvcportal.web.error.reference";

    private static final Logger LOG = Logger.getLogger(AjaxExceptionHandlerFactory.class.getName());

    public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler standard = getWrapped().getExceptionHandler();
        ExceptionHandler ajax = new ReferencedExceptionHandler(standard);
        return new ExceptionHandlerWrapper(standard) {
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                    ajax.handle();
                } else {
                    super.handle();
                }
            }
        };
    }

    /** PrimeFaces' handler, logging each failure under a reference the page can show. */
    static class ReferencedExceptionHandler extends PrimeExceptionHandler {

        ReferencedExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected void logException(Throwable rootCause) {
            String reference = UUID.randomUUID().toString();
            FacesContext.getCurrentInstance().getAttributes().put(REFERENCE, reference);
            Logs.log(LOG, Level.SEVERE, rootCause, "[{0}] Ajax request failed", reference);
        }
    }
}
