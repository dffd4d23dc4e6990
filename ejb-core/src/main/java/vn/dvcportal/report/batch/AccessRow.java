package vn.dvcportal.report.batch;

import java.io.Serializable;
import java.time.Instant;

/** One access log record as the access report reads it. */
public record AccessRow(long id, Instant at, String clientAddress, String userAgent,
        String method, String path, int status) implements Serializable {
}
