package vn.dvcportal.web.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.boundary.AccessLog;
import vn.dvcportal.audit.boundary.AccessRecord;

/**
 * Hands one {@link AccessRecord} per request to the access log once the response is decided.
 * Only the request as it arrived is recorded, not the forwards and error pages it leads to.
 * Logging never fails a request: whatever goes wrong with it is swallowed.
 *
 * <p>Registered by {@link AccessLogRegistration} rather than by annotation, so that it comes
 * before every other filter: the pretty-address filter answers many requests without passing
 * them on, and those must be recorded too.
 */
public class AccessLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NAME = "accessLog";

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class.getName());

    @Inject
    AccessLog accessLog;

    @Override
    public void init() throws ServletException {
        if (accessLog == null) {
            // A filter added while the application starts may be built without injection.
            accessLog = CDI.current().select(AccessLog.class).get();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Instant at = Instant.now();
        long started = System.nanoTime();
        String userBefore = request.getRemoteUser();
        // Read now: a forward to the page's view changes what the request reports later.
        String path = AccessPaths.loggable(request.getRequestURI());
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(
                        new Completion(at, started, userBefore, path, request, response));
            } else {
                record(at, started, userBefore, path, request,
                        failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                                : response.getStatus());
            }
        }
    }

    private void record(Instant at, long started, String userBefore, String path,
            HttpServletRequest request, int status) {
        try {
            // Whoever the request ended with: the sign-in request itself counts as the user's.
            String user = request.getRemoteUser();
            accessLog.enqueue(new AccessRecord(at, user != null ? user : userBefore,
                    request.getRemoteAddr(), request.getMethod(),
                    path, status,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    AccessPaths.userAgent(request.getHeader("User-Agent"))));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Request not recorded in the access log", e);
        }
    }

    /** Records an asynchronous request when it is really over. */
    private final class Completion implements AsyncListener {

        private final Instant at;
        private final long started;
        private final String userBefore;
        private final String path;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        Completion(Instant at, long started, String userBefore, String path,
                HttpServletRequest request, HttpServletResponse response) {
            this.at = at;
            this.started = started;
            this.userBefore = userBefore;
            this.path = path;
            this.request = request;
            this.response = response;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            record(at, started, userBefore, path, request, response.getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows and records the final status.
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows and records the final status.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
