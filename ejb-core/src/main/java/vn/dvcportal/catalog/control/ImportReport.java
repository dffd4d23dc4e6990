package vn.dvcportal.catalog.control;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one catalogue import: how many records were read and what became of them, and
 * every record that could not be parsed, with its line, code and reason.
 */
public record ImportReport(int read, int created, int updated, int unchanged,
        List<Failure> failures) implements Serializable {

    /** A record that was skipped, and why. */
    public record Failure(int line, String code, String reason) implements Serializable {
    }

    public int imported() {
        return created + updated + unchanged;
    }
}
