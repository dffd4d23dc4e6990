package vn.dvcportal.report.batch;

import java.io.Serializable;

/**
 * The checkpoint of the access log reader: the id of the last record read (records are read in
 * the order of their ids, so a restart goes on after it) and how many were read up to it.
 */
public record AccessPosition(long lastId, long rowsRead) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final AccessPosition START = new AccessPosition(Long.MIN_VALUE, 0);

    AccessPosition after(long id) {
        return new AccessPosition(id, rowsRead + 1);
    }
}
