package vn.dvcportal.audit.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param entries the records on this page
 * @param total   how many records match the query in all
 * @param first   position of the first entry among all matches, from 0
 * @param size    the page size asked for
 */
public record AuditPage(List<AuditEntry> entries, long total, int first, int size)
        implements Serializable {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
