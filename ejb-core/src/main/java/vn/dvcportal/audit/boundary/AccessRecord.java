package vn.dvcportal.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One HTTP request as the access log keeps it.
 *
 * @param at             when the request arrived
 * @param user           the signed-in user's login name, {@code null} for an anonymous request
 * @param clientAddress  the address the request came from
 * @param method         the HTTP method
 * @param path           the request path without its query string, which may carry secrets
 * @param status         the HTTP status of the response
 * @param durationMillis how long the request took to serve
 * @param userAgent      the client's User-Agent header, possibly shortened
 */
public record AccessRecord(Instant at, String user, String clientAddress, String method,
        String path, int status, long durationMillis, String userAgent)
        implements Serializable {
}
